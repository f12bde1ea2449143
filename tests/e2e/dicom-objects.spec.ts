// DICOM files that are not single images: a multi-frame angiography run (a stack of frames, with
// cine), a 12-lead ECG (drawn on its paper, measured with calipers), a structured report (read as text) and a report
// encapsulated as PDF (opened in the PDF viewer). Nothing reaches the console but handled errors.
import type { Page } from '@playwright/test';
import { test, expect, openUnlocked, openCase, shoot, toFrench, toolbarControl } from './fixtures';
import { ECG_FIRST_R_SECONDS, ECG_HEART_RATE } from '../../platform/demo/dicom-objects';

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  return problems;
}

test('a multi-frame angiography run scrolls and plays frame by frame; a 12-lead ECG is drawn on its paper and measured with calipers', async ({
  page,
  preview,
}) => {
  const problems = watchConsole(page);
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0104', 'offered');
  const list = page.getByTestId('document-list');
  await expect(list.locator('[data-kind="dicom"][data-state="available"]')).toHaveCount(2, { timeout: 60_000 });

  await list.getByText('Coronarographie (cine)').click();
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-count', '45');
  await expect(page.getByTestId('dicom-overlay')).toContainText('Fr: 1/45');
  const first = await viewer.getAttribute('data-pixel-sum');
  await page.getByTestId('dicom-viewport').click();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('dicom-overlay')).toContainText('Fr: 2/45');
  // Each frame is its own picture: the vessel moves with the heartbeat.
  await expect(viewer).not.toHaveAttribute('data-pixel-sum', first ?? '');
  await (await toolbarControl(page, 'dicom-fps')).fill('30');
  // The rate may sit in the "More" menu, over the image: Esc closes it.
  await page.keyboard.press('Escape');
  await page.getByTestId('dicom-viewport').click();
  await page.keyboard.press('c');
  await expect(page.getByTestId('dicom-overlay')).toContainText('Cine: 30 img/s');
  await expect(page.getByTestId('dicom-image-number')).not.toHaveText('Im: 2/45');
  await page.keyboard.press('c');
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-cine-en.png' });
  await page.locator('.tabs__close').click();

  await list.getByText('ECG de repos.dcm').click();
  const ecg = page.getByTestId('ecg-view');
  await expect(ecg).toHaveAttribute('data-leads', '12');
  const labels = await page.getByTestId('ecg-panel').evaluateAll((panels) => panels.map((p) => p.getAttribute('data-lead')));
  expect(labels).toEqual(['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6']);
  await expect(page.getByTestId('ecg-rhythm')).toHaveAttribute('data-lead', 'II');
  await expect(ecg).toContainText('12-lead ECG · 500 Hz · 10.0 s · 25 mm/s · 10 mm/mV');

  // Calipers from one R wave to the next on the rhythm strip measure the demo's RR: 60 000 / 72 ms.
  const rr = 60 / ECG_HEART_RATE;
  const paper = page.getByTestId('ecg-paper');
  let pxPerMm = 0;
  // The paper's geometry is read each time: the window may have been resized since.
  const measureRR = async () => {
    const box = (await paper.boundingBox())!;
    pxPerMm = box.width / Number(await paper.getAttribute('data-width-mm'));
    const strip = (await page.getByTestId('ecg-rhythm').boundingBox())!;
    const x0 = Number(await page.getByTestId('ecg-rhythm').getAttribute('data-x-mm'));
    const at = (seconds: number) => box.x + (x0 + seconds * 25) * pxPerMm;
    const y = strip.y + strip.height / 2;
    await page.mouse.move(at(ECG_FIRST_R_SECONDS + rr), y);
    await page.mouse.down();
    await page.mouse.move(at(ECG_FIRST_R_SECONDS + 2 * rr), y, { steps: 8 });
    await page.mouse.up();
  };
  await measureRR();
  const readout = page.getByTestId('ecg-readout');
  await expect(readout).toHaveAttribute('data-ms', /\d/);
  // Within a pixel of the paper at this zoom, as an expert's hand would be.
  expect(Math.abs(Number(await readout.getAttribute('data-ms')) - rr * 1000)).toBeLessThan((1 / pxPerMm / 25) * 1000 + 1);
  await expect(readout).toContainText(/Calipers: 83\d ms · 7[12] \/min if RR/);
  await shoot(page, 'dicom-ecg-en');
  // Switching the language keeps the ECG and its calipers where they were (it used to reload the document).
  await toFrench(page);
  await expect(readout).toContainText(/Compas : 83\d ms · 7[12] \/min si RR/);
  await expect(ecg).toContainText('ECG 12 dérivations');
  await shoot(page, 'dicom-ecg-fr');
  expect(problems).toEqual([]);
});

test('a structured report reads as text; a DICOM-encapsulated PDF opens in the PDF viewer', async ({ page, preview }) => {
  const problems = watchConsole(page);
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106', 'offered');
  const list = page.getByTestId('document-list');
  // This year's CT, last year's, the chest X-ray, the structured report and the report as DICOM.
  await expect(list.locator('[data-kind="dicom"][data-state="available"]')).toHaveCount(5, { timeout: 60_000 });

  await list.getByText('CT findings (structured report)').click();
  const report = page.getByTestId('structured-report');
  await expect(report).toContainText('Diagnostic Imaging Report');
  await expect(report).toContainText('Long axis: 30 mm');
  await expect(report).toContainText('Impression: 30 mm suspicious right lower lobe nodule');
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-sr-en.png' });
  await page.locator('.tabs__close').click();

  await list.getByText('CT report (DICOM PDF)').click();
  await expect(page.getByTestId('pdf-viewer')).toHaveAttribute('data-pages', '1');
  await expect(page.getByTestId('pdf-page').first()).toContainText('Delivered by the imaging centre as a DICOM file');
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-pdf-en.png' });
  expect(problems).toEqual([]);
});

test('a zipped CD with its DICOMDIR opens in the viewer, saying what the archive held', async ({ page, preview }) => {
  const problems = watchConsole(page);
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0107', 'offered');
  const list = page.getByTestId('document-list');
  const archive = list.locator('[data-kind="archive"]');
  await expect(archive).toHaveAttribute('data-state', 'available', { timeout: 60_000 });
  await expect(archive).toContainText('Imaging archive');
  await archive.getByText('CD IRM lombaire.zip').click();
  await expect(page.getByTestId('archive-summary')).toHaveText(
    '15 DICOM files from this archive are in the viewer. The archive has a DICOMDIR (a CD or DVD export). 2 other files (not imaging, such as a viewer program) are not shown.',
  );
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-count', '15');
  await expect(page.getByTestId('dicom-overlay')).toContainText('Im: 1/15');
  await page.getByTestId('dicom-viewport').click();
  await page.keyboard.press('End');
  await expect(page.getByTestId('dicom-overlay')).toContainText('Im: 15/15');
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('dicom-overlay')).toContainText('Im: 6/15');
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-archive-en.png' });
  expect(problems).toEqual([]);
});
