// MPR (issue 22, item 4): the demo CT forms a volume; its axial, coronal and sagittal planes are cut
// in a worker and linked by a crosshair; a point clicked on the nodule shows it on the three planes
// at the phantom's known coordinates, and a length across it on the coronal plane measures its
// known 30 mm. A series that is not a volume (the chest X-ray) says why MPR is not offered.
import { test, expect, openUnlocked, openCase, openImaging, oneViewport, shoot, toFrench, toolbarControl } from './fixtures';
import { imagePixelToPage } from './phantom-geometry';
import { CT_LESION, CT_PIXEL_SPACING_MM } from '../../platform/demo/phantoms';

const SIZE = 512;
const ORIGIN_MM = -(SIZE / 2) * CT_PIXEL_SPACING_MM;
const column = (xMm: number) => (xMm - ORIGIN_MM) / CT_PIXEL_SPACING_MM;

test('MPR of the demo CT: the nodule on the three planes at its coordinates, 30 mm across on the coronal plane', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  await openImaging(page, 'CT thorax-abdomen');
  await oneViewport(page);

  // The chest X-ray is one image: MPR is not offered, and the button says why.
  await page.getByTestId('series-thumbnail').filter({ hasText: 'DX' }).click();
  const unavailable = await toolbarControl(page, 'dicom-mpr');
  await expect(unavailable).toBeDisabled();
  await expect(unavailable).toHaveAttribute('title', /too few slices/);
  await page.keyboard.press('Escape');
  await page.getByTestId('series-thumbnail').filter({ hasText: 'Axial 1.25 mm' }).click();

  await page.keyboard.press('f');
  await (await toolbarControl(page, 'dicom-mpr')).click();
  const mpr = page.getByTestId('mpr');
  await expect(mpr).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const [axial, coronal, sagittal] = [page.getByTestId('mpr-axial'), page.getByTestId('mpr-coronal'), page.getByTestId('mpr-sagittal')];
  // The axial plane opens at the middle slice, z = 0 mm: the nodule's centre.
  await expect(axial.getByTestId('dicom-overlay')).toContainText('Loc: 0.0 mm');

  // A click on the nodule's centre (x = -60 mm, y = 20 mm) on the axial plane.
  const target = { x: Math.round(column(CT_LESION.centerX)), y: Math.round(column(CT_LESION.centerY)) };
  const at = await imagePixelToPage(axial, SIZE, SIZE, target.x, target.y);
  await page.mouse.click(at.x, at.y);
  await expect(axial).toHaveAttribute('data-crosshair', `${target.x},${target.y}`);
  // The coronal plane through y = 20 mm and the sagittal through x = -60 mm both cross the nodule (75 HU; lung is -820).
  for (const plane of [axial, coronal, sagittal]) {
    await expect.poll(async () => Number(await plane.getAttribute('data-value'))).toBeGreaterThan(45);
    expect(Number(await plane.getAttribute('data-value'))).toBeLessThan(105);
  }
  await expect(coronal.getByTestId('dicom-overlay')).toContainText(`Loc: ${(ORIGIN_MM + target.y * CT_PIXEL_SPACING_MM).toFixed(1)} mm`);
  await expect(sagittal.getByTestId('dicom-overlay')).toContainText(`Loc: ${(ORIGIN_MM + target.x * CT_PIXEL_SPACING_MM).toFixed(1)} mm`);

  // A length across the nodule on the coronal plane, along the row of z = 0 (the crosshair's).
  await page.keyboard.press('l');
  const box = (await coronal.locator('canvas').boundingBox())!;
  const vertical = (await coronal.getByTestId('mpr-vertical').boundingBox())!;
  const horizontal = (await coronal.getByTestId('mpr-horizontal').boundingBox())!;
  const centreX = box.x + box.width / 2;
  const perColumn = (vertical.x + vertical.width / 2 - centreX) / (target.x + 0.5 - SIZE / 2);
  const toX = (c: number) => centreX + (c + 0.5 - SIZE / 2) * perColumn;
  const y = horizontal.y + horizontal.height / 2;
  const radius = CT_LESION.diameterMm / 2;
  await page.mouse.move(toX(column(CT_LESION.centerX - radius)), y);
  await page.mouse.down();
  await page.mouse.move(toX(column(CT_LESION.centerX + radius)), y, { steps: 5 });
  await page.mouse.up();
  const label = (await coronal.getByTestId('mpr-length').textContent()) ?? '';
  const mm = Number(/Length ([\d.]+) mm/.exec(label)?.[1]);
  expect(mm).toBeGreaterThan(29.3);
  expect(mm).toBeLessThan(30.7);
  await shoot(page, 'dicom-mpr-en');
  await page.keyboard.press('f'); // out of reading mode, to the language switch
  await toFrench(page);
  await expect(coronal.getByTestId('dicom-overlay')).toContainText('Coronal');
  await expect(page.getByTestId('mpr-status')).toContainText('Volume de 220 coupes');
  await shoot(page, 'dicom-mpr-fr');
  // U leaves MPR for the stack.
  await page.keyboard.press('u');
  await expect(mpr).toBeHidden();
  await expect(page.getByTestId('dicom-viewport')).toBeVisible();
});
