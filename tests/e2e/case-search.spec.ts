// The case's search (issue 23, item 2): what the expert types in the case file is looked for in the
// questionnaire and in the text of every document of the case; a page found opens its document
// there, with the words found in its find bar and highlighted on that page. Looked at in English
// and French, at both screen sizes.
import { test, expect, openUnlocked, openCase, shoot, toFrench } from './fixtures';

test('the case search finds the words in the documents and opens the page where they are', async ({ page, preview }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  const search = page.getByTestId('questionnaire-find');
  // The report is on this computer and read once: both its pages say "spiculated margins".
  await expect(async () => {
    await search.fill('');
    await search.fill('spiculated marg');
    await expect(page.getByTestId('document-matches-count')).toHaveText('In the documents: 2 pages', { timeout: 2_000 });
  }).toPass({ timeout: 120_000 });
  const matches = page.getByTestId('document-match');
  await expect(matches).toHaveCount(2);
  await expect(page.getByTestId('document-match-document')).toContainText('CT report.pdf');
  await expect(matches.first()).toContainText('p. 1');
  await expect(matches.first().locator('mark')).toHaveText('spiculated marg');
  // The search heads the case file, above the patient's questions.
  const top = async (testId: string) => (await page.getByTestId(testId).boundingBox())?.y ?? 0;
  expect(await top('case-search')).toBeLessThan(await top('patient-questions'));
  await shoot(page, 'case-search-en');

  // Page 2: the report opens there, the words in its find bar, highlighted on page 2.
  await matches.nth(1).click();
  await expect(page.getByTestId('document-tab')).toHaveText(['CT report.pdf']);
  await expect(page.getByTestId('pdf-find')).toHaveValue('spiculated marg');
  await expect(page.getByTestId('pdf-page-input')).toHaveValue('2');
  await expect(page.locator('[data-page-number="2"] .textLayer .highlight.selected')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByTestId('pdf-find-count')).toHaveText('2 of 2');
  // And back to page 1 from the search, the document already open.
  await matches.first().click();
  await expect(page.getByTestId('pdf-page-input')).toHaveValue('1');
  await expect(page.locator('[data-page-number="1"] .textLayer .highlight.selected')).toHaveCount(1, { timeout: 20_000 });

  // Words that are nowhere: said so. In French.
  await toFrench(page);
  await search.fill('pneumothorax');
  await expect(page.getByTestId('document-matches-count')).toHaveText('Aucune page des documents ne contient ces mots.');
  await search.fill('spiculated');
  await expect(page.getByTestId('document-matches-count')).toHaveText('Dans les documents : 2 pages');
  await expect(search).toHaveAttribute('aria-label', /Rechercher dans le dossier/);
  await shoot(page, 'case-search-fr');
});
