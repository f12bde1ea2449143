// The description of an image's pixels, read from its data set (PS3.3 C.7.6.3 Image Pixel, C.11
// LUTs, C.7.6.2 Image Plane, C.8.5.5 US Region Calibration): what a decoder needs to read a frame
// and what the display pipeline needs to show it.
import type { DataSet } from 'dicom-parser';
import type { LookupTable, Window } from './protocol';
import { DecodeFailure } from './decode-failure';

export interface FrameInfo {
  rows: number;
  columns: number;
  samplesPerPixel: number;
  bitsAllocated: number;
  bitsStored: number;
  highBit: number;
  signed: boolean;
  planarConfiguration: 0 | 1;
  photometric: string;
  frames: number;
  transferSyntax: string;
  /** Float Pixel Data (7FE0,0008) rather than integers. */
  float: boolean;
  slope: number;
  intercept: number;
  modalityLut: LookupTable | null;
  windows: Window[];
  voiLut: LookupTable | null;
  voiFunction: 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';
  presentationInverse: boolean;
  palette: Palette | null;
  spacing: { row: number; column: number; source: 'patient' | 'detector' | 'ultrasound' } | null;
  /** Image Orientation (Patient): the row and column directions in the patient's axes (LPS), or null. */
  orientation: Orientation | null;
}

/** Row direction cosines then column direction cosines (PS3.3 C.7.6.2.1.1). */
export type Orientation = [number, number, number, number, number, number];

export interface Palette {
  /** Stored values at or below it take the first entry, above the last one. */
  firstValueMapped: number;
  red: Uint16Array;
  green: Uint16Array;
  blue: Uint16Array;
  /** 8 or 16: the entries' width. */
  bits: number;
}

const numbers = (ds: DataSet, tag: string): number[] =>
  (ds.string(tag) ?? '')
    .split('\\')
    .filter((v) => v.trim() !== '')
    .map((v) => Number(v.trim()))
    .filter(Number.isFinite);

function lutFrom(ds: DataSet | undefined, descriptorSigned: boolean): LookupTable | null {
  if (!ds) return null;
  const descriptor = ds.elements.x00283002;
  const data = ds.elements.x00283006;
  if (!descriptor || !data) return null;
  const entries = ds.uint16('x00283002', 0) || 65536;
  const first = descriptorSigned ? (ds.int16('x00283002', 1) ?? 0) : (ds.uint16('x00283002', 1) ?? 0);
  const bits = ds.uint16('x00283002', 2) ?? 16;
  const lut: number[] = [];
  // LUT Data is OW (or US): 16-bit words, whatever the entries' width.
  for (let i = 0; i < entries; i++) lut.push(ds.uint16('x00283006', i) ?? 0);
  return { firstValueMapped: first, numBitsPerEntry: bits, lut };
}

function paletteFrom(ds: DataSet): Palette | null {
  const channel = (descriptorTag: string, dataTag: string) => {
    if (!ds.elements[descriptorTag] || !ds.elements[dataTag]) return null;
    const entries = ds.uint16(descriptorTag, 0) || 65536;
    const first = ds.uint16(descriptorTag, 1) ?? 0;
    const bits = ds.uint16(descriptorTag, 2) ?? 16;
    const element = ds.elements[dataTag];
    const out = new Uint16Array(entries);
    // 8-bit entries are still stored two per 16-bit word in some files (PS3.3 C.7.6.3.1.6).
    const packed8 = bits === 8 && element && element.length === entries;
    for (let i = 0; i < entries; i++) out[i] = packed8 ? (ds.byteArray[element.dataOffset + i] ?? 0) : (ds.uint16(dataTag, i) ?? 0);
    return { entries: out, first, bits };
  };
  const r = channel('x00281101', 'x00281201');
  const g = channel('x00281102', 'x00281202');
  const b = channel('x00281103', 'x00281203');
  if (!r || !g || !b) return null;
  return { firstValueMapped: r.first, red: r.entries, green: g.entries, blue: b.entries, bits: r.bits };
}

function windowsFrom(ds: DataSet): Window[] {
  const centers = numbers(ds, 'x00281050');
  const widths = numbers(ds, 'x00281051');
  const explanations = (ds.string('x00281055') ?? '').split('\\');
  return centers.flatMap((center, i) => {
    const width = widths[i] ?? widths[0];
    return width !== undefined && width >= 1 ? [{ center, width, explanation: (explanations[i] ?? '').trim() }] : [];
  });
}

function spacingFrom(ds: DataSet): FrameInfo['spacing'] {
  const pixel = numbers(ds, 'x00280030');
  if (pixel.length === 2 && pixel[0]! > 0 && pixel[1]! > 0) return { row: pixel[0]!, column: pixel[1]!, source: 'patient' };
  const imager = numbers(ds, 'x00181164');
  if (imager.length === 2 && imager[0]! > 0 && imager[1]! > 0) return { row: imager[0]!, column: imager[1]!, source: 'detector' };
  // Ultrasound: the first region calibrated in centimetres on both axes (units 3).
  for (const item of ds.elements.x00186011?.items ?? []) {
    const region = item.dataSet;
    if (!region || region.uint16('x00186024') !== 3 || region.uint16('x00186026') !== 3) continue;
    const dx = region.double('x0018602c');
    const dy = region.double('x0018602e');
    if (dx && dy && dx > 0 && dy > 0) return { row: Math.abs(dy) * 10, column: Math.abs(dx) * 10, source: 'ultrasound' };
  }
  return null;
}

/**
 * The image's orientation: its own (0020,0037), else the enhanced multi-frame's shared functional
 * group, else its first frame's (Plane Orientation Sequence, 0020,9116). Two unit vectors at right
 * angles, or nothing: a damaged orientation draws no marker rather than a wrong one.
 */
function orientationFrom(ds: DataSet): Orientation | null {
  const planeOf = (groups: DataSet | undefined) => groups?.elements.x00209116?.items?.[0]?.dataSet;
  const candidates = [ds, planeOf(ds.elements.x52009229?.items?.[0]?.dataSet), planeOf(ds.elements.x52009230?.items?.[0]?.dataSet)];
  for (const source of candidates) {
    const v = source ? numbers(source, 'x00200037') : [];
    if (v.length !== 6) continue;
    const [a, b, c, d, e, f] = v as Orientation;
    const unit = (x: number, y: number, z: number) => Math.abs(Math.hypot(x, y, z) - 1) < 0.05;
    if (unit(a, b, c) && unit(d, e, f) && Math.abs(a * d + b * e + c * f) < 0.05) return [a, b, c, d, e, f];
  }
  return null;
}

/** The pixel description of a data set; throws a DecodeFailure when it has no image. */
export function frameInfoOf(ds: DataSet): FrameInfo {
  const rows = ds.uint16('x00280010') ?? 0;
  const columns = ds.uint16('x00280011') ?? 0;
  const float = !ds.elements.x7fe00010 && (ds.elements.x7fe00008 !== undefined || ds.elements.x7fe00009 !== undefined);
  if (rows === 0 || columns === 0 || (!ds.elements.x7fe00010 && !float)) throw new DecodeFailure('no-pixels');
  const bitsAllocated = ds.uint16('x00280100') ?? (float ? 32 : 16);
  const bitsStored = ds.uint16('x00280101') ?? bitsAllocated;
  const signed = (ds.uint16('x00280103') ?? 0) === 1;
  const photometric = (ds.string('x00280004') ?? 'MONOCHROME2').trim().toUpperCase();
  const slope = Number(ds.string('x00281053') ?? 1) || 1;
  const intercept = Number(ds.string('x00281052') ?? 0) || 0;
  const voiFunction = (ds.string('x00281056') ?? 'LINEAR').trim().toUpperCase();
  return {
    rows,
    columns,
    samplesPerPixel: ds.uint16('x00280002') ?? 1,
    bitsAllocated,
    bitsStored,
    highBit: ds.uint16('x00280102') ?? bitsStored - 1,
    signed,
    planarConfiguration: ds.uint16('x00280006') === 1 ? 1 : 0,
    photometric,
    frames: Math.max(1, Number(ds.string('x00280008') ?? 1) || 1),
    transferSyntax: (ds.string('x00020010') ?? '1.2.840.10008.1.2').trim(),
    float,
    slope,
    intercept,
    modalityLut: lutFrom(ds.elements.x00283000?.items?.[0]?.dataSet, signed),
    windows: windowsFrom(ds),
    voiLut: lutFrom(ds.elements.x00283010?.items?.[0]?.dataSet, signed),
    voiFunction: voiFunction === 'SIGMOID' || voiFunction === 'LINEAR_EXACT' ? voiFunction : 'LINEAR',
    presentationInverse: (ds.string('x20500020') ?? '').trim().toUpperCase() === 'INVERSE',
    palette: photometric === 'PALETTE COLOR' ? paletteFrom(ds) : null,
    spacing: spacingFrom(ds),
    orientation: orientationFrom(ds),
  };
}
