// Uncompressed pixel data (PS3.5 §8): one frame cut out of the element, byte-swapped when the
// file is big endian, 1-bit images unpacked from their continuous bit stream (frames need not
// start on a byte), and samples returned in a typed array of the stored width and sign.
import type { FrameInfo } from './frame-info';
import { DecodeFailure } from './decode-failure';

export type Samples = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** Samples one frame holds: 4:2:2 stores two per pixel (Y Y Cb Cr for a pair of pixels). */
export function samplesPerFrame(info: FrameInfo): number {
  const pixels = info.rows * info.columns;
  if (info.photometric === 'YBR_FULL_422' || info.photometric === 'YBR_PARTIAL_422') return pixels * 2;
  return pixels * info.samplesPerPixel;
}

/**
 * One native frame's samples. `bytes` is the whole pixel data element's value; `swapUnit`: in a
 * big-endian file, the size of the words whose bytes are swapped, which the element's VR says (OW:
 * 16-bit words whatever the bits allocated, so a 32-bit value is two big-endian words, low word
 * first; OL and OF: 32 bits; OD: 64; OB: none), 1 when nothing is swapped.
 */
export function nativeFrame(bytes: Uint8Array, info: FrameInfo, frame: number, swapUnit: number): Samples {
  const count = samplesPerFrame(info);
  if (info.bitsAllocated === 1) {
    const source = swapUnit > 1 ? swapped(bytes, swapUnit) : bytes;
    const first = frame * count;
    if (Math.ceil((first + count) / 8) > source.length) throw new DecodeFailure('frame-missing');
    const out = new Uint8Array(count);
    // Bit 0 of each byte is the first pixel (PS3.5 §8.1.1).
    for (let i = 0; i < count; i++) {
      const bit = first + i;
      out[i] = ((source[bit >> 3] ?? 0) >> (bit & 7)) & 1;
    }
    return out;
  }
  const width = info.bitsAllocated <= 8 ? 1 : info.bitsAllocated <= 16 ? 2 : info.bitsAllocated <= 32 ? 4 : 8;
  const start = frame * count * width;
  if (start + count * width > bytes.length) throw new DecodeFailure('frame-missing');
  const slice: Uint8Array<ArrayBuffer> = bytes.slice(start, start + count * width);
  if (swapUnit > 1) swapInPlace(slice, swapUnit);
  return typed(slice.buffer, width, info);
}

/** A typed array of `width`-byte samples over `buffer` (little endian), signed or float as the image says. */
export function typed(buffer: ArrayBuffer, width: number, info: Pick<FrameInfo, 'signed' | 'float'>): Samples {
  if (info.float) return width === 8 ? new Float64Array(buffer) : new Float32Array(buffer);
  switch (width) {
    case 1:
      return info.signed ? new Int8Array(buffer) : new Uint8Array(buffer);
    case 2:
      return info.signed ? new Int16Array(buffer) : new Uint16Array(buffer);
    case 4:
      return info.signed ? new Int32Array(buffer) : new Uint32Array(buffer);
    default:
      throw new DecodeFailure('unsupported-bit-depth');
  }
}

/**
 * Swaps the bytes of each `width`-byte word of a copy that owns its buffer from offset 0 (so its
 * words are aligned): a whole word at a time for 16 and 32 bits, the common cases, which is what
 * keeps a big-endian frame as fast to read as a little-endian one.
 */
function swapInPlace(bytes: Uint8Array<ArrayBuffer>, width: number): void {
  const words = Math.floor(bytes.length / width);
  if (width === 2) {
    const w = new Uint16Array(bytes.buffer, 0, words);
    for (let i = 0; i < words; i++) {
      const v = w[i] as number;
      w[i] = ((v & 0xff) << 8) | (v >> 8);
    }
  } else if (width === 4) {
    const w = new Uint32Array(bytes.buffer, 0, words);
    for (let i = 0; i < words; i++) {
      const v = w[i] as number;
      w[i] = (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
    }
  } else {
    const copy = swapped(bytes, width);
    bytes.set(copy);
  }
}

function swapped(bytes: Uint8Array, width: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length - (bytes.length % width));
  for (let i = 0; i < out.length; i += width) for (let j = 0; j < width; j++) out[i + j] = bytes[i + width - 1 - j] ?? 0;
  return out;
}
