// The app shell in the browser preview: the frame, navigation, the empty inbox, the language
// switch (kept across a reload), keyboard focus, and a strict CSP with no console errors.
import { test, expect, openUnlocked } from './fixtures';

test('shows the shell, switches to French and back, and keeps the choice across a reload', async ({ page, preview }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));

  await openUnlocked(page, preview);
  await expect(page).not.toHaveURL(/token=/); // the token does not stay in the address bar
  await expect(page.getByTestId('nav-inbox')).toHaveText('Inbox');
  await expect(page.getByTestId('nav-inbox')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('inbox-tab-in_review')).toContainText('6');
  await expect(page.getByTestId('inbox-tab-offered')).toContainText('7');
  await expect(page.getByTestId('case-row')).toHaveCount(6);
  await page.screenshot({ path: 'test-results/screens/shell-inbox-en.png' });

  await page.getByTestId('locale-switch').getByTestId('locale-fr').click();
  await expect(page.getByTestId('nav-inbox')).toHaveText('Dossiers');
  await expect(page.getByTestId('nav-settings')).toHaveText('Paramètres');
  await expect(page.getByTestId('inbox')).toContainText('Lésion méniscale interne du genou droit');
  await expect(page.getByTestId('case-row').first().getByTestId('case-status')).not.toHaveText(/Offered|In review/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.screenshot({ path: 'test-results/screens/shell-inbox-fr.png' });

  // Calls lost while the app starts (the server briefly unreachable) are tried again: the app
  // does not stay on "Loading…" waiting for an event that may never come.
  const startCalls = /\/rpc\/(cache|session)\.status$/;
  let lost = 0;
  await page.route(startCalls, (route) => (lost++ < 2 ? route.abort('connectionreset') : route.continue()));
  await page.route('**/events', (route) => route.abort('connectionreset'));
  await page.reload();
  await expect(page.getByTestId('nav-inbox')).toHaveText('Dossiers');
  expect(lost).toBeGreaterThanOrEqual(2);
  await page.unroute(startCalls);
  await page.unroute('**/events');
  // The browser logs the connections lost on purpose; nothing else may be logged.
  const unexpected = problems.filter((p) => !p.includes('ERR_CONNECTION_RESET'));
  expect(problems.length - unexpected.length).toBeGreaterThanOrEqual(2);
  problems.splice(0, problems.length, ...unexpected);

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings')).toBeVisible();
  await expect(page.getByTestId('settings-about')).toContainText('Aperçu navigateur');
  await expect(page.getByTestId('settings-about')).toContainText(preview.dataDir);
  await page.screenshot({ path: 'test-results/screens/shell-settings-fr.png' });

  await page.getByTestId('settings-locale').selectOption('en');
  await expect(page.getByTestId('nav-settings')).toHaveText('Settings');
  await expect(page.getByTestId('settings-about')).toContainText('Browser preview');
  await page.screenshot({ path: 'test-results/screens/shell-settings-en.png' });

  expect(problems).toEqual([]);
});

test('can be driven from the keyboard with a visible focus ring', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await page.reload();
  // During the first sync, the cache status once failed when a download finished between listing
  // the vault and measuring it, and the app stayed on "Starting the workstation…" (fixed in core).
  await expect(page.getByTestId('nav-inbox')).toBeVisible();
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('nav-inbox')).toBeFocused();
  const outline = await page.getByTestId('nav-inbox').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('nav-practice')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings')).toBeVisible();
});

test('enforces the Content-Security-Policy: an injected inline script does not run', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByTestId('app-root')).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.appendChild(script);
    await new Promise((r) => setTimeout(r, 50));
    return (window as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
