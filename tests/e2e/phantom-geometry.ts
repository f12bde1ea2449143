// Where a point of the demo CT phantom (in patient millimetres) appears on the page, for a viewport
// that shows the 512×512 image fitted and centred (its default view).
import type { Locator } from '@playwright/test';
import { CT_PIXEL_SPACING_MM } from '../../platform/demo/phantoms';

const SIZE = 512;
const ORIGIN_MM = -(SIZE / 2) * CT_PIXEL_SPACING_MM;

export async function phantomToPage(viewport: Locator) {
  const box = (await viewport.locator('canvas').boundingBox())!;
  const scale = Math.min(box.width / SIZE, box.height / SIZE);
  const toPixel = (mm: number) => (mm - ORIGIN_MM) / CT_PIXEL_SPACING_MM;
  return (xMm: number, yMm: number) => ({
    x: box.x + box.width / 2 + (toPixel(xMm) - SIZE / 2) * scale,
    y: box.y + box.height / 2 + (toPixel(yMm) - SIZE / 2) * scale,
  });
}

/** Where the centre of pixel (x, y) of a `width` × `height` image, shown fitted and centred with square pixels, appears on the page. */
export async function imagePixelToPage(viewport: Locator, width: number, height: number, x: number, y: number) {
  const box = (await viewport.locator('canvas').boundingBox())!;
  const scale = Math.min(box.width / width, box.height / height);
  return { x: box.x + box.width / 2 + (x + 0.5 - width / 2) * scale, y: box.y + box.height / 2 + (y + 0.5 - height / 2) * scale };
}
