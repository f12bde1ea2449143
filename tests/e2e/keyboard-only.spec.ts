// A whole review with the keyboard alone (issue 20, item 9): the first start, protection, sign-in,
// the inbox, a case, its report filled in and signed, and the platform's receipt. No mouse: each
// control is reached with Tab (as a keyboard user does) and used with Enter, Space or typing.
import type { Page } from '@playwright/test';
import { test, expect, E2E_PASSPHRASE, platformCase, providerForm } from './fixtures';

/** Presses Tab until the focused element matches `selector` (a keyboard user moving on to a control). */
async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const byTestId = (id: string) => `[data-testid="${id}"]`;

test('a case reviewed and its report signed with the keyboard alone', async ({ page, preview }) => {
  test.slow();
  await page.goto(preview.url);
  await expect(page.getByTestId('welcome')).toBeVisible();
  await tabTo(page, byTestId('welcome-continue'));
  await page.keyboard.press('Enter');

  await tabTo(page, `${byTestId('passphrase-input')} input, input${byTestId('passphrase-input')}`);
  await page.keyboard.type(E2E_PASSPHRASE);
  await tabTo(page, `${byTestId('passphrase-confirm')} input, input${byTestId('passphrase-confirm')}`);
  await page.keyboard.type(E2E_PASSPHRASE);
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('sign-in')).toBeVisible();
  await tabTo(page, byTestId('sign-in-submit'));
  await page.keyboard.press('Enter');
  // The platform's own page, by keyboard too: the demo account is filled in, Tab to its button.
  await expect(providerForm(page)).toBeVisible();
  await tabTo(page, 'form[action^="/signin/"] button[type=submit]');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('nav-inbox')).toBeVisible();
  await tabTo(page, `${byTestId('inbox-search')}, ${byTestId('inbox-search')} input`);
  await page.keyboard.type('SMO-2026-0101');
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await tabTo(page, byTestId('open-case'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-workspace')).toBeVisible();

  // Alt+3: the report pane; then its fields in order.
  await page.keyboard.press('Alt+Digit3');
  const pane = page.getByTestId('report-pane');
  await expect(pane).toBeFocused();
  await tabTo(page, '[data-testid^="report-field-question-"]');
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.type(`Réponse ${i} : la rééducation d’abord.`);
    if (i === 3) break;
    // On to the next question's field.
    await page.keyboard.press('Tab');
    await tabTo(page, '[data-testid^="report-field-question-"]');
  }
  for (const [field, text] of [
    ['diagnosis', 'Lésion méniscale interne dégénérative.'],
    ['treatment', 'Rééducation pendant trois mois.'],
  ] as const) {
    await tabTo(page, byTestId(`report-field-${field}`));
    await page.keyboard.type(text);
  }
  await tabTo(page, byTestId('report-option-diagnostic-agreement-agree'));
  await page.keyboard.press('Space');
  await tabTo(page, byTestId('report-option-therapeutic-agreement-disagree'));
  await page.keyboard.press('Space');
  await tabTo(page, byTestId('report-field-therapeutic-justification'));
  await page.keyboard.type('La méniscectomie n’est pas indiquée en première intention.');
  await tabTo(page, byTestId('complexity-simple'));
  await page.keyboard.press('Space');
  await tabTo(page, byTestId('report-field-patient-summary'));
  await page.keyboard.type('Votre genou peut être soigné sans opération.');
  await expect(pane.getByTestId('report-submit')).toHaveAttribute('data-missing', '0');

  // Submit, read the preview, confirm and sign.
  await tabTo(page, byTestId('report-submit'));
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('report-preview');
  await expect(dialog.getByTestId('pdf-page').first()).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  await tabTo(page, byTestId('report-confirm-check'));
  await page.keyboard.press('Space');
  await tabTo(page, byTestId('report-confirm'));
  await page.keyboard.press('Enter');
  await expect(pane.getByTestId('report-receipt')).toBeVisible({ timeout: 20_000 });
  expect((await platformCase(preview, 'SMO-2026-0101')).status).toBe('submitted');
});
