// The MPR volume lives here, off the page's thread: the slices are copied in as they are decoded,
// then the planes the viewer asks for are cut (reslice.ts) and sent back together, in one answer
// (one render of the page for a crosshair move), their buffers transferred.
import { reslice, VOLUME_ARRAYS, type Plane, type VolumeArray, type VolumeKind, type VolumeShape } from './reslice';

export type MprRequest =
  | { type: 'init'; shape: VolumeShape; kind: VolumeKind }
  | { type: 'slice'; index: number; pixels: ArrayBuffer }
  | { type: 'planes'; id: number; planes: { plane: Plane; at: number }[] };

export interface PlaneCut {
  plane: Plane;
  width: number;
  height: number;
  pixels: ArrayBuffer;
  min: number;
  max: number;
}

export type MprAnswer = { type: 'planes'; id: number; planes: PlaneCut[] } | { type: 'error'; message: string };

let volume: VolumeArray | null = null;
let shape: VolumeShape | null = null;

self.onmessage = (event: MessageEvent<MprRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      shape = message.shape;
      volume = new VOLUME_ARRAYS[message.kind](shape.columns * shape.rows * shape.slices);
    } else if (message.type === 'slice' && volume && shape) {
      const slice = new (volume.constructor as new (buffer: ArrayBuffer) => VolumeArray)(message.pixels);
      if (slice.length !== shape.columns * shape.rows) throw new Error('A slice of another size.');
      volume.set(slice, message.index * shape.columns * shape.rows);
    } else if (message.type === 'planes' && volume && shape) {
      const planes = message.planes.map(({ plane, at }) => cut(volume as VolumeArray, shape as VolumeShape, plane, at));
      const answer: MprAnswer = { type: 'planes', id: message.id, planes };
      self.postMessage(answer, { transfer: planes.map((p) => p.pixels) });
    }
  } catch (error) {
    const answer: MprAnswer = { type: 'error', message: error instanceof Error ? error.message : 'MPR failed' };
    self.postMessage(answer);
  }
};

function cut(volume: VolumeArray, shape: VolumeShape, plane: Plane, at: number): PlaneCut {
  const image = reslice(volume, shape, plane, at);
  let min = Infinity;
  let max = -Infinity;
  for (const v of image.pixels) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { plane, width: image.width, height: image.height, pixels: image.pixels.buffer as ArrayBuffer, min, max };
}
