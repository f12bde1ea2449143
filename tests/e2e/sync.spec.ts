// Sync as the expert lives it in the browser preview against the built-in demo platform: sign in,
// watch the demo cases and their documents arrive, lose the network, keep working, get it back,
// and see the work reach the platform.
import { test, expect, E2E_PASSPHRASE, passWelcome, platformCase, platformControl, providerForm, signInOnProvider } from './fixtures';

test('sign in, receive the demo cases with progress, work offline, and push when back online', async ({ page, preview }) => {
  // A slower link makes the download progress visible, as on a real connection.
  await platformControl(preview, '/dev/faults/network', { bytesPerSecond: 40 * 1024 * 1024 });
  await page.goto(preview.url);
  await passWelcome(page);
  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
  await page.getByTestId('unlock-submit').click();

  const signIn = page.getByTestId('sign-in');
  await expect(signIn).toBeVisible();
  await expect(page.getByTestId('demo-notice')).toContainText('demo data');
  await page.screenshot({ path: 'test-results/screens/sign-in-en.png' });
  await page.getByTestId('sign-in-submit').click();
  // The provider's page, in English like the workstation, with the demo account.
  await expect(page.locator('h1')).toHaveText('Sign in to the platform');
  await expect(page.locator('#email')).toHaveValue('expert@demo.smo-platform.test');
  await page.screenshot({ path: 'test-results/screens/provider-sign-in-en.png' });
  await providerForm(page).locator('button[type=submit]').click();

  await expect(page.getByTestId('inbox-tab-offered')).toContainText('7');
  await expect(page.getByTestId('inbox-tab-in_review')).toContainText('6');
  await expect(page.getByTestId('sync-progress')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-syncing-en.png' });
  await expect(page.getByTestId('sync-progress')).toBeHidden({ timeout: 45_000 });
  const lungCase = page.locator('[data-testid="case-row"][data-reference="SMO-2026-0106"]');
  // This year's CT (220 slices), last year's (52), the X-ray, the SR, the report as DICOM and as PDF.
  await expect(lungCase.getByTestId('case-documents')).toHaveText('Documents: 276 of 276');
  await expect(page.getByTestId('connectivity')).toHaveText('Online');
  await page.screenshot({ path: 'test-results/screens/inbox-synced-en.png' });

  // The network goes down.
  await platformControl(preview, '/dev/faults/unreachable', { unreachable: true });
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('connectivity')).toHaveText('Offline');

  // Work goes on: accept an offered case.
  await page.getByTestId('inbox-tab-offered').click();
  const offered = page.locator('[data-testid="case-row"][data-reference="SMO-2026-0102"]');
  await offered.getByTestId('accept-case').click();
  await expect(page.getByTestId('accept-confirm')).toBeDisabled();
  await page.getByTestId('accept-attestation').check();
  await page.getByTestId('accept-confirm').click();
  await expect(offered).toBeHidden(); // it left the offered cases
  await page.getByTestId('inbox-tab-in_review').click();
  await expect(offered).toHaveAttribute('data-status', 'accepted');
  await expect(offered.getByTestId('case-pending')).toBeVisible();
  await expect(page.getByTestId('sync-pending')).toHaveText('Changes waiting to be sent: 1');
  await page.screenshot({ path: 'test-results/screens/inbox-offline-en.png' });
  expect((await platformCase(preview, 'SMO-2026-0102')).status).toBe('offered');

  // The network comes back.
  await platformControl(preview, '/dev/faults/unreachable', { unreachable: false });
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('offline-banner')).toBeHidden();
  await expect(offered.getByTestId('case-pending')).toBeHidden();
  await expect(page.getByTestId('sync-pending')).toBeHidden();
  expect((await platformCase(preview, 'SMO-2026-0102')).status).toBe('accepted');

  await page.getByTestId('locale-fr').click();
  await expect(page.getByTestId('connectivity')).toHaveText('En ligne');
  await page.screenshot({ path: 'test-results/screens/inbox-synced-fr.png' });
});

test('a case withdrawn by the patient shows as read-only with its removal notice', async ({ page, preview }) => {
  await page.goto(preview.url);
  await passWelcome(page);
  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await signInOnProvider(page);
  await expect(page.getByTestId('inbox-tab-offered')).toContainText('7');
  await platformControl(preview, '/dev/cases/SMO-2026-0109/withdraw');
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('inbox-tab-closed')).toContainText('1');
  await page.getByTestId('inbox-tab-closed').click();
  const withdrawn = page.locator('[data-testid="case-row"][data-reference="SMO-2026-0109"]');
  await expect(withdrawn).toHaveAttribute('data-status', 'withdrawn');
  await expect(withdrawn.getByTestId('accept-case')).toHaveCount(0);
  await expect(page.getByTestId('purge-notice')).toContainText('SMO-2026-0109');
});
