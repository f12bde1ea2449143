// VOI LUT Function (PS3.3 C.11.2.1.3): the file says how its window maps values to grey. LINEAR
// and LINEAR_EXACT are cornerstone's own window; SIGMOID (used by some mammography and DR
// vendors) is a logistic curve around the window centre, which cornerstone-core does not know, so
// it is handed to cornerstone as a VOI lookup table built for the current window, and built again
// when the expert changes the window.
import type { LookupTable } from './decode/protocol';

/** Past this many modality values a table costs more than the image (32-bit dose): the window stays linear. */
export const MAX_SIGMOID_ENTRIES = 65_536;

export interface SigmoidLut extends LookupTable {
  /** cornerstone compares tables by id to know when its cached rendering is stale. */
  id: string;
}

/**
 * The SIGMOID output for one modality value, 0–255: 255 / (1 + exp(−4 (x − c) / w)), the
 * standard's formula with the output range of an 8-bit display.
 */
export function sigmoid(value: number, center: number, width: number): number {
  return 255 / (1 + Math.exp((-4 * (value - center)) / Math.max(1, width)));
}

/**
 * The table of the SIGMOID function over the image's modality values [low, high] for a window;
 * null when the range is too wide for a table (the caller keeps the linear window and says so).
 */
export function sigmoidLut(center: number, width: number, low: number, high: number): SigmoidLut | null {
  const first = Math.floor(low);
  const count = Math.floor(high) - first + 1;
  if (!Number.isFinite(count) || count < 1 || count > MAX_SIGMOID_ENTRIES) return null;
  const lut = new Array<number>(count + 1);
  for (let i = 0; i < count; i++) lut[i] = Math.round(sigmoid(first + i, center, width));
  // cornerstone infers a table's bits per entry from its largest entry (vendors' headers lie), so
  // a dark image's table would be read as 7 bits and shifted wrong: one entry past the image's
  // highest value, which no pixel reaches, holds 255 and keeps it at 8 bits.
  lut[count] = 255;
  return { id: `sigmoid:${center}:${width}:${first}:${count}`, firstValueMapped: first, numBitsPerEntry: 8, lut };
}

/** What the VOI choice reads off an image (a cornerstone image from our loader). */
export interface VoiImage {
  color: boolean;
  minPixelValue: number;
  maxPixelValue: number;
  slope: number;
  intercept: number;
  windowCenter?: number | number[];
  windowWidth?: number | number[];
  voiFunction: 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';
  modalityLUT?: LookupTable;
  voiLUT?: LookupTable;
}

/** The image's modality values' range: through its Modality LUT if it has one, else its rescale. */
function modalityRange(image: VoiImage): { low: number; high: number } {
  const table = image.modalityLUT?.lut;
  if (table && table.length > 0) {
    let low = Infinity;
    let high = -Infinity;
    for (const v of table) {
      if (v < low) low = v;
      if (v > high) high = v;
    }
    return { low, high };
  }
  const a = image.minPixelValue * image.slope + image.intercept;
  const b = image.maxPixelValue * image.slope + image.intercept;
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/**
 * The VOI table the viewport applies for this image and window: the file's own VOI LUT while the
 * window is the file's default (an expert who changes the window leaves it, as OHIF does), the
 * SIGMOID table when the file asks for that function, else none (cornerstone's linear window).
 * Always this image's own: a table must never carry over from the previous image of the stack.
 */
export function voiLutFor(image: VoiImage, voi: { windowWidth: number; windowCenter: number }): LookupTable | undefined {
  const isDefault = voi.windowWidth === image.windowWidth && voi.windowCenter === image.windowCenter;
  if (image.voiLUT && isDefault) return image.voiLUT;
  if (image.voiFunction !== 'SIGMOID' || image.color) return undefined;
  const { low, high } = modalityRange(image);
  return sigmoidLut(voi.windowCenter, voi.windowWidth, low, high) ?? undefined;
}
