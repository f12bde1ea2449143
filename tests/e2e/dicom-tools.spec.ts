// The DICOM viewer's other tools on the demo CT phantom, whose geometry and densities are known:
// an angle between two drawn arms, an elliptical ROI inside the lesion (its area from the pixel
// spacing, its mean in Hounsfield units), a probe; a key image; the 2×2 layout with one series per
// viewport; flips and cine. Measurements and key images are still there after a reload.
import type { Page } from '@playwright/test';
import { test, expect, openUnlocked, openCase, openImaging, toolbarControl, oneViewport } from './fixtures';
import { phantomToPage } from './phantom-geometry';

async function openCt(page: Page) {
  await openCase(page, 'SMO-2026-0106');
  await openImaging(page, 'CT thorax-abdomen');
  await oneViewport(page);
  await expect(page.getByTestId('dicom-viewer')).toHaveAttribute('data-pixel-sum', /\d+/);
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** The numbers of a measurement row's text, in order. */
async function numbersOf(page: Page, kind: string): Promise<number[]> {
  const text = (await page.locator(`[data-testid="measurement-row"][data-kind="${kind}"] .link-button`).textContent()) ?? '';
  return [...text.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

test('angle, elliptical ROI and probe on the phantom; key image; 2×2 layout; flips and cine', async ({ page, preview }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await openUnlocked(page, preview);
  await openCt(page);
  const viewport = page.getByTestId('dicom-viewport');
  await viewport.click();
  // Image 110 is the slice through the lesion's centre (z = 0).
  await page.keyboard.press('End');
  for (let i = 0; i < 110; i++) await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('dicom-image-number')).toHaveText('Im: 110/220');
  // The measurements list grows under the viewport as rows are added: map the phantom afresh each time.
  let at = await phantomToPage(viewport);

  // Angle: an arm to the left, then one straight down: 90°.
  await page.keyboard.press('a');
  await expect(page.getByTestId('tool-angle')).toHaveAttribute('aria-pressed', 'true');
  await drag(page, at(-20, -40), at(20, -40));
  await page.mouse.move(at(20, 0).x, at(20, 0).y, { steps: 3 });
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.locator('[data-testid="measurement-row"][data-kind="angle"]')).toHaveCount(1);
  const [angle] = await numbersOf(page, 'angle');
  expect(Math.abs((angle ?? 0) - 90)).toBeLessThan(1.5);

  // Ellipse: a 20 mm circle inside the 30 mm lesion (75 HU ± 12 of uniform noise: SD ≈ 6.9 HU).
  await page.getByTestId('measure-tools').click();
  await page.getByTestId('measure-tool-ellipse').click();
  await expect(page.getByTestId('tool-ellipse')).toHaveAttribute('aria-pressed', 'true');
  at = await phantomToPage(viewport);
  await drag(page, at(-70, 10), at(-50, 30));
  await expect(page.locator('[data-testid="measurement-row"][data-kind="ellipse"]')).toHaveCount(1);
  const [area, mean, sd] = await numbersOf(page, 'ellipse');
  expect(Math.abs((area ?? 0) - Math.PI * 100) / (Math.PI * 100)).toBeLessThan(0.05);
  expect(mean).toBeGreaterThan(72);
  expect(mean).toBeLessThan(78);
  expect(sd).toBeGreaterThan(4);
  expect(sd).toBeLessThan(10);
  await expect(page.locator('[data-testid="measurement-row"][data-kind="ellipse"]')).toContainText('HU');

  // Probe in the lung: -820 HU ± 12.
  await page.keyboard.press('p');
  at = await phantomToPage(viewport);
  await page.mouse.click(at(-75, -10).x, at(-75, -10).y);
  await expect(page.locator('[data-testid="measurement-row"][data-kind="probe"]')).toContainText(' HU');
  const [probe] = await numbersOf(page, 'probe');
  expect(Math.abs((probe ?? 0) + 820)).toBeLessThanOrEqual(12);
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-tools-en.png' });
  // The three labels stay inside the viewport and clear of one another.
  const labels = viewport.getByTestId('measurement-label');
  await expect(labels).toHaveCount(3);
  const frame = (await viewport.boundingBox())!;
  const boxes = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom })));
  for (const box of boxes) {
    expect(box.l).toBeGreaterThanOrEqual(frame.x - 1);
    expect(box.r).toBeLessThanOrEqual(frame.x + frame.width + 1);
    expect(box.t).toBeGreaterThanOrEqual(frame.y - 1);
    expect(box.b).toBeLessThanOrEqual(frame.y + frame.height + 1);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b).toBe(false);
  }

  // Key image: marked with M, shown in the strip.
  await page.keyboard.press('m');
  await expect(page.getByTestId('key-image')).toHaveCount(1);
  await expect(page.getByTestId('key-image')).toContainText('image 110');
  await expect(await toolbarControl(page, 'key-image-toggle')).toHaveAttribute('aria-pressed', 'true');

  // Flips and cine move the picture, not the measurements' values.
  const pixelSum = await page.getByTestId('dicom-viewer').getAttribute('data-pixel-sum');
  await page.keyboard.press('Escape');
  await page.keyboard.press('w');
  await (await toolbarControl(page, 'dicom-flip-h')).click();
  await (await toolbarControl(page, 'dicom-cine')).click();
  await expect(page.getByTestId('dicom-overlay')).toContainText('Cine: 15 img/s');
  await expect(page.getByTestId('dicom-image-number')).not.toHaveText('Im: 110/220');
  await (await toolbarControl(page, 'dicom-cine')).click();
  await expect(page.getByTestId('dicom-overlay')).not.toContainText('Cine:');
  expect(pixelSum).toMatch(/\d+/);

  // 2×2: four viewports, one series each; the series strip fills the active one.
  await (await toolbarControl(page, 'layout-2x2')).click();
  await expect(page.getByTestId('dicom-viewport')).toHaveCount(4);
  await page.getByTestId('dicom-viewport').nth(1).click();
  await page.getByTestId('series-thumbnail').filter({ hasText: 'DX' }).click();
  await expect(page.getByTestId('dicom-viewport').nth(1)).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('dicom-viewport').nth(0)).toHaveAttribute('data-count', '220');
  await page.screenshot({ path: 'test-results/screens/workspace-dicom-2x2-en.png' });

  // After a reload: the three measurements and the key image are still there; a click on the key
  // image brings its slice back.
  await page.reload();
  await openImaging(page, 'CT thorax-abdomen');
  await oneViewport(page);
  await expect(page.getByTestId('measurement-row')).toHaveCount(3);
  await page.getByTestId('key-image').click();
  await expect(page.getByTestId('dicom-image-number')).toHaveText('Im: 110/220');
  expect(problems).toEqual([]);
});
