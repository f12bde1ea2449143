// From decoded samples to what the display draws (PS3.3 C.7.6.3.1): grayscale values masked to
// their stored bits and sign-extended, ranges too wide for the display's lookup tables folded into
// the rescale (exactly, so measurements stay true), and colour — RGB in either planar
// configuration, YBR_FULL and its 4:2:2 subsampling, palette colour — turned into RGBA.
import type { FrameInfo } from './frame-info';
import type { DecodedFrame, PixelKind } from './protocol';
import { DecodeFailure } from './decode-failure';
import type { Samples } from './native';

/** The display builds a table with one entry per stored value: past this many, values are rescaled to fit. */
const MAX_LUT_SPAN = 2 ** 20;

/**
 * A decoder's output: `interleaved` when colour samples come pixel by pixel (R G B R G B…),
 * `rgb` when the codec has already turned YCbCr into RGB (JPEG), `masked` when values are already
 * only their stored bits (codecs output them so).
 */
export type Decoded = { samples: Samples; interleaved: boolean; rgb: boolean; masked: boolean };

export function toFrame(decoded: Decoded, info: FrameInfo, decodeMs: number): Omit<DecodedFrame, 'loadMs' | 'digest'> {
  const base = {
    rows: info.rows,
    columns: info.columns,
    modalityLut: info.modalityLut,
    windows: info.windows,
    voiLut: info.voiLut,
    voiFunction: info.voiFunction,
    spacing: info.spacing,
    orientation: info.orientation,
    decodeMs,
  };
  if (info.photometric === 'MONOCHROME1' || info.photometric === 'MONOCHROME2') {
    return { ...base, ...grayscale(decoded, info), invert: (info.photometric === 'MONOCHROME1') !== info.presentationInverse };
  }
  const rgba = color(decoded, info);
  return {
    ...base,
    color: true,
    pixels: rgba.buffer as ArrayBuffer,
    kind: 'uint8',
    min: 0,
    max: 255,
    slope: 1,
    intercept: 0,
    modalityLut: null,
    voiLut: null,
    invert: false,
  };
}

function grayscale(decoded: Decoded, info: FrameInfo): Pick<DecodedFrame, 'color' | 'pixels' | 'kind' | 'min' | 'max' | 'slope' | 'intercept'> {
  let values: Samples = decoded.samples;
  // Stored bits may sit under other bits (old overlays in the high bits): keep only the stored ones.
  if (!decoded.masked && !info.float && info.bitsStored < info.bitsAllocated && info.bitsAllocated > 1) values = masked(values, info);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) throw new DecodeFailure('damaged');
  let slope = info.slope;
  let intercept = info.intercept;
  // Floats, and integers spread wider than a table can hold (radiotherapy dose: up to millions),
  // become 0…MAX_LUT_SPAN; the rescale absorbs the change, so value = stored × slope + intercept holds.
  if (info.float || max - min > MAX_LUT_SPAN) {
    const step = max > min ? (max - min) / MAX_LUT_SPAN : 1;
    const scaled = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) scaled[i] = Math.round(((values[i] as number) - min) / step);
    intercept = intercept + slope * min;
    slope = slope * step;
    return { color: false, pixels: scaled.buffer, kind: 'int32', min: 0, max: Math.round((max - min) / step), slope, intercept };
  }
  return { color: false, pixels: values.slice().buffer as ArrayBuffer, kind: kindOf(values), min, max, slope, intercept };
}

function masked(values: Samples, info: FrameInfo): Samples {
  const shift = info.highBit + 1 - info.bitsStored;
  const mask = 2 ** info.bitsStored - 1;
  const sign = 2 ** (info.bitsStored - 1);
  const out = info.signed ? new Int32Array(values.length) : new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    // Read as unsigned bits of the container, whatever its declared sign.
    const raw = ((values[i] as number) >>> 0) % 2 ** info.bitsAllocated;
    const v = Math.floor(raw / 2 ** shift) % (mask + 1);
    out[i] = info.signed && v >= sign ? v - 2 * sign : v;
  }
  return narrowed(out, info);
}

/** The narrowest typed array holding the stored bits (the display's tables follow its range). */
function narrowed(values: Int32Array | Uint32Array, info: FrameInfo): Samples {
  if (info.bitsStored <= 8) return info.signed ? Int8Array.from(values) : Uint8Array.from(values);
  if (info.bitsStored <= 16) return info.signed ? Int16Array.from(values) : Uint16Array.from(values);
  return values;
}

function kindOf(values: Samples): PixelKind {
  if (values instanceof Uint8Array) return 'uint8';
  if (values instanceof Int8Array) return 'int8';
  if (values instanceof Uint16Array) return 'uint16';
  if (values instanceof Int16Array) return 'int16';
  if (values instanceof Uint32Array) return 'uint32';
  return 'int32';
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

function color(decoded: Decoded, info: FrameInfo): Uint8ClampedArray {
  const pixels = info.rows * info.columns;
  const out = new Uint8ClampedArray(pixels * 4);
  const s = decoded.samples;
  if (info.photometric === 'PALETTE COLOR') {
    const palette = info.palette;
    if (!palette) throw new DecodeFailure('unsupported-photometric');
    const shift = palette.bits === 16 ? 8 : 0;
    const last = palette.red.length - 1;
    for (let p = 0; p < pixels; p++) {
      const index = Math.min(last, Math.max(0, (s[p] as number) - palette.firstValueMapped));
      out[p * 4] = (palette.red[index] ?? 0) >> shift;
      out[p * 4 + 1] = (palette.green[index] ?? 0) >> shift;
      out[p * 4 + 2] = (palette.blue[index] ?? 0) >> shift;
      out[p * 4 + 3] = 255;
    }
    return out;
  }
  // Wider than 8 bits (16-bit RGB): the top 8 stored bits.
  const down = info.bitsStored > 8 ? 2 ** (info.bitsStored - 8) : 1;
  if (info.photometric === 'YBR_FULL_422' && !decoded.rgb) {
    // Y1 Y2 Cb Cr for each pair of pixels on a row (PS3.3 C.7.6.3.1.2).
    for (let p = 0, i = 0; p < pixels; p += 2, i += 4) {
      const cb = (s[i + 2] as number) / down;
      const cr = (s[i + 3] as number) / down;
      ybr(out, p, (s[i] as number) / down, cb, cr);
      if (p + 1 < pixels) ybr(out, p + 1, (s[i + 1] as number) / down, cb, cr);
    }
    return out;
  }
  const planar = !decoded.interleaved;
  const at = (p: number, c: number) => ((planar ? s[c * pixels + p] : s[p * 3 + c]) as number) / down;
  const isYbr = !decoded.rgb && (info.photometric === 'YBR_FULL' || info.photometric === 'YBR_FULL_422');
  const isRgb = decoded.rgb || info.photometric === 'RGB' || info.photometric === 'YBR_RCT' || info.photometric === 'YBR_ICT';
  if (!isYbr && !isRgb) throw new DecodeFailure('unsupported-photometric');
  for (let p = 0; p < pixels; p++) {
    if (isYbr) ybr(out, p, at(p, 0), at(p, 1), at(p, 2));
    else {
      out[p * 4] = at(p, 0);
      out[p * 4 + 1] = at(p, 1);
      out[p * 4 + 2] = at(p, 2);
      out[p * 4 + 3] = 255;
    }
  }
  return out;
}

/** YCbCr (full range, ITU-R BT.601 as DICOM's YBR_FULL) to RGB. */
function ybr(out: Uint8ClampedArray, p: number, y: number, cb: number, cr: number): void {
  out[p * 4] = clamp(y + 1.402 * (cr - 128));
  out[p * 4 + 1] = clamp(y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128));
  out[p * 4 + 2] = clamp(y + 1.772 * (cb - 128));
  out[p * 4 + 3] = 255;
}
