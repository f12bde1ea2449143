// Reading mode (issue 22, items 1, 2 in part and 5): the documents take the whole window — from the button, the
// key, a double-click on the image — and Esc returns; the case file and the report slide over the
// viewer on Alt+1 / Alt+3 (AZERTY's Alt+& / Alt+"), so the image keeps its size, and a draft typed
// there survives. The image keeps its zoom as panels open and close; the toolbar is one row whose
// tooltips name the expert's keys.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openUnlocked, openCase, openImaging, shoot, toFrench, azerty, toolbarControl, oneViewport } from './fixtures';

async function zoomShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('dicom-overlay').textContent()) ?? '';
  return Number(/Zoom: (\d+) %/.exec(text)?.[1] ?? Number.NaN);
}

async function widthOf(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.width ?? 0;
}

test('reading mode: the whole window for the images, the case file and report a key away, Esc back', async ({ page, preview }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  await openImaging(page, 'CT thorax-abdomen');
  await oneViewport(page);
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-pixel-sum', /\d+/);
  const viewport = page.getByTestId('dicom-viewport');
  const workspace = page.getByTestId('case-workspace');

  // The toolbar is one row, whatever the pane's width; the tools name their keys.
  const toolbar = page.locator('.dicom-toolbar');
  const rowHeight = (await toolbar.boundingBox())?.height ?? 0;
  expect(rowHeight).toBeLessThan(48);
  await expect(page.getByTestId('tool-length')).toHaveAttribute('title', 'Length (L)');
  await expect(page.getByTestId('tool-length')).toHaveAttribute('aria-keyshortcuts', 'L');

  // The series strip groups the case's three studies, the newest (the CT of September) first, last year's CT last.
  const studies = page.getByTestId('study-group');
  await expect(studies).toHaveCount(3);
  await expect(studies.nth(2)).toHaveAttribute('data-study-date', '2025-09-10');
  await expect(studies.nth(0)).toHaveAttribute('data-study-date', '2026-09-15');
  await expect(studies.nth(0).getByTestId('study-date')).toHaveText('Sep 15, 2026');
  await expect(studies.nth(0)).toContainText('CT THORAX ABDOMEN');
  await expect(studies.nth(1)).toHaveAttribute('data-study-date', '2026-08-20');
  await expect(studies.nth(1).getByTestId('series-thumbnail')).toContainText('DX');

  // The orientation markers: the axial CT as radiologists read it, then turned and flipped.
  await viewport.click();
  const marker = (edge: string) => page.getByTestId(`orientation-${edge}`);
  await expect(marker('top')).toHaveText('A');
  await expect(marker('left')).toHaveText('R');
  await expect(marker('right')).toHaveText('L');
  await expect(marker('bottom')).toHaveText('P');
  await expect(marker('left')).toHaveAttribute('title', 'right');
  await page.keyboard.press('r');
  await expect(marker('top')).toHaveText('R');
  await expect(marker('right')).toHaveText('A');
  // A flip after a quarter turn mirrors the image along its own rows: left and right of the patient swap.
  await page.keyboard.press('h');
  await expect(marker('top')).toHaveText('L');
  await expect(marker('bottom')).toHaveText('R');
  await expect(marker('right')).toHaveText('A');
  await page.keyboard.press('h');
  for (let i = 0; i < 3; i++) await page.keyboard.press('r');
  await expect(marker('top')).toHaveText('A');

  // The expert zooms; the zoom then stays through every change of the layout.
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const zoom = await zoomShown(page);
  expect(zoom).toBeGreaterThan(100);
  const narrow = await widthOf(viewport);

  // The key: the documents take the window, the side panes are gone, the toolbar unfolds.
  await page.keyboard.press('f');
  await expect(workspace).toHaveAttribute('data-reading', 'true');
  await expect(page.getByTestId('report-pane')).toBeHidden();
  await expect(page.getByTestId('case-file-pane')).toBeHidden();
  await expect.poll(() => widthOf(viewport)).toBeGreaterThan(narrow + 400);
  await expect.poll(() => zoomShown(page)).toBe(zoom);
  await expect(page.getByTestId('reading-mode')).toHaveAttribute('aria-pressed', 'true');
  const wide = await widthOf(viewport);

  // Alt+1 (AZERTY: Alt+&) shows the case file over the images, which do not move.
  await azerty(page, '&', 'Digit1', { alt: true });
  await expect(page.getByTestId('case-file-pane')).toBeVisible();
  await expect(page.getByTestId('case-file-pane')).toContainText('The patient’s questions');
  expect(await widthOf(viewport)).toBe(wide);
  await shoot(page, 'reading-case-file-en');
  // Esc closes it, and a second Esc leaves reading mode.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('case-file-pane')).toBeHidden();
  await expect(workspace).toHaveAttribute('data-reading', 'true');

  // Alt+3 (AZERTY: Alt+") the report: what is typed there stays when reading mode ends.
  await azerty(page, '"', 'Digit3', { alt: true });
  const report = page.getByTestId('report-pane');
  await expect(report).toBeVisible();
  const answer = report.locator('textarea').first();
  await answer.fill('No biopsy before surgery: the PET and the CT are concordant.');
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  await shoot(page, 'reading-mode-en');
  await page.keyboard.press('Escape');
  await expect(workspace).not.toHaveAttribute('data-reading', 'true');
  await expect(report).toBeVisible();
  await expect(answer).toHaveValue('No biopsy before surgery: the PET and the CT are concordant.');
  await expect.poll(() => zoomShown(page)).toBe(zoom);

  // A double-click on the image (with a tool that draws nothing) enters it; the button leaves it.
  await viewport.dblclick();
  await expect(workspace).toHaveAttribute('data-reading', 'true');
  await page.getByTestId('reading-mode').click();
  await expect(workspace).not.toHaveAttribute('data-reading', 'true');

  // In French, on an AZERTY keyboard.
  await toFrench(page);
  await azerty(page, 'f', 'KeyF');
  await expect(workspace).toHaveAttribute('data-reading', 'true');
  await expect(page.getByTestId('reading-mode')).toHaveText('Quitter le plein écran');
  await expect(page.getByTestId('tool-length')).toHaveAttribute('title', 'Longueur (L)');
  await expect(marker('left')).toHaveAttribute('title', 'droite');
  await expect(studies.nth(0).getByTestId('study-date')).toHaveText('15 sept. 2026');
  await shoot(page, 'reading-mode-fr');
  await azerty(page, '"', 'Digit3', { alt: true });
  await expect(report).toBeVisible();
  await shoot(page, 'reading-report-fr');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(workspace).not.toHaveAttribute('data-reading', 'true');
  // Fit is the expert's reset: the image fits the pane again.
  await page.setViewportSize({ width: 1280, height: 800 });
  await (await toolbarControl(page, 'dicom-fit')).click();
  await expect.poll(() => zoomShown(page)).not.toBe(zoom);
});
