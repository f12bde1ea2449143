// What a DICOM viewport offers the viewer around it: the left button's tools, the window presets,
// the status it reports (what it shows) and the handle the viewer drives it by. Kept apart from the
// viewport's drawing and gestures (DicomViewport.tsx), which the toolbar and viewer need not read.
import type { DecodeProblem } from './decode/protocol';
import type { SmoImage } from './decode/smo-image-loader';
import type { StackImage } from './stack';
import type { OrientationMarkers } from './orientation-markers';

export type Tool = 'window' | 'stack' | 'zoom' | 'pan' | 'crosshair' | 'length' | 'angle' | 'ellipse' | 'probe';
export const MEASURE_TOOLS = ['length', 'angle', 'ellipse', 'probe'] as const;

/** The window/level presets on keys 1–5, in OHIF's order and with its values, which radiologists already know. */
export const WL_PRESETS = [
  { key: 'softTissue', width: 400, center: 40 },
  { key: 'lung', width: 1500, center: -600 },
  { key: 'liver', width: 150, center: 90 },
  { key: 'bone', width: 2500, center: 480 },
  { key: 'brain', width: 80, center: 40 },
] as const;

export interface ViewportStatus {
  index: number;
  /** The move to `index` was the expert's own in a linked viewport (Shift): linked viewports keep their place and the offset changes. */
  alone: boolean;
  /** The window shown (null before the first image). */
  voi: { windowWidth: number; windowCenter: number } | null;
  count: number;
  image: StackImage | null;
  scale: number;
  invert: boolean;
  playing: boolean;
  fps: number;
  /** What was decoded, as technical data: tells a lossless decode from a damaged one. `decodeMs`: the codec's time in the worker (the loader measures it), `loadMs` the file's fetch and parse, for the benchmarks. */
  decoded: { sum?: number; hash?: string; valueSum?: number; min: number; max: number; decodeMs: number | null; loadMs: number | null } | null;
  /** Why the image shown could not be decoded, if it could not. */
  failure: DecodeProblem | null;
  /** The file's own windows (its first one the default), offered beside the presets. */
  windows: SmoImage['windows'];
  /** Where the millimetres come from: the patient, the detector (imager spacing), an ultrasound region; null: pixels. */
  spacingSource: SmoImage['spacingSource'];
  /** The patient's directions at the viewport's edges (after rotation and flips); null without an orientation. */
  markers: OrientationMarkers | null;
}

export interface ViewportHandle {
  go(step: number): void;
  /** Shows the stack's image `index` (a linked viewport following another). */
  show(index: number): void;
  goTo(attachmentId: string, frame: number): void;
  setVoi(voi: { windowWidth: number; windowCenter: number }): void;
  zoomTo(scale: number): void;
  zoomBy(factor: number): void;
  fit(): void;
  actualSize(): void;
  rotate(): void;
  flip(axis: 'h' | 'v'): void;
  toggleInvert(): void;
  reset(): void;
  preset(n: number): void;
  toggleCine(): void;
  setFps(fps: number): void;
  /** One of the file's own windows. */
  fileWindow(n: number): void;
  /** What the viewport shows with its measurements, as a JPEG (base64) for the report; null without an image. */
  capture(): Promise<string | null>;
}
