// The first start of a new installation, as a new user meets it: what the workstation does, the
// platform's address (pre-filled with the demo platform and labelled so; a wrong address says
// why), the protection of this computer's copy, the sign-in and the first cases arriving, all
// under the same four steps; then Settings show the platform and where the data is.
import { test, expect, E2E_PASSPHRASE, platformControl, providerForm } from './fixtures';

test('welcome, platform address checked, protection, sign-in and the first sync, in French', async ({ page, preview }) => {
  await platformControl(preview, '/dev/faults/network', { bytesPerSecond: 40 * 1024 * 1024 }); // progress stays visible
  const demoUrl = preview.platformUrl ?? 'no demo platform';
  await page.goto(preview.url);
  const welcome = page.getByTestId('welcome');
  await expect(welcome).toContainText('Welcome to the SMO Expert Workstation');
  await page.getByTestId('locale-fr').click();
  await expect(welcome).toContainText('Bienvenue sur le poste expert SMO');
  await expect(page.getByTestId('first-start-steps')).toHaveAttribute('data-step', 'platform');
  const address = page.getByTestId('platform-address');
  await expect(address).toHaveValue(demoUrl);
  await expect(page.getByTestId('welcome-demo')).toContainText('patients fictifs');
  await page.screenshot({ path: 'test-results/screens/first-start-welcome-fr.png' });

  // Addresses that are not the platform, each with its reason; nothing is kept.
  const problem = page.getByTestId('platform-problem');
  await address.fill('experts chez nous');
  await page.getByTestId('welcome-continue').click();
  await expect(problem).toHaveAttribute('data-problem', 'malformed');
  await expect(page.getByTestId('welcome-demo')).toHaveCount(0); // not the demo any more
  await address.fill('http://experts.example.org');
  await page.getByTestId('welcome-continue').click();
  await expect(problem).toHaveAttribute('data-problem', 'insecure');
  await expect(problem).toContainText('https://');
  await address.fill(new URL(preview.url).origin); // the preview itself: a server, but not a platform
  await page.getByTestId('welcome-continue').click();
  await expect(problem).toHaveAttribute('data-problem', 'not-a-platform');
  await address.fill('http://127.0.0.1:9'); // nothing listens there
  await page.getByTestId('welcome-continue').click();
  await expect(problem).toHaveAttribute('data-problem', 'unreachable');
  await page.screenshot({ path: 'test-results/screens/first-start-unreachable-fr.png' });

  await address.fill(demoUrl);
  await expect(page.getByTestId('welcome-demo')).toBeVisible();
  await page.getByTestId('welcome-continue').click();

  // Protection, with a way back.
  await expect(page.getByTestId('first-start-steps')).toHaveAttribute('data-step', 'protection');
  await page.getByTestId('setup-back').click();
  await expect(address).toHaveValue(demoUrl);
  await page.getByTestId('welcome-continue').click();
  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
  await page.screenshot({ path: 'test-results/screens/first-start-protection-fr.png' });
  await page.getByTestId('unlock-submit').click();

  // Sign-in: the demo expert filled in, the platform shown (and still changeable).
  await expect(page.getByTestId('first-start-steps')).toHaveAttribute('data-step', 'signIn');
  await expect(page.getByTestId('sign-in-platform')).toContainText(demoUrl);
  await expect(page.getByTestId('demo-notice')).toBeVisible();
  await expect(page.getByTestId('sign-in-provider')).toContainText('votre mot de passe n’est jamais saisi dans le poste de travail');
  await page.screenshot({ path: 'test-results/screens/first-start-sign-in-fr.png' });
  await page.getByTestId('sign-in-submit').click();
  // The platform's own page, in French like the workstation, the demo account filled in.
  await expect(providerForm(page)).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Connexion à la plateforme');
  await expect(page.locator('#email')).toHaveValue('expert@demo.smo-platform.test');
  await page.screenshot({ path: 'test-results/screens/first-start-provider-fr.png' });
  await providerForm(page).locator('button[type=submit]').click();

  // The first cases arrive, with progress, then it says they are here.
  const firstSync = page.getByTestId('first-sync');
  await expect(firstSync).toBeVisible();
  await expect(page.getByTestId('first-start-steps')).toHaveAttribute('data-step', 'cases');
  await expect(page.getByTestId('first-sync-progress')).toContainText('Documents');
  await page.screenshot({ path: 'test-results/screens/first-start-sync-fr.png' });
  await expect(firstSync).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
  await expect(firstSync).toContainText('Vos dossiers sont sur cet ordinateur');
  await page.screenshot({ path: 'test-results/screens/first-start-done-fr.png' });
  await page.getByTestId('first-sync-done').click();
  await expect(firstSync).toHaveCount(0);
  await expect(page.getByTestId('case-row').first()).toBeVisible();

  // Settings: the platform (demo data) and where the data is kept.
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-platform')).toContainText(demoUrl);
  await expect(page.getByTestId('settings-platform')).toContainText('Données de démonstration');
  await expect(page.getByTestId('settings-data-dir')).toContainText(preview.dataDir);
  await page.getByTestId('settings-about').scrollIntoViewIfNeeded();
  await page.getByTestId('settings-about').screenshot({ path: 'test-results/screens/first-start-settings-fr.png' });
});
