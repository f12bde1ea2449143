// cornerstone-core's image loader for `smo:` image ids: each frame decoded in the app's own
// workers (decode-pool.ts) and handed to cornerstone as an Image with the pipeline's data: the
// rescale (or Modality LUT), the file's windows and VOI LUT, MONOCHROME1 as an inverted default,
// the calibration and where it comes from. Colour arrives as RGBA.
import type { Image } from 'cornerstone-core';
import { contentUrl } from '../../content-url';
import { decodeFrame, DecodeError } from './decode-pool';
import { fileKeyOf, imageAddressOf } from './image-id';
import type { DecodedFrame } from './protocol';
import { pixelArray } from './pixel-array';

/** What the viewer reads off an image besides cornerstone's own fields. */
export interface SmoImage extends Image {
  /** The file's windows, the first one the default. */
  windows: DecodedFrame['windows'];
  voiFunction: DecodedFrame['voiFunction'];
  spacingSource: NonNullable<DecodedFrame['spacing']>['source'] | null;
  orientation: DecodedFrame['orientation'];
  decodeTimeInMS: number;
  /** The worker's time fetching and parsing the file for this frame (benchmarks). */
  loadTimeInMS: number;
  digest: DecodedFrame['digest'];
}

export function imageOf(imageId: string, frame: DecodedFrame): SmoImage {
  const pixels = frame.color ? new Uint8ClampedArray(frame.pixels) : pixelArray(frame.kind, frame.pixels);
  const first = frame.windows[0];
  // Without a window of its own, the values' whole range (in modality units).
  const low = frame.min * frame.slope + frame.intercept;
  const high = frame.max * frame.slope + frame.intercept;
  const image = {
    imageId,
    rows: frame.rows,
    columns: frame.columns,
    height: frame.rows,
    width: frame.columns,
    color: frame.color,
    rgba: frame.color,
    minPixelValue: frame.min,
    maxPixelValue: frame.max,
    slope: frame.slope,
    intercept: frame.intercept,
    windowCenter: first?.center ?? (frame.color ? 127.5 : (low + high) / 2),
    windowWidth: first?.width ?? (frame.color ? 256 : Math.max(1, high - low)),
    invert: frame.invert,
    rowPixelSpacing: frame.spacing?.row,
    columnPixelSpacing: frame.spacing?.column,
    sizeInBytes: frame.pixels.byteLength,
    getPixelData: () => pixels,
    windows: frame.windows,
    voiFunction: frame.voiFunction,
    spacingSource: frame.spacing?.source ?? null,
    orientation: frame.orientation,
    decodeTimeInMS: frame.decodeMs,
    loadTimeInMS: frame.loadMs,
    digest: frame.digest,
    ...(frame.modalityLut ? { modalityLUT: frame.modalityLut } : {}),
    ...(frame.voiLut ? { voiLUT: frame.voiLut } : {}),
  };
  return image;
}

/** The loader cornerstone calls for a `smo:` id; a failure rejects with the DecodeError's problem. */
export function loadSmoImage(imageId: string): { promise: Promise<SmoImage> } {
  const address = imageAddressOf(imageId);
  if (!address) return { promise: Promise.reject(new DecodeError('damaged')) };
  return { promise: decodeFrame(contentUrl(address.documentId), fileKeyOf(address), address.frame).then((frame) => imageOf(imageId, frame)) };
}
