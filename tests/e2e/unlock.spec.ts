// The encrypted cache as the expert meets it in the browser preview: set-up with a passphrase
// (no keychain in a browser), lock, a wrong passphrase, unlock, and reset with what it would lose.
import { test, expect, E2E_PASSPHRASE, passWelcome, signInOnProvider } from './fixtures';

test('set up, lock, refuse a wrong passphrase, unlock, then reset', async ({ page, preview }) => {
  await page.goto(preview.url);
  const screen = page.getByTestId('unlock-screen');
  await expect(screen).toBeVisible();
  await passWelcome(page);
  await expect(screen).toContainText('Protect the cases on this computer');
  await expect(page.getByTestId('no-keychain')).toBeVisible();
  await expect(page.getByTestId('nav-inbox')).toHaveCount(0); // nothing of the app before unlock
  await page.screenshot({ path: 'test-results/screens/unlock-setup-en.png' });

  await page.getByTestId('passphrase-input').fill('short');
  await page.getByTestId('passphrase-confirm').fill('short');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toHaveText('The passphrase needs at least 10 characters.');
  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('passphrase-confirm').fill(`${E2E_PASSPHRASE}!`);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toHaveText('The two passphrases are not the same.');
  await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await signInOnProvider(page); // the built-in demo platform's sign-in
  await expect(page.getByTestId('inbox')).toBeVisible();

  await page.getByTestId('lock-now').click();
  await expect(screen).toContainText('The workstation is locked');
  await expect(page.getByTestId('inbox')).toHaveCount(0);

  await page.getByTestId('locale-fr').click();
  await expect(screen).toContainText('Le poste est verrouillé');
  await page.getByTestId('passphrase-input').fill('pas la bonne phrase');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toHaveText("Cette phrase secrète n'est pas correcte. Tentatives échouées : 1.");
  await page.screenshot({ path: 'test-results/screens/unlock-wrong-fr.png' });
  await page.getByTestId('locale-en').click();

  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('inbox')).toBeVisible();

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-local-data')).toContainText('Passphrase');
  await page.getByTestId('lock-now').click();
  await page.getByTestId('unlock-forgot').click();
  await expect(page.getByTestId('reset-panel')).toBeVisible();
  await expect(page.getByTestId('unsynced-none')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/unlock-reset-en.png' });
  await page.getByTestId('reset-confirm').click();
  // A fresh start: the welcome, then a new cache to protect.
  await passWelcome(page);
  await expect(screen).toContainText('Protect the cases on this computer');
});
