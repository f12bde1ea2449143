// Multiplanar reconstruction over a volume of stored values (slices from the lowest position along
// the normal to the highest): the axial slice as it is, and the coronal and sagittal planes cut
// through it, the head (the highest slice) at the top. Pure, so that the worker and the tests share it.

export type VolumeArray = Int16Array | Uint16Array | Uint8Array;

/** The stored values a volume can hold, by name: the page and the worker agree on it once, at init. */
export const VOLUME_ARRAYS = { int16: Int16Array, uint16: Uint16Array, uint8: Uint8Array };
export type VolumeKind = keyof typeof VOLUME_ARRAYS;

/** A decoded slice's kind of values, or null when a volume cannot hold them (colour, 32-bit, float). */
export function volumeKindOf(pixels: ArrayLike<number>): VolumeKind | null {
  return pixels instanceof Int16Array ? 'int16' : pixels instanceof Uint16Array ? 'uint16' : pixels instanceof Uint8Array ? 'uint8' : null;
}
export type Plane = 'axial' | 'coronal' | 'sagittal';

export interface VolumeShape {
  columns: number;
  rows: number;
  slices: number;
}

export interface PlaneImage {
  width: number;
  height: number;
  pixels: VolumeArray;
}

/** The size of a plane's image: axial columns × rows; coronal columns × slices; sagittal rows × slices. */
export function planeSize(shape: VolumeShape, plane: Plane): { width: number; height: number } {
  if (plane === 'axial') return { width: shape.columns, height: shape.rows };
  return { width: plane === 'coronal' ? shape.columns : shape.rows, height: shape.slices };
}

/**
 * The plane through the volume at `at`: a slice index (axial, 0 the lowest), a row (coronal) or a
 * column (sagittal). Coronal and sagittal images put the highest slice in their first row.
 */
export function reslice(volume: VolumeArray, shape: VolumeShape, plane: Plane, at: number): PlaneImage {
  const { columns, rows, slices } = shape;
  const { width, height } = planeSize(shape, plane);
  const pixels = new (volume.constructor as new (length: number) => VolumeArray)(width * height);
  const sliceSize = columns * rows;
  if (plane === 'axial') {
    pixels.set(volume.subarray(at * sliceSize, (at + 1) * sliceSize));
  } else if (plane === 'coronal') {
    for (let line = 0; line < slices; line++) {
      const start = (slices - 1 - line) * sliceSize + at * columns;
      pixels.set(volume.subarray(start, start + columns), line * width);
    }
  } else {
    for (let line = 0; line < slices; line++) {
      const base = (slices - 1 - line) * sliceSize + at;
      for (let y = 0; y < rows; y++) pixels[line * width + y] = volume[base + y * columns] as number;
    }
  }
  return { width, height, pixels };
}
