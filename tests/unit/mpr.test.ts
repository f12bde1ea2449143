// MPR's two pure parts: whether a series forms a volume (and why not: too few slices, a gantry
// tilt, uneven spacing, mixed sizes, crossing planes), and the planes cut through a volume, checked
// voxel by voxel on a volume whose every value says where it is.
import { describe, expect, it } from 'vitest';
import type { ImageGeometry } from '../../contract';
import { volumeOf } from '../../src-renderer/src/features/documents/dicom/geometry/volume';
import { reslice, volumeKindOf } from '../../src-renderer/src/features/documents/dicom/mpr/reslice';
import { imagesOf, seriesOf } from '../support/dicom-series';

const axial = (z: number, x = 0): ImageGeometry => ({ position: [x, 0, z], orientation: [1, 0, 0, 0, 1, 0], pixelSpacing: [0.7, 0.7] });
const stack = (count: number, geometry: (i: number) => ImageGeometry | null) => seriesOf({ seriesUid: 's', images: imagesOf(count, geometry) });

describe('what forms a volume', () => {
  it('accepts evenly spaced parallel slices, in any order, lowest first', () => {
    const check = volumeOf(stack(20, (i) => axial((19 - i) * 1.25)));
    expect(check.kind).toBe('volume');
    if (check.kind !== 'volume') return;
    expect(check.volume.sliceSpacing).toBeCloseTo(1.25, 9);
    expect(check.volume.order[0]).toBe(19);
    expect(check.volume.planes[0]!.origin[2]).toBe(0);
  });

  it('says why not: too few slices, no geometry, a gantry tilt, a missing slice, another size, a crossing slice', () => {
    const problem = (series: ReturnType<typeof stack>) => {
      const check = volumeOf(series);
      return check.kind === 'not-a-volume' ? check.problem : 'volume';
    };
    expect(problem(stack(5, (i) => axial(i)))).toBe('too-few-slices');
    expect(problem(stack(20, (i) => (i === 3 ? null : axial(i))))).toBe('no-geometry');
    // Each slice shifted 0.5 mm along y per 1 mm along z: the stack leans 26.6° off the normal.
    expect(problem(stack(20, (i) => ({ ...axial(i), position: [0, i * 0.5, i] })))).toBe('gantry-tilt');
    expect(problem(stack(20, (i) => axial(i < 10 ? i : i + 1)))).toBe('uneven-spacing');
    const mixed = seriesOf({ seriesUid: 'm', images: imagesOf(20, (i) => axial(i)).map((image, i) => (i === 4 ? { ...image, rows: 256 } : image)) });
    expect(problem(mixed)).toBe('sizes-differ');
    expect(problem(stack(20, (i) => (i === 7 ? { ...axial(i), orientation: [0, 1, 0, 0, 0, -1] } : axial(i))))).toBe('not-parallel');
  });
});

describe('planes cut through a volume', () => {
  // 4 columns × 3 rows × 5 slices; each value is slice·100 + row·10 + column.
  const shape = { columns: 4, rows: 3, slices: 5 };
  const volume = new Int16Array(4 * 3 * 5).map((_, i) => Math.floor(i / 12) * 100 + (Math.floor(i / 4) % 3) * 10 + (i % 4));

  it('gives the axial slice as stored', () => {
    const plane = reslice(volume, shape, 'axial', 2);
    expect([plane.width, plane.height]).toEqual([4, 3]);
    expect(Array.from(plane.pixels)).toEqual([200, 201, 202, 203, 210, 211, 212, 213, 220, 221, 222, 223]);
  });

  it('cuts the coronal plane at a row, the highest slice on top', () => {
    const plane = reslice(volume, shape, 'coronal', 1);
    expect([plane.width, plane.height]).toEqual([4, 5]);
    expect(Array.from(plane.pixels.subarray(0, 4))).toEqual([410, 411, 412, 413]);
    expect(Array.from(plane.pixels.subarray(16, 20))).toEqual([10, 11, 12, 13]);
  });

  it('cuts the sagittal plane at a column, rows across, the highest slice on top', () => {
    const plane = reslice(volume, shape, 'sagittal', 3);
    expect([plane.width, plane.height]).toEqual([3, 5]);
    expect(Array.from(plane.pixels.subarray(0, 3))).toEqual([403, 413, 423]);
    expect(Array.from(plane.pixels.subarray(12, 15))).toEqual([3, 13, 23]);
    expect(plane.pixels).toBeInstanceOf(Int16Array);
  });

  it('holds 8- and 16-bit stored values, not colour or wider ones', () => {
    expect(volumeKindOf(new Int16Array(1))).toBe('int16');
    expect(volumeKindOf(new Uint16Array(1))).toBe('uint16');
    expect(volumeKindOf(new Uint8Array(1))).toBe('uint8');
    expect(volumeKindOf(new Float32Array(1))).toBeNull();
    expect(volumeKindOf(new Uint8ClampedArray(4))).toBeNull();
  });
});
