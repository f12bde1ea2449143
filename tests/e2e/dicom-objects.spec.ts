// DICOM files that are not single images: a multi-frame angiography run (a stack of frames, with
// cine), an ECG waveform (said, not shown), a structured report (read as text) and a report
// encapsulated as PDF (opened in the PDF viewer). Nothing reaches the console but handled errors.
import type { Page } from '@playwright/test';
import { test, expect, openUnlocked, openCase } from './fixtures';

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  return problems;
}

test('a multi-frame angiography run scrolls and plays frame by frame; an ECG says it is not displayed', async ({ page, preview }) => {
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
  await page.getByTestId('dicom-fps').fill('30');
  await page.getByTestId('dicom-viewport').click();
  await page.keyboard.press('c');
  await expect(page.getByTestId('dicom-overlay')).toContainText('Cine: 30 img/s');
  await expect(page.getByTestId('dicom-image-number')).not.toHaveText('Im: 2/45');
  await page.keyboard.press('c');
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-cine-en.png' });
  await page.locator('.tabs__close').click();

  await list.getByText('ECG de repos.dcm').click();
  await expect(page.getByTestId('document-error')).toHaveAttribute('data-problem', 'waveform');
  await expect(page.getByTestId('document-error')).toContainText('is a waveform (modality ECG)');
  expect(problems).toEqual([]);
});

test('a structured report reads as text; a DICOM-encapsulated PDF opens in the PDF viewer', async ({ page, preview }) => {
  const problems = watchConsole(page);
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106', 'offered');
  const list = page.getByTestId('document-list');
  await expect(list.locator('[data-kind="dicom"][data-state="available"]')).toHaveCount(4, { timeout: 60_000 });

  await list.getByText('CT findings (structured report)').click();
  const report = page.getByTestId('structured-report');
  await expect(report).toContainText('Diagnostic Imaging Report');
  await expect(report).toContainText('Long axis: 30 mm');
  await expect(report).toContainText('Impression: 30 mm suspicious right lower lobe nodule');
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-sr-en.png' });
  await page.locator('.tabs__close').click();

  await list.getByText('CT report (DICOM PDF)').click();
  await expect(page.getByTestId('pdf-viewer')).toHaveAttribute('data-pages', '1');
  await expect(page.locator('.pdf-page').first()).toContainText('Delivered by the imaging centre as a DICOM file');
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
