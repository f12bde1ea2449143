// A scanned letter, read on this computer (OCR): the viewer says it is being read, page by page;
// then a French word is found and highlighted where it is on the scan, selected and quoted into
// the report (the quote says the text was recognised); after a restart, the text is there at once,
// not read again. The letter is the demo's (a real letter rasterised at 300 dpi, no text layer).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, openCase, platformControl, shoot, toFrench } from './fixtures';
import { startPreviewProcess, stopPreviewProcess, type PreviewProcess } from '../support/preview-process';
import { scannedLetter } from '../../platform/demo/scanned-letter';
import { photoOfPage, SCAN_TEXT_FR } from '../support/scanned-pdf';

const NAME = 'Courrier du chirurgien (scanné).pdf';
let running: PreviewProcess | null = null;
const dataDir = mkdtempSync(join(tmpdir(), 'smo-e2e-ocr-'));
test.afterAll(async () => {
  if (running) await stopPreviewProcess(running);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-demo-platform`, { recursive: true, force: true });
});

test('a scanned letter is read on opening: found, highlighted, quoted as recognised text, and kept across a restart', async ({ page }) => {
  test.setTimeout(240_000);
  const preview = await startPreviewProcess(dataDir);
  running = preview;
  // The first two pages of the surgeon's letter, in the case under review (the report can quote it).
  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: NAME,
    kind: 'pdf',
    mediaType: 'application/pdf',
    base64: (await scannedLetter('Courrier de consultation', 2)).toString('base64'),
  });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  await page.locator('[data-testid="document-list-item"]', { hasText: NAME }).getByRole('button').click();
  const notice = page.getByTestId('pdf-recognition');
  // Background reading is off in the tests: opening the letter has it read, and says so, page by page.
  // (Reading starts once the first page is painted; the recognition thread may still be starting.)
  await expect(notice).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
  await expect(notice).toContainText(/page [0-2] of 2/);
  await shoot(page, 'ocr-reading-en');
  await expect(notice).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(notice).toContainText('Text recognised (OCR) on 2 scanned pages');
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-recognised', 'true');

  // Find a French word of the letter: found on the scan, highlighted on its line (the 5th of page 1,
  // typed with its baseline at 760 − 4 × 22 = 672 pt from the bottom, 170 pt from the top).
  await page.getByTestId('pdf-find').fill('endometriose');
  await expect(page.getByTestId('pdf-find-count')).toHaveText('1 of 1');
  const highlight = await page.evaluate(() => {
    const layer = document.querySelector('[data-page-number="1"] .textLayer') as HTMLElement;
    const box = layer.querySelector('.highlight.selected')?.getBoundingClientRect();
    const origin = layer.getBoundingClientRect();
    const perPoint = origin.height / 842;
    return box ? { top: (box.top - origin.top) / perPoint, bottom: (box.bottom - origin.top) / perPoint, left: (box.left - origin.left) / perPoint } : null;
  });
  expect(highlight).not.toBeNull();
  expect(highlight!.top).toBeGreaterThan(155);
  expect(highlight!.bottom).toBeLessThan(178);
  // "une endométriose…": after "une", well right of the margin at 64 pt.
  expect(highlight!.left).toBeGreaterThan(64);

  // Select it and quote it into the report: the quote says it is recognised text.
  const field = page.getByTestId('report-pane').getByTestId('report-field-additional-exams');
  await field.click();
  const selected = await page.evaluate(() => {
    const span = [...document.querySelectorAll('[data-page-number="1"] .textLayer span')].find((s) => s.textContent === 'endométriose');
    if (!span) return '';
    const range = document.createRange();
    range.selectNodeContents(span);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    return window.getSelection()?.toString() ?? '';
  });
  expect(selected).toBe('endométriose');
  await page.getByTestId('pdf-quote').click();
  // In the report's language (this one is written in French for the patient).
  await expect(field).toHaveValue(/« endométriose » \(Courrier du chirurgien \(scanné\)\.pdf, page 1, texte reconnu sur le scan\)$/);
  await toFrench(page);
  await shoot(page, 'ocr-done-fr');

  // Restarted on the same data: the text is there at once, not read again.
  await stopPreviewProcess(preview);
  const again = await startPreviewProcess(dataDir);
  running = again;
  await openUnlocked(page, again);
  await openCase(page, 'SMO-2026-0101');
  await page.locator('[data-testid="document-list-item"]', { hasText: NAME }).getByRole('button').click();
  await expect(page.getByTestId('pdf-recognition')).toHaveAttribute('data-state', 'done');
  await page.getByTestId('pdf-find').fill('recto-vaginale');
  await expect(page.getByTestId('pdf-find-count')).toHaveText('1 sur 1');
  await expect(page.locator('[data-page-number="2"]')).toHaveAttribute('data-recognised', 'true');

  // In the documents' timeline, the letter is at the date OCR read on its first page ("Toulouse, le 3 novembre 2026").
  await page.getByTestId('document-list-tab').click();
  await page.getByTestId('documents-view-timeline').click();
  const letter = page.getByTestId('timeline-item').filter({ hasText: NAME });
  await expect(letter).toHaveAttribute('data-source', 'recognised');
  await expect(letter).toHaveAttribute('data-day', '2026-11-03');
  await expect(letter).toContainText('3 nov. 2026');
  await expect(letter).toContainText('date lue sur le scan (OCR)');

  // The case's search finds the recognised words too, and says they were read by OCR.
  await page.getByTestId('questionnaire-find').fill('recto-vaginale');
  const match = page.getByTestId('document-match').and(page.locator('[data-page="2"]'));
  await expect(match).toHaveAttribute('data-recognised', 'true');
  await expect(match).toContainText('texte reconnu (OCR)');
});

test('a photo of a letter is read on opening: its words found on the image, selected and quoted as recognised text, dated', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const PHOTO = 'Courrier du rhumatologue (photo).jpg';
  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: PHOTO,
    kind: 'photo',
    mediaType: 'image/jpeg',
    base64: (await photoOfPage(SCAN_TEXT_FR, 4)).toString('base64'),
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  await page.locator('[data-testid="document-list-item"]', { hasText: PHOTO }).getByRole('button').click();
  await expect(page.getByTestId('photo-recognition')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('photo-recognition')).toContainText('Text recognised (OCR) on the photo');

  // Found where it is on the image: "fissure", on the 7th line of the letter, in the photo's upper half.
  await page.getByTestId('photo-find').fill('fissure');
  await expect(page.getByTestId('photo-find-count')).toHaveText('1 of 1');
  const image = (await page.getByTestId('photo-image').boundingBox())!;
  const match = (await page.getByTestId('photo-match').boundingBox())!;
  expect(match.x).toBeGreaterThan(image.x);
  expect(match.x + match.width).toBeLessThan(image.x + image.width);
  expect(match.y).toBeGreaterThan(image.y);
  expect(match.y + match.height).toBeLessThan(image.y + image.height / 2);
  expect(match.width).toBeGreaterThan(match.height);
  await shoot(page, 'ocr-photo-en');

  // Selected on the image and quoted into the report, in the report's language, as recognised text.
  const field = page.getByTestId('report-pane').getByTestId('report-field-additional-exams');
  await field.click();
  const selected = await page.evaluate(() => {
    const span = [...document.querySelectorAll('[data-testid="photo-text"] span')].find((s) => s.textContent?.trim() === 'fissure');
    if (!span?.firstChild) return '';
    const range = document.createRange();
    range.setStart(span.firstChild, 0);
    range.setEnd(span.firstChild, 'fissure'.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    return window.getSelection()?.toString() ?? '';
  });
  expect(selected).toBe('fissure');
  await page.getByTestId('photo-quote').click();
  await expect(field).toHaveValue(/« fissure » \(Courrier du rhumatologue \(photo\)\.jpg, texte reconnu sur la photo\)$/);
  await toFrench(page);
  await expect(page.getByTestId('photo-recognition')).toContainText('Texte reconnu (OCR) sur la photo');
  await shoot(page, 'ocr-photo-fr');

  // Dated by the date read on it ("Lyon, le 14 octobre 2026"), and found by the case's search.
  await page.getByTestId('document-list-tab').click();
  await page.getByTestId('documents-view-timeline').click();
  const dated = page.getByTestId('timeline-item').filter({ hasText: PHOTO });
  await expect(dated).toHaveAttribute('data-day', '2026-10-14');
  await expect(dated).toHaveAttribute('data-source', 'recognised');
  await page.getByTestId('questionnaire-find').fill('horizontale');
  await expect(page.getByTestId('document-match').filter({ hasText: 'horizontale' })).toHaveAttribute('data-recognised', 'true');
});
