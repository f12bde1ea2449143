// What a French expert meets at the keyboard (issue 20): an AZERTY keyboard's digit row gives the
// window presets, AltGr's [ ] switch documents, I inverts the image instead of leaving the case,
// Alt+← goes back; the overlay writes the window as F/N and the report names its language in
// French. And the notifications panel closes like a panel: Esc or a press outside, focus returned.
import { test, expect, openUnlocked, openCase, openImaging, shoot, switchLanguage, toFrench, azerty, oneViewport } from './fixtures';

test('on a French keyboard: presets from the digit row, I inverts, AltGr [ ] switch documents, Alt+← goes back', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  await toFrench(page);
  // The report is written in the case's language (English), named in the expert's.
  await expect(page.getByTestId('report-pane')).toContainText('Rédigé en anglais pour le patient');
  // At 1280×800 the French find box of the questionnaire shows its whole placeholder.
  await page.setViewportSize({ width: 1280, height: 800 });
  const placeholderFits = await page.getByTestId('questionnaire-find').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    return context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
  expect(placeholderFits).toBe(true);

  await openImaging(page, 'CT thorax-abdomen');

  await oneViewport(page);
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-pixel-sum', /\d+/);
  const viewport = page.getByTestId('dicom-viewport');
  await viewport.click();
  const wl = page.getByTestId('dicom-wl');
  // Unshifted, the digit row types " and ': presets 3 and 4 (OHIF's liver, then bone).
  await azerty(page, '"', 'Digit3');
  await expect(wl).toHaveText('F : 150 N : 90');
  await azerty(page, "'", 'Digit4');
  await expect(wl).toHaveText('F : 2500 N : 480');
  await azerty(page, '&', 'Digit1');
  await expect(wl).toHaveText('F : 400 N : 40');

  // I inverts the image (and leaves the expert in the case); again, it is back.
  await expect(viewport).toHaveAttribute('data-inverted', 'false');
  await azerty(page, 'i', 'KeyI');
  await expect(viewport).toHaveAttribute('data-inverted', 'true');
  await expect(page.getByTestId('case-workspace')).toBeVisible();
  await shoot(page, 'dicom-azerty-fr');
  await azerty(page, 'I', 'KeyI');
  await expect(viewport).toHaveAttribute('data-inverted', 'false');

  // A second document open beside the series: AltGr+( types [ and goes to the other one.
  await page.getByTestId('document-list-tab').click();
  await page.getByTestId('document-list').getByText('CT report.pdf').click();
  const tabs = page.getByTestId('document-tab');
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('report-pane').focus();
  await azerty(page, '[', 'Digit5', { altGraph: true });
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await azerty(page, ']', 'Minus', { altGraph: true });
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');

  // Alt+← is the way back to the inbox.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByTestId('case-workspace')).toHaveCount(0);
  await expect(page.getByTestId('inbox-search')).toBeVisible();
});

test('the notifications panel closes on Esc and on a press outside it, and gives focus back to its button', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  const bell = page.getByTestId('notifications');
  const panel = page.getByTestId('notifications-panel');

  await bell.click();
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(bell).toBeFocused();
  // Esc closed the panel only: the case is still open.
  await expect(page.getByTestId('case-workspace')).toBeVisible();

  await bell.click();
  await expect(panel).toBeVisible();
  await page.locator('.workspace__title').click();
  await expect(panel).toHaveCount(0);
  await expect(bell).toBeFocused();

  // A press on a field outside closes it and leaves the field focused, for typing.
  await bell.click();
  await expect(panel).toBeVisible();
  // The case's search, on the left: a field the panel (under the bell, on the right) never covers.
  const field = page.getByTestId('questionnaire-find');
  await field.click();
  await expect(panel).toHaveCount(0);
  await expect(field).toBeFocused();
});

test('shortcuts are the expert’s: changed in Settings on a French keyboard, used in the case, shown by the help, restored', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await toFrench(page);
  await page.getByTestId('nav-settings').click();
  const invert = page.getByTestId('shortcut-setting').and(page.locator('[data-action="invert"]'));
  await expect(invert.locator('kbd')).toHaveText('I');
  const change = invert.getByRole('button');
  await change.click();
  await expect(change).toHaveText('Appuyez sur une touche…');
  // The digit row is the presets' on every layout: AZERTY's unshifted 1 (&) is refused, and why.
  await azerty(page, '&', 'Digit1');
  await expect(invert.getByTestId('shortcut-problem')).toHaveText(
    'La rangée des chiffres est réservée aux préréglages de fenêtrage : choisissez une lettre ou un signe.',
  );
  // A key that already does something else is refused, naming what it does.
  await azerty(page, 'l', 'KeyL');
  await expect(invert.getByTestId('shortcut-problem')).toHaveText('« L » sert déjà à « Outil longueur » : modifiez d’abord celui-ci.');
  // Esc keeps the current key.
  await azerty(page, 'Escape', 'Escape');
  await expect(change).toHaveText('Modifier');
  await expect(invert.locator('kbd')).toHaveText('I');
  // ù, a key of its own on AZERTY, becomes the invert key.
  await change.click();
  await azerty(page, 'ù', 'Quote');
  await expect(invert.locator('kbd')).toHaveText('Ù');
  await expect(change).toBeFocused();
  await shoot(page, 'settings-shortcuts-fr');

  await page.getByTestId('nav-inbox').click();
  await openCase(page, 'SMO-2026-0106');
  await openImaging(page, 'CT thorax-abdomen');
  await oneViewport(page);
  const viewport = page.getByTestId('dicom-viewport');
  await expect(page.getByTestId('dicom-viewer')).toHaveAttribute('data-pixel-sum', /\d+/);
  await viewport.click();
  await azerty(page, 'i', 'KeyI');
  await expect(viewport).toHaveAttribute('data-inverted', 'false');
  await azerty(page, 'ù', 'Quote');
  await expect(viewport).toHaveAttribute('data-inverted', 'true');
  // The help shows the keys as they are now.
  await azerty(page, '?', 'Comma');
  const help = page.getByTestId('shortcuts-help');
  await expect(help.locator('[data-action="invert"] kbd')).toHaveText('Ù');
  await expect(help.locator('[data-action="toolLength"] kbd')).toHaveText('L');
  await shoot(page, 'shortcuts-help-fr');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('shortcuts-reset').click();
  await expect(invert.locator('kbd')).toHaveText('I');
  await expect(page.getByTestId('shortcuts-reset')).toBeDisabled();
  // The same screen in English, for a look at both languages.
  await switchLanguage(page, 'en');
  await page.getByTestId('settings-shortcuts').scrollIntoViewIfNeeded();
  await shoot(page, 'settings-shortcuts-en');
});
