// RLE Lossless (PS3.5 Annex G): a 64-byte header of up to 15 segment offsets, each segment a
// PackBits run of one byte plane (for each sample, the most significant byte first). Decoded into
// interleaved little-endian samples. Hand-written: it is twenty lines of the standard, and no
// maintained package decodes it outside a whole image loader.
import type { FrameInfo } from './frame-info';
import { DecodeFailure } from './decode-failure';
import { typed, type Samples } from './native';

export function decodeRle(frame: Uint8Array, info: FrameInfo): Samples {
  const width = info.bitsAllocated <= 8 ? 1 : info.bitsAllocated <= 16 ? 2 : 4;
  const pixels = info.rows * info.columns;
  const planes = info.samplesPerPixel * width;
  if (frame.length < 64) throw new DecodeFailure('damaged');
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const segments = view.getUint32(0, true);
  if (segments !== planes) throw new DecodeFailure('damaged');
  const out = new Uint8Array(pixels * planes);
  for (let s = 0; s < segments; s++) {
    const start = view.getUint32(4 + s * 4, true);
    const end = s + 1 < segments ? view.getUint32(8 + s * 4, true) : frame.length;
    if (start < 64 || end > frame.length || start > end) throw new DecodeFailure('damaged');
    const sample = Math.floor(s / width);
    const byte = width - 1 - (s % width); // segments go from the most significant byte down
    unpack(frame, start, end, out, sample * width + byte, planes, pixels);
  }
  return typed(out.buffer, width, info);
}

/** PackBits into every `stride`-th byte of `out` from `offset`, `count` bytes at most. */
function unpack(src: Uint8Array, start: number, end: number, out: Uint8Array, offset: number, stride: number, count: number): void {
  let written = 0;
  let i = start;
  while (i < end && written < count) {
    const n = ((src[i++] ?? 0) << 24) >> 24; // signed header byte
    if (n >= 0) {
      for (let k = 0; k <= n && i < end && written < count; k++) out[offset + stride * written++] = src[i++] ?? 0;
    } else if (n !== -128) {
      const value = src[i++] ?? 0;
      for (let k = 0; k < 1 - n && written < count; k++) out[offset + stride * written++] = value;
    }
  }
  if (written < count) throw new DecodeFailure('damaged');
}
