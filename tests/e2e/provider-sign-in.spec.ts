// Signing in on the demo platform's OpenID provider, as a person would in the browser preview: the
// app's sign-in screen and the provider's own page in both languages and at both sizes (and
// checked by axe), the provider's language switch, a wrong password said on its page, an answer
// that is not this sign-in's refused with its sentence, then signed in.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, E2E_PASSPHRASE, passWelcome, providerForm, shoot, switchLanguage } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the provider’s page in French and English, a wrong password, a foreign answer refused, then the inbox', async ({ page, preview }) => {
  await page.goto(preview.url);
  await passWelcome(page);
  await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
  await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('sign-in-provider')).toContainText('your password is never typed into the workstation');
  await shoot(page, 'sign-in-provider-en');
  await switchLanguage(page, 'fr');
  await expect(page.getByTestId('sign-in-submit')).toHaveText('Se connecter sur la plateforme');
  await shoot(page, 'sign-in-provider-fr');

  // An answer that is not the one this sign-in waits for (another state) is refused, and said so.
  await page.getByTestId('sign-in-submit').click();
  await expect(providerForm(page)).toBeVisible();
  await page.goto(`${new URL(preview.url).origin}/callback?code=forged&state=not-this-one`);
  await expect(page.getByTestId('sign-in-error')).toHaveAttribute('data-problem', 'state-mismatch');
  await expect(page.getByTestId('sign-in-error')).toContainText('ne correspond pas à la connexion demandée par ce poste');
  await expect(page).toHaveURL(/\/$|\/#/); // the answer is out of the address
  await shoot(page, 'sign-in-refused-fr');

  // The provider's page, in French like the workstation; its link switches it to English.
  await page.getByTestId('sign-in-submit').click();
  await expect(page.locator('h1')).toHaveText('Connexion à la plateforme');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'provider-page-fr');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Sign in to the platform');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'provider-page-en');

  // A wrong password stays on the provider's page, with its sentence; the workstation never saw it.
  await page.locator('#password').fill('pas le bon mot de passe');
  await providerForm(page).locator('button[type=submit]').click();
  await expect(page.getByRole('alert')).toHaveText('The e-mail address or the password is not correct.');
  await shoot(page, 'provider-page-wrong-password-en');
  await page.locator('#password').fill('demo-expert-2026');
  await providerForm(page).locator('button[type=submit]').click();
  await expect(page.getByTestId('nav-inbox')).toBeVisible();
});
