// The MPR volume lives here, off the page's thread: the slices are copied in as they are decoded,
// then each plane the viewer asks for is cut (reslice.ts) and sent back, its buffer transferred.
import { reslice, VOLUME_ARRAYS, type Plane, type VolumeArray, type VolumeKind, type VolumeShape } from './reslice';

export type MprRequest =
  | { type: 'init'; shape: VolumeShape; kind: VolumeKind }
  | { type: 'slice'; index: number; pixels: ArrayBuffer }
  | { type: 'plane'; id: number; plane: Plane; at: number };

export type MprAnswer =
  { type: 'plane'; id: number; width: number; height: number; pixels: ArrayBuffer; min: number; max: number } | { type: 'error'; message: string };

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
    } else if (message.type === 'plane' && volume && shape) {
      const image = reslice(volume, shape, message.plane, message.at);
      let min = Infinity;
      let max = -Infinity;
      for (const v of image.pixels) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      const answer: MprAnswer = {
        type: 'plane',
        id: message.id,
        width: image.width,
        height: image.height,
        pixels: image.pixels.buffer as ArrayBuffer,
        min,
        max,
      };
      self.postMessage(answer, { transfer: [answer.pixels] });
    }
  } catch (error) {
    const answer: MprAnswer = { type: 'error', message: error instanceof Error ? error.message : 'MPR failed' };
    self.postMessage(answer);
  }
};
