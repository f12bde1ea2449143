// Through the first start in the Electron app: the welcome (platform pre-filled), the protection
// (a passphrase: a CI machine's keychain may not be usable), the sign-in (`signIn`: the form's
// submit by default, a platform's password flow with the demo expert pre-filled) and the first sync.
import { expect, type Page } from '@playwright/test';

export const ELECTRON_PASSPHRASE = 'plateau tibial lune verte';

export async function firstStart(window: Page, signIn: () => Promise<void> = () => window.getByTestId('sign-in-submit').click()): Promise<void> {
  await window.getByTestId('welcome-continue').click();
  const passphraseChoice = window.getByTestId('protection-passphrase');
  if (await passphraseChoice.isVisible()) await passphraseChoice.check();
  await window.getByTestId('passphrase-input').fill(ELECTRON_PASSPHRASE);
  await window.getByTestId('passphrase-confirm').fill(ELECTRON_PASSPHRASE);
  await window.getByTestId('unlock-submit').click();
  await signIn();
  await expect(window.getByTestId('first-sync')).toHaveAttribute('data-done', 'true', { timeout: 120_000 });
  await window.getByTestId('first-sync-done').click();
}
