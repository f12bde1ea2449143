// Security in the browser preview: a PDF crafted like the CVE-2024-4367 proof of concept renders
// and runs no script; the screen lock (the signal Electron relays from the OS) locks the
// workstation and the unlock screen says why; settings show the audit trail intact; signing out
// lists the unsynced changes, asks, then erases the local data.
import { test, expect, openUnlocked, openCase, platformControl, E2E_PASSPHRASE } from './fixtures';
import { fontMatrixInjectionPdf } from '../support/font-matrix-injection-pdf';

declare global {
  interface Window {
    __fontMatrixInjection?: boolean;
    __cspViolations?: string[];
  }
}

test('a PDF crafted like CVE-2024-4367 is drawn and its script never runs', async ({ page, preview }) => {
  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: 'Font matrix test.pdf',
    kind: 'pdf',
    mediaType: 'application/pdf',
    base64: fontMatrixInjectionPdf().toString('base64'),
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    );
  });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  const entry = page.locator('[data-testid="document-list-item"]', { hasText: 'Font matrix test' });
  await expect(entry).toHaveAttribute('data-state', 'available', { timeout: 30_000 });
  await entry.getByRole('button').click();
  await expect(page.getByTestId('pdf-page').first()).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  // The text layer holds the page's words: the font was read and the page drawn.
  await expect(page.getByTestId('pdf-page').first().locator('.textLayer')).toContainText('harmless looking page');
  await page.screenshot({ path: 'test-results/screens/security-font-matrix-pdf.png' });
  expect(await page.evaluate(() => window.__fontMatrixInjection)).toBeUndefined();
  expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
  // The recorder works: a script slipped into the page is blocked by the CSP and reported.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__fontMatrixInjection = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return window.__fontMatrixInjection ?? false;
  });
  expect(ran).toBe(false);
  // (Once per policy: the header's and the page's <meta> copy.)
  const reported = await page.evaluate(() => window.__cspViolations ?? []);
  expect(reported.length).toBeGreaterThan(0);
  for (const violation of reported) expect(violation).toMatch(/^script-src-elem inline/);
});

test('the screen lock locks and says why; settings show the audit trail; signing out asks, then erases', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  // Electron relays the OS screen lock to core as this signal; the preview sends it the same way.
  await page.evaluate(() => window.workstation?.timer.signal({ signal: 'lock' }).catch(() => null));
  await expect(page.getByTestId('unlock-reason')).toHaveAttribute('data-reason', 'screen-locked');
  await expect(page.getByTestId('unlock-reason')).toContainText('screen was locked');
  await page.screenshot({ path: 'test-results/screens/security-locked.png' });
  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('nav-inbox')).toBeVisible();

  // The settings: the audit trail checked, then signing out.
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-audit')).toHaveAttribute('data-intact', 'true');
  await expect(page.getByTestId('settings-audit')).toContainText('chain intact');
  await expect(page.getByTestId('settings-auto-lock')).toBeVisible();
  await page.getByTestId('settings-sign-out').click();
  const panel = page.getByTestId('sign-out-panel');
  await expect(panel).toContainText('erases every case');
  await page.screenshot({ path: 'test-results/screens/security-sign-out.png' });
  // Signed in through the demo platform's OpenID provider: its refresh token and its session in this
  // browser are live until the sign-out revokes the one and its page ends the other.
  const provider = async () => (await (await fetch(`${preview.platformUrl}/dev/identity`)).json()) as { refreshTokens: number; sessions: number };
  expect(await provider()).toEqual({ refreshTokens: 1, sessions: 1 });
  await panel.getByTestId('sign-out-confirm').click();
  // The provider's own page (not the app's panel), once the sign-out has stopped the sync and revoked the token.
  await expect(page.locator('form[id="op.logoutForm"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Sign out' })).toBeVisible();
  expect((await provider()).refreshTokens).toBe(0);
  await page.screenshot({ path: 'test-results/screens/provider-sign-out-en.png' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('erased-notice')).toHaveAttribute('data-reason', 'signed-out');
  expect(await provider()).toEqual({ refreshTokens: 0, sessions: 0 });
  // A fresh start: the welcome again, with the platform's address kept.
  await expect(page.getByTestId('welcome')).toBeVisible();
  await expect(page.getByTestId('platform-address')).toHaveValue(preview.platformUrl ?? '');
});
