// A decoded frame's greyscale values as the typed array of their kind, over the buffer the worker
// sent (no copy): for the image loader and for the worker's digest alike.
import type { PixelKind } from './protocol';

const ARRAYS: Record<PixelKind, (buffer: ArrayBuffer) => ArrayLike<number>> = {
  uint8: (b) => new Uint8Array(b),
  int8: (b) => new Int8Array(b),
  uint16: (b) => new Uint16Array(b),
  int16: (b) => new Int16Array(b),
  uint32: (b) => new Uint32Array(b),
  int32: (b) => new Int32Array(b),
};

export function pixelArray(kind: PixelKind, buffer: ArrayBuffer): ArrayLike<number> {
  return ARRAYS[kind](buffer);
}
