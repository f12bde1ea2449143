// Reading like a radiologist (issue 22, items 2, 3 and 6): the demo case's CT opens beside last
// year's, linked by position (their slices fall between each other, so matching by index would be
// wrong), Shift aligns them by hand and the offset is kept for the case; the brain MR opens as the
// hanging protocol lays it out (its four sequences), the active axial slice is drawn on the
// sagittal localizer at its height, and the 3D cursor sends every viewport to the point clicked.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openUnlocked, openCase, openImaging, shoot, toFrench, toolbarControl } from './fixtures';
import { BRAIN_AXIAL, BRAIN_LOCALIZER } from '../../platform/demo/brain-mr';
import { imagePixelToPage } from './phantom-geometry';

/** The slice location a viewport's overlay shows ("Loc: -12.5 mm" / "Pos : -12,5 mm"). */
async function locationOf(viewport: Locator): Promise<number> {
  const text = (await viewport.getByTestId('dicom-overlay').textContent()) ?? '';
  const match = /(-?\d+(?:[.,]\d+)?) mm/.exec(text.slice(text.indexOf(':', text.search(/Loc|Pos/))));
  return Number(match?.[1]?.replace(',', '.') ?? Number.NaN);
}

async function expectPixel(mark: Locator, x: number, y: number) {
  const [px, py] = ((await mark.getAttribute('data-pixel')) ?? '').split(',').map(Number);
  expect(Math.abs((px ?? Number.NaN) - x)).toBeLessThan(0.5);
  expect(Math.abs((py ?? Number.NaN) - y)).toBeLessThan(0.5);
}

async function wheel(page: Page, viewport: Locator, steps: number, shift = false) {
  const box = (await viewport.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  if (shift) await page.keyboard.down('Shift');
  for (let i = 0; i < Math.abs(steps); i++) await page.mouse.wheel(0, steps > 0 ? 100 : -100);
  if (shift) await page.keyboard.up('Shift');
}

test('a CT opens beside last year’s, linked by position; Shift aligns them and the offset is kept for the case', async ({ page, preview }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  await expect(page.locator('[data-testid="document-list-item"]', { hasText: 'CT thorax 2025' })).toHaveAttribute('data-state', 'available', {
    timeout: 90_000,
  });
  await openImaging(page, 'CT thorax-abdomen');
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-layout', '1x2');
  await expect(viewer).toHaveAttribute('data-protocol', 'ct-with-prior');
  const [current, prior] = [page.getByTestId('dicom-viewport').nth(0), page.getByTestId('dicom-viewport').nth(1)];
  await expect(current.getByTestId('dicom-overlay')).toContainText('Axial 1.25 mm');
  await expect(prior.getByTestId('dicom-overlay')).toContainText('Axial 5 mm');
  await expect(current.getByTestId('viewport-link')).toHaveText('Linked');
  await expect(prior.getByTestId('viewport-link')).toHaveText('Linked');

  // This year's CT scrolled: last year's follows to the slice at the same position (5 mm slices: within 2.5 mm).
  await wheel(page, current, 30);
  await expect(current).toHaveAttribute('data-index', '31');
  await expect.poll(async () => Math.abs((await locationOf(current)) - (await locationOf(prior)))).toBeLessThanOrEqual(2.5);
  const at = await locationOf(current);
  expect(Math.abs(at - (136.25 - 30 * 1.25))).toBeLessThan(0.1);
  // Last year's scrolled: this year's follows (1.25 mm slices: within 0.625 mm), not by index.
  await wheel(page, prior, 12);
  await expect.poll(async () => Math.abs((await locationOf(current)) - (await locationOf(prior)))).toBeLessThanOrEqual(0.625 + 0.05);
  expect(Number(await current.getAttribute('data-index'))).toBeGreaterThan(31 + 12);

  // At the nodule (this year's image 110, z = 0): 30 mm now, 20 mm last year, side by side.
  await wheel(page, current, 110 - Number(await current.getAttribute('data-index')));
  await expect(current).toHaveAttribute('data-index', '110');
  await expect.poll(() => locationOf(prior)).toBe(1.9);
  await shoot(page, 'dicom-compare-nodule-en');

  // Aligning by hand: Shift scrolls last year's alone, two slices (10 mm); the offset is shown and then followed.
  const before = await locationOf(prior);
  await wheel(page, prior, 2, true);
  await expect.poll(async () => Math.abs((await locationOf(prior)) - (before - 10))).toBeLessThan(0.1);
  await expect(prior.getByTestId('viewport-link')).toHaveAttribute('data-offset', /^-?\d/);
  await wheel(page, current, -8);
  await expect.poll(async () => (await locationOf(prior)) - (await locationOf(current))).toBeLessThanOrEqual(-10 + 2.5 + 0.7);
  await expect.poll(async () => (await locationOf(prior)) - (await locationOf(current))).toBeGreaterThanOrEqual(-10 - 2.5 - 0.7);
  await expect(prior.getByTestId('viewport-link')).toContainText(/offset \+?-?\d+\.\d mm/);

  // Window/level linked too: a preset on this year's reaches last year's.
  await (await toolbarControl(page, 'link-options')).click();
  await page.getByTestId('link-window').check();
  await page.keyboard.press('Escape');
  await current.click();
  await page.keyboard.press('2'); // lung window
  await expect(prior.getByTestId('dicom-wl')).toHaveText('W: 1500 L: -600');
  await shoot(page, 'dicom-compare-en');

  // Kept for the case: closed and opened again, the viewer is as the expert left it, offset included.
  await page.locator('.tabs__close').click();
  await openImaging(page, 'CT thorax-abdomen');
  await expect(viewer).toHaveAttribute('data-layout', '1x2');
  await expect(page.getByTestId('dicom-viewport').nth(1).getByTestId('viewport-link')).toContainText(/offset/);
  await expect(viewer).not.toHaveAttribute('data-protocol', /./);

  // Unlinking the active viewport: the other stays where it was.
  await current.click();
  await (await toolbarControl(page, 'dicom-link')).click();
  const priorAt = await prior.getAttribute('data-index');
  await wheel(page, current, 5);
  await expect(current.getByTestId('viewport-link')).toHaveCount(0);
  expect(await prior.getAttribute('data-index')).toBe(priorAt);
  await toFrench(page);
  await expect(await toolbarControl(page, 'dicom-compare')).toHaveText('Comparer');
  await page.keyboard.press('Escape');
  await shoot(page, 'dicom-compare-fr');
});

test('an MR opens as its four sequences; the axial slice is drawn on the localizer; the 3D cursor moves every viewport', async ({ page, preview }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0111', 'offered');
  await expect(page.locator('[data-testid="document-list-item"]', { hasText: 'Localizer sag' })).toHaveAttribute('data-state', 'available', {
    timeout: 60_000,
  });
  await openImaging(page, 'MR brain/Ax FLAIR');
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-layout', '2x2');
  await expect(viewer).toHaveAttribute('data-protocol', 'mr-sequences');
  const viewports = page.getByTestId('dicom-viewport');
  const sequences = ['Ax T1 SE', 'Ax T2 TSE', 'Ax FLAIR', 'Ax DWI b1000'];
  for (const [i, name] of sequences.entries()) await expect(viewports.nth(i).getByTestId('dicom-overlay')).toContainText(name);
  // The FLAIR opened is the active viewport.
  await expect(viewports.nth(2)).toHaveAttribute('data-active', 'true');
  await shoot(page, 'dicom-hanging-mr-en');

  // The localizer in place of the diffusion, then the T1 active and moved to slice 8 (z = -20 mm).
  await viewports.nth(3).click();
  await page.getByTestId('series-thumbnail').filter({ hasText: 'Localizer sag' }).click();
  await expect(viewports.nth(3).getByTestId('dicom-overlay')).toContainText('Localizer sag');
  await viewports.nth(0).click();
  await wheel(page, viewports.nth(0), 7);
  await expect(viewports.nth(0)).toHaveAttribute('data-index', '8');
  // Linked by the protocol: T2 and FLAIR follow the T1.
  await expect(viewports.nth(1)).toHaveAttribute('data-index', '8');
  await expect(viewports.nth(2)).toHaveAttribute('data-index', '8');
  // Slices run head first: slice 8 of 24 from z = 60 mm is at 60 − 7 × 5 = 25 mm.
  const z = BRAIN_AXIAL.firstZ + (BRAIN_AXIAL.slices - 8) * BRAIN_AXIAL.gapMm;
  const line = viewports.nth(3).getByTestId('reference-line');
  await expect(line).toHaveCount(1);
  const row = BRAIN_LOCALIZER.size / 2 - z / BRAIN_LOCALIZER.spacingMm;
  const ends = [await line.getAttribute('data-from'), await line.getAttribute('data-to')].sort();
  expect(ends).toEqual([`-0.5,${row.toFixed(1)}`, `255.5,${row.toFixed(1)}`]);
  // Drawn where that row is on the screen.
  const drawn = (await line.boundingBox())!;
  const expected = await imagePixelToPage(viewports.nth(3), BRAIN_LOCALIZER.size, BRAIN_LOCALIZER.size, 128, row);
  expect(Math.abs(drawn.y + drawn.height / 2 - expected.y)).toBeLessThan(3);

  // The 3D cursor: a click on the localizer at z = -20 mm (row 148) sends the axial series to that slice.
  await page.keyboard.press('x');
  await expect(await toolbarControl(page, 'tool-crosshair')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  const target = await imagePixelToPage(viewports.nth(3), BRAIN_LOCALIZER.size, BRAIN_LOCALIZER.size, 133, 148);
  await page.mouse.click(target.x, target.y);
  const slice = String(BRAIN_AXIAL.slices - (-20 - BRAIN_AXIAL.firstZ) / BRAIN_AXIAL.gapMm);
  for (const i of [0, 1, 2]) await expect(viewports.nth(i)).toHaveAttribute('data-index', slice);
  await expect(viewports.nth(0).getByTestId('dicom-overlay')).toContainText('Loc: -20.0 mm');
  // And marks the point on each: x = 0 mm, y = 5 mm, at 1.2 mm per pixel from -115.2 mm.
  // (Within half a pixel: the click lands on a screen pixel.)
  await expectPixel(viewports.nth(2).getByTestId('cursor-3d'), 96, 100.17);
  await expectPixel(viewports.nth(3).getByTestId('cursor-3d'), 133, 148);
  await shoot(page, 'dicom-reference-lines-en');
  await toFrench(page);
  await expect(await toolbarControl(page, 'tool-crosshair')).toHaveText('Curseur 3D');
  await page.keyboard.press('Escape');
  await shoot(page, 'dicom-reference-lines-fr');
});
