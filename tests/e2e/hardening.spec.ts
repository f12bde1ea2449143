// What the expert sees when something hostile or broken happens, in French and English, at
// 1280×800 and 1920×1080: core dying and coming back (locked, saying why), the platform sending a
// record this version cannot read (a banner; the other cases sync), a zip built to fill the disk
// (refused, saying why), and the preview opened without its access token.
import { execFileSync } from 'node:child_process';
import { test, expect, E2E_PASSPHRASE, openCase, openUnlocked, platformControl, shoot, toFrench, type PreviewProcess } from './fixtures';
import { overlappingZip } from '../support/zip-bomb';

/** The core process the preview started (its child running core/process/main.ts). */
function corePid(preview: PreviewProcess): number {
  const out = execFileSync('pgrep', ['-P', String(preview.child.pid), '-f', 'core/process/main.ts'], { encoding: 'utf8' });
  return Number(out.trim().split('\n')[0]);
}

test('a core that dies is started again: the page says so, locked, and unlocking brings the cases back', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  const first = corePid(preview);
  process.kill(first, 'SIGKILL');
  const reason = page.getByTestId('unlock-reason');
  await expect(reason).toHaveAttribute('data-reason', 'core-restarted', { timeout: 20_000 });
  await expect(reason).toContainText('stopped unexpectedly and was started again');
  expect(corePid(preview)).not.toBe(first);
  await shoot(page, 'core-restarted-en');
  await toFrench(page);
  await expect(reason).toContainText('s’est arrêté de façon inattendue et a été relancé');
  await shoot(page, 'core-restarted-fr');
  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('nav-inbox')).toBeVisible();
  await expect(page.getByTestId('case-row').first()).toBeVisible();
});

test('a page that loses the preview server says so, stops counting time on screen, and comes back by itself', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  const timer = page.getByTestId('review-timer');
  await expect(timer).toHaveAttribute('data-state', 'running');
  // The server becomes unreachable from the page (its calls and its event stream), as when the
  // preview process is stopped; nobody clicks.
  const unreachable = /\/(rpc\/|events)/;
  await page.context().route(unreachable, (route) => route.abort('connectionrefused'));
  const banner = page.getByTestId('core-lost-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('not answering');
  await expect(page.getByTestId('connectivity')).toHaveText('Core not answering');
  await expect(timer).toHaveAttribute('data-linked', 'false');
  await expect(timer).toContainText('Not counting');
  // (An answer already on its way when the link went can still arrive; then nothing more does.)
  await page.waitForTimeout(1000);
  const frozen = await page.getByTestId('review-timer-total').textContent();
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('review-timer-total')).toHaveText(frozen ?? '');
  await shoot(page, 'core-lost-en');

  // The server answers again: the page notices by itself, and the case and its timer carry on.
  await page.context().unroute(unreachable);
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('connectivity')).toHaveText('Online');
  await expect(timer).toHaveAttribute('data-linked', 'true');
  await expect(timer).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('review-timer-total')).not.toHaveText(frozen ?? '', { timeout: 5000 });

  // The same in French.
  await toFrench(page);
  await page.context().route(unreachable, (route) => route.abort('connectionrefused'));
  await expect(banner).toContainText('Le cœur du poste ne répond plus');
  await expect(page.getByTestId('connectivity')).toHaveText('Cœur injoignable');
  await expect(timer).toContainText('Ne compte pas');
  await shoot(page, 'core-lost-fr');
  await page.context().unroute(unreachable);
  await expect(banner).toHaveCount(0);
});

test('a record this version cannot read is skipped with a banner, and the other cases stay up to date', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await platformControl(preview, '/dev/cases/SMO-2026-0102/status', { status: 'transferred' });
  await platformControl(preview, '/dev/cases/SMO-2026-0101/patient-messages', { body: 'Bonjour docteur, une question encore.' });
  await page.getByTestId('sync-now').click();
  const banner = page.getByTestId('skipped-records-banner');
  await expect(banner).toHaveText(
    '1 case from the platform could not be read by this version of the workstation; your other cases are up to date. Update the workstation to see it.',
  );
  await expect(page.getByTestId('connectivity')).toHaveText('Online');
  await shoot(page, 'skipped-record-en');
  await toFrench(page);
  await expect(banner).toContainText('1 dossier de la plateforme n’a pas pu être lu');
  await shoot(page, 'skipped-record-fr');
});

test('a zip built to fill the disk is refused and says why, in both languages', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  const zip = overlappingZip(Buffer.alloc(200_000, 1), 5000);
  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: 'CD bombe.zip',
    kind: 'other',
    mediaType: 'application/zip',
    base64: zip.toString('base64'),
  });
  await page.getByTestId('sync-now').click();
  await openCase(page, 'SMO-2026-0101');
  const archive = page.getByTestId('document-list').locator('[data-kind="archive"]', { hasText: 'CD bombe.zip' });
  await expect(archive).toHaveAttribute('data-state', 'available', { timeout: 30_000 });
  await archive.getByText('CD bombe.zip').click();
  const problem = page.locator('[data-testid="document-error"][data-problem="overlapping"]');
  await expect(problem).toContainText('its files share the same bytes');
  await shoot(page, 'archive-refused-en');
  await toFrench(page);
  await expect(problem).toContainText('ses fichiers partagent les mêmes octets');
  await shoot(page, 'archive-refused-fr');
});

test('opened without its access token, the preview says where the token is, in the browser’s language, and serves no data', async ({
  page,
  browser,
  preview,
}) => {
  const origin = new URL(preview.url).origin;
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('startup-failure')).toContainText('This preview needs its access token');
  const answer = await page.evaluate(
    async () => (await fetch('/rpc/cases.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status,
  );
  expect(answer).toBe(403);
  await shoot(page, 'preview-no-token-en');
  const french = await browser.newPage({ locale: 'fr-FR' });
  await french.goto(`${origin}/`);
  await expect(french.getByTestId('startup-failure')).toContainText('Cet aperçu a besoin de son jeton d’accès');
  await shoot(french, 'preview-no-token-fr');
  await french.close();
});
