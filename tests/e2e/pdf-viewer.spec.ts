// The PDF viewer on pdf.js's components, with a report printed by Chromium's PDF writer: find
// with exact highlights (checked against poppler's word boxes, an independent reader), its
// options and keys, the outline, an internal link, a link to the web that is not followed,
// document properties and Ctrl+wheel zoom.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openCase, openUnlocked, platformControl, shoot, toFrench } from './fixtures';
import { REPORT_PDF, reportPdf } from '../support/chromium-pdf';
import { LAST_PAGE_WORD, longPdf } from '../support/long-pdf';

const NAME = 'CR scanner thoracique (Chromium).pdf';

/** Poppler's box of each occurrence of `word` on page 1, in PDF points from the top left. */
function popplerBoxes(pdf: Buffer, word: string): { x: number; y: number; width: number; height: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'smo-e2e-bbox-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<\/word>/g)]
      .filter((m) => m[5] === word)
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The selected match's highlight on page 1, in PDF points from the page's top left (its pieces joined). */
async function selectedHighlight(page: Page) {
  return page.evaluate(() => {
    const layer = document.querySelector('[data-page-number="1"] .textLayer') as HTMLElement;
    const scale = Number(document.querySelector<HTMLElement>('[data-testid="pdf-viewer"]')?.dataset.scale);
    const origin = layer.getBoundingClientRect();
    const boxes = [...layer.querySelectorAll('.highlight.selected')].map((h) => h.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    // pdf.js draws 1 point as 96/72 CSS pixels at 100 %.
    const perPoint = (scale * 96) / 72;
    return { x: (left - origin.left) / perPoint, width: (right - left) / perPoint, pieces: boxes.length, top: (boxes[0]!.top - origin.top) / perPoint };
  });
}

test('find in a PDF highlights the exact words, with its options and keys; outline, links, properties and zoom', async ({ page, preview, browser }) => {
  const pdf = await reportPdf(browser);
  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: NAME,
    kind: 'pdf',
    mediaType: 'application/pdf',
    base64: pdf.toString('base64'),
  });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  await page.getByTestId('document-list').getByText(NAME).click();
  const viewer = page.getByTestId('pdf-viewer');
  await expect(viewer).toHaveAttribute('data-pages', '2');
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });

  // "nodule", written as two runs ("nod" and a bold "ule"): found whole, highlighted exactly where
  // poppler puts the word (within a point), in as many pieces as it has runs.
  const find = page.getByTestId('pdf-find');
  const count = page.getByTestId('pdf-find-count');
  await find.fill(REPORT_PDF.splitWord);
  // nodule, nodules, Nodule (twice): case and accents ignored, parts of words found.
  await expect(count).toHaveText('1 of 4');
  const [expected] = popplerBoxes(pdf, 'nodule');
  const shown = await selectedHighlight(page);
  expect(shown.pieces).toBe(2);
  // Within a third of a character (this 13-point font's letters are 6 to 8 points wide): the old
  // viewer's highlights were a whole character off. pdf.js places the text layer by the PDF's
  // glyph widths, scaled per run; a point or two is what that leaves.
  console.log(`highlight ${JSON.stringify(shown)} poppler ${JSON.stringify(expected)}`);
  expect(Math.abs(shown.x - expected!.x)).toBeLessThan(2.5);
  expect(Math.abs(shown.x + shown.width - (expected!.x + expected!.width))).toBeLessThan(2.5);
  expect(Math.abs(shown.top - expected!.y)).toBeLessThan(3);

  // Next and previous: Enter, Shift+Enter, F3, and Ctrl+G from the page.
  await find.press('Enter');
  await expect(count).toHaveText('2 of 4');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('1 of 4');
  await find.press('F3');
  await expect(count).toHaveText('2 of 4');
  await page.locator('.pdf-pages').click();
  await page.keyboard.press('Control+g');
  await expect(count).toHaveText('3 of 4');
  await page.keyboard.press('Shift+F3');
  await expect(count).toHaveText('2 of 4');

  // Options: whole words (not "nodules"), then case too (only "nodule").
  await page.getByTestId('pdf-find-entireWord').check();
  await expect(count).toHaveText('1 of 3');
  await page.getByTestId('pdf-find-caseSensitive').check();
  await expect(count).toHaveText('1 of 1');
  await page.getByTestId('pdf-find-entireWord').uncheck();
  await page.getByTestId('pdf-find-caseSensitive').uncheck();

  // Accents: "reperfusion" finds "réperfusion" and "reperfusion", and the reverse; with accents
  // matched, each finds only itself.
  await find.fill('reperfusion');
  await expect(count).toHaveText('1 of 2');
  await find.fill('réperfusion');
  await expect(count).toHaveText('1 of 2');
  await page.getByTestId('pdf-find-matchDiacritics').check();
  await expect(count).toHaveText('1 of 1');
  await page.getByTestId('pdf-find-matchDiacritics').uncheck();
  // The ligature "ffi" of "efficace" is found as its three letters.
  await find.fill('efficace');
  await expect(count).toHaveText('1 of 1');

  // Ctrl+F from the pages puts the expert back in find, its text selected.
  await page.locator('.pdf-pages').click();
  await page.keyboard.press('Control+f');
  await expect(find).toBeFocused();

  // The outline: "Conclusion" goes to page 2; the internal link on page 1 does too.
  await page.getByTestId('pdf-sidebar-outline').click();
  await page.getByTestId('pdf-outline-entry').filter({ hasText: 'Conclusion' }).click();
  await expect(page.getByTestId('pdf-page-input')).toHaveValue(String(REPORT_PDF.conclusionPage));
  await page.getByTestId('pdf-page-input').fill('1');
  await page.getByTestId('pdf-page-input').press('Enter');
  await expect(page.getByTestId('pdf-page-input')).toHaveValue('1');
  await page
    .locator('[data-page-number="1"] .annotationLayer a')
    .filter({ hasNot: page.locator('[data-external]') })
    .first()
    .click();
  await expect(page.getByTestId('pdf-page-input')).toHaveValue(String(REPORT_PDF.conclusionPage));
  // The link to the web is shown, says where it goes, and is not followed.
  const external = page.locator('[data-page-number="1"] .annotationLayer a[data-external]').first();
  await expect(external).toHaveAttribute('title', /example\.org\/guide.*not opened/);
  await expect(external).not.toHaveAttribute('href', /./);

  // Properties: the title and the writer the file names.
  await page.getByTestId('pdf-properties-open').click();
  await expect(page.getByTestId('pdf-property-Title')).toHaveText(REPORT_PDF.title);
  await expect(page.getByTestId('pdf-property-Producer')).toContainText('Skia/PDF');
  await shoot(page, 'pdf-properties-en');
  await page.getByTestId('pdf-properties-close').click();

  // Ctrl+wheel zooms the pages.
  const before = Number(await viewer.getAttribute('data-scale'));
  await page.locator('.pdf-pages').hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(async () => Number(await viewer.getAttribute('data-scale'))).toBeGreaterThan(before);

  // Find starts from the page shown: on page 2, the conclusion's "Nodule", the fourth.
  await page.getByTestId('pdf-page-input').fill('2');
  await page.getByTestId('pdf-page-input').press('Enter');
  await expect(page.getByTestId('pdf-page-input')).toHaveValue('2');
  await find.fill('nodule');
  await expect(count).toHaveText('4 of 4');
  await shoot(page, 'pdf-find-en');
  await toFrench(page);
  await expect(count).toHaveText('4 sur 4');
  await page.getByTestId('pdf-sidebar-outline').click();
  await shoot(page, 'pdf-find-fr');
});

test('a 500-page PDF opens, goes anywhere and finds its last page, with only the pages near the view drawn', async ({ page, preview }) => {
  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: 'Dossier de séjour.pdf',
    kind: 'pdf',
    mediaType: 'application/pdf',
    base64: (await longPdf(500)).toString('base64'),
  });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  await page.getByTestId('document-list').getByText('Dossier de séjour.pdf').click();
  const viewer = page.getByTestId('pdf-viewer');
  await expect(viewer).toHaveAttribute('data-pages', '500');
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  for (const n of [120, 250, 377, 499]) {
    await page.getByTestId('pdf-page-input').fill(String(n));
    await page.getByTestId('pdf-page-input').press('Enter');
    await expect(page.locator(`[data-page-number="${n}"]`)).toHaveAttribute('data-painted', 'true');
  }
  // Found on the last page only, across the 500.
  await page.getByTestId('pdf-find').fill(LAST_PAGE_WORD);
  await expect(page.getByTestId('pdf-find-count')).toHaveText('1 of 1', { timeout: 30_000 });
  await expect(page.getByTestId('pdf-page-input')).toHaveValue('500');
  // pdf.js keeps the pages around the view drawn and lets the others go; thumbnails likewise.
  const drawn = await page.evaluate(() => ({
    pages: document.querySelectorAll('.pdfViewer .page canvas').length,
    thumbnails: document.querySelectorAll('[data-testid="pdf-thumbnail"][data-drawn="true"]').length,
  }));
  expect(drawn.pages).toBeGreaterThan(0);
  expect(drawn.pages).toBeLessThanOrEqual(12);
  expect(drawn.thumbnails).toBeLessThanOrEqual(40);
});
