// The case workspace in the browser preview against the demo platform: accept a case, open it,
// read the questionnaire and the patient's questions, open a PDF from the vault, find a word,
// go to page 3, rotate, open a photo; a damaged PDF shows its message and nothing else breaks.
import { test, expect, openUnlocked, platformControl } from './fixtures';

test('review a case: questionnaire, PDF with find, pages and rotation, photo', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await page.getByTestId('inbox-tab-offered').click();
  const offered = page.locator('[data-testid="case-row"][data-reference="SMO-2026-0113"]');
  await offered.getByTestId('accept-case').click();
  await page.getByTestId('accept-attestation').check();
  await page.getByTestId('accept-confirm').click();
  await page.getByTestId('inbox-tab-in_review').click();
  await expect(page.locator('[data-testid="case-row"][data-reference="SMO-2026-0113"]')).toBeVisible();

  // The breast cancer case has a 20-page PDF.
  await page.getByTestId('inbox-search').fill('breast');
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/inbox-search-en.png' });
  await page.getByTestId('case-row').getByTestId('open-case').click();
  const workspace = page.getByTestId('case-workspace');
  await expect(workspace).toBeVisible();
  await expect(page.getByTestId('patient-questions').getByTestId('patient-question')).toHaveCount(4);
  await expect(page.getByTestId('questionnaire')).toContainText('No symptoms; found on screening mammography.');
  await page.getByTestId('questionnaire-find').fill('mammography');
  await expect(page.getByTestId('questionnaire-matches')).toHaveText('In the questionnaire: 1');

  await page.getByTestId('document-list').getByText('Tumour board record.pdf').click();
  const viewer = page.getByTestId('pdf-viewer');
  await expect(viewer).toHaveAttribute('data-pages', '20');
  await expect(page.getByTestId('pdf-page').first()).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('document-tab')).toHaveCount(1);
  await page.getByTestId('pdf-find').fill('radiology');
  // "radiology" occurs once on each of the 20 pages (the list of participants).
  await expect(page.getByTestId('pdf-find-count')).toHaveText('1 of 20');
  await expect(page.locator('[data-page-number="1"] .textLayer .highlight').first()).toBeVisible();
  await page.getByTestId('pdf-page-input').fill('3');
  await page.getByTestId('pdf-page-input').press('Enter');
  await expect(page.locator('[data-page-number="3"]')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('pdf-page-input')).toHaveValue('3');
  await page.getByTestId('pdf-rotate').click();
  await expect(viewer).toHaveAttribute('data-rotation', '90');
  const box = await page.locator('[data-page-number="3"]').boundingBox();
  expect(box && box.width > box.height).toBe(true); // a portrait page turned sideways
  await page.screenshot({ path: 'test-results/screens/workspace-pdf-en.png' });

  // Keyboard: the help overlay lists the shortcuts.
  await page.locator('.pdf-pages').click();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-help')).toBeHidden();

  // A photo, from another case.
  await page.getByTestId('workspace-back').click();
  await page.getByTestId('inbox-search').fill('SMO-2026-0113');
  await page.getByTestId('case-row').getByTestId('open-case').click();
  await page.getByTestId('document-list').getByText('Lesion photo.png').click();
  await expect(page.getByTestId('photo-viewer')).toBeVisible();
  await expect(page.getByTestId('photo-image')).toHaveJSProperty('complete', true);
  expect(await page.getByTestId('photo-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await page.getByTestId('photo-rotate').click();
  await expect(page.getByTestId('photo-viewer')).toHaveAttribute('data-rotation', '90');

  await page.getByTestId('locale-fr').click();
  await expect(page.getByTestId('patient-questions')).toContainText('Les questions du patient');
  await page.screenshot({ path: 'test-results/screens/workspace-photo-fr.png' });
});

test('a damaged PDF says so in its tab and the rest of the case keeps working', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await platformControl(preview, '/dev/cases/SMO-2026-0104/attachments', {
    name: 'Compte rendu endommagé.pdf',
    kind: 'pdf',
    mediaType: 'application/pdf',
    base64: Buffer.from('%PDF-1.7\nthis is not really a PDF, its body was cut off in transit').toString('base64'),
  });
  await page.getByTestId('sync-now').click();
  await page.getByTestId('inbox-search').fill('SMO-2026-0104');
  await page.getByTestId('case-row').getByTestId('open-case').click();
  const list = page.getByTestId('document-list');
  await expect(list.locator('[data-testid="document-list-item"][data-state="available"]')).toHaveCount(5);
  await list.getByText('Compte rendu endommagé.pdf').click();
  await expect(page.getByTestId('document-error')).toContainText('This PDF cannot be read');
  await page.screenshot({ path: 'test-results/screens/workspace-corrupt-pdf-en.png' });
  // The other documents still open.
  await page.getByTestId('document-list-tab').click();
  await list.getByText('Compte rendu de coronarographie.pdf').click();
  await expect(page.getByTestId('pdf-page').first()).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('document-tab')).toHaveCount(2);
});
