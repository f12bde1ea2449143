// What the page asks of a decoding worker and what it answers: one frame of one file, decoded and
// described as the display pipeline needs it (PS3.3 C.7.6.3, C.11). Plain data only: it crosses
// into and out of a worker.
import type { PixelDigest } from './pixel-digest';

export interface DecodeRequest {
  id: number;
  /** Where the file's bytes are (the content route, with its access). */
  url: string;
  /** The file's identity and version (`<document id>@<sha256>`): the worker's file cache key. */
  fileKey: string;
  frame: number;
  /** Compute the frame's pixel digest: only when a test or a benchmark asks (see pixel-digest.ts). */
  digest: boolean;
}

/** Forget every file held parsed (the document was closed). */
export interface ReleaseRequest {
  release: true;
}

/** How a Modality or VOI LUT maps values (PS3.3 C.11.1, C.11.2). */
export interface LookupTable {
  firstValueMapped: number;
  numBitsPerEntry: number;
  lut: number[];
}

export interface Window {
  center: number;
  width: number;
  /** What the imaging centre called it ("BONE", "Lung window"), or ''. */
  explanation: string;
}

export type PixelKind = 'uint8' | 'int8' | 'uint16' | 'int16' | 'uint32' | 'int32';

export interface DecodedFrame {
  rows: number;
  columns: number;
  /** RGBA bytes (4 per pixel) when true; one stored value per pixel otherwise. */
  color: boolean;
  pixels: ArrayBuffer;
  kind: PixelKind;
  /** The stored values' range (after any scaling the worker did to fit the display's tables). */
  min: number;
  max: number;
  /** Modality rescale: value = stored × slope + intercept (the worker's own scaling folded in). */
  slope: number;
  intercept: number;
  modalityLut: LookupTable | null;
  /** The file's windows, its first one the default; none: the viewer fits the values' range. */
  windows: Window[];
  voiLut: LookupTable | null;
  /** VOI LUT Function (0028,1056): LINEAR, LINEAR_EXACT or SIGMOID. */
  voiFunction: 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';
  /** Low values are white: MONOCHROME1, or a Presentation LUT Shape of INVERSE. */
  invert: boolean;
  /** Millimetres per pixel, and what they measure: the patient (pixel), the detector (imager) or an ultrasound region. */
  spacing: { row: number; column: number; source: 'patient' | 'detector' | 'ultrasound' } | null;
  /** Image Orientation (Patient), row then column cosines; null when the file has none (or a damaged one). */
  orientation: [number, number, number, number, number, number] | null;
  /** The codec's time, for the benchmarks. */
  decodeMs: number;
  /** The time this worker took to fetch and parse the file before decoding (≈0 when it held it): for the benchmarks. */
  loadMs: number;
  /** The decoded values' digest (pixel-digest.ts), when it was asked for. */
  digest: PixelDigest | null;
}

/** Why a frame could not be decoded, in terms the viewer turns into a sentence. */
export type DecodeProblem =
  'unsupported-syntax' | 'unsupported-photometric' | 'unsupported-bit-depth' | 'damaged' | 'no-pixels' | 'frame-missing' | 'unreachable' | 'too-slow';

export type DecodeReply = { id: number; ok: true; frame: DecodedFrame } | { id: number; ok: false; problem: DecodeProblem };
