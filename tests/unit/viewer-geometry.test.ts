// The viewer's geometry (image planes, linked scrolling by position, reference lines) on synthetic
// orientations, oblique ones included, and on the demo's two CTs whose slices fall between each other.
import { describe, expect, it } from 'vitest';
import type { ImageGeometry } from '../../contract';
import {
  centreOf,
  cross,
  dot,
  parallel,
  patientToPixel,
  pixelToPatient,
  planeOf,
  type Vec3,
} from '../../src-renderer/src/features/documents/dicom/geometry/image-plane';
import { linkKindOf, linkedIndex, offsetBetween, stackPlanes } from '../../src-renderer/src/features/documents/dicom/geometry/slice-link';
import { referenceLine } from '../../src-renderer/src/features/documents/dicom/geometry/reference-line';
import { CT_CURRENT, CT_PRIOR, ctSliceZ } from '../../platform/demo/phantoms';
import { imagesOf, seriesOf } from '../support/dicom-series';

const AXIAL = [1, 0, 0, 0, 1, 0] as const;
const SAGITTAL = [0, 1, 0, 0, 0, -1] as const;

/** An orientation turned by `a` about z then `b` about x: an oblique plane. */
function oblique(a: number, b: number): ImageGeometry['orientation'] {
  const rz = (v: Vec3): Vec3 => [v[0] * Math.cos(a) - v[1] * Math.sin(a), v[0] * Math.sin(a) + v[1] * Math.cos(a), v[2]];
  const rx = (v: Vec3): Vec3 => [v[0], v[1] * Math.cos(b) - v[2] * Math.sin(b), v[1] * Math.sin(b) + v[2] * Math.cos(b)];
  const [r0, r1, r2] = rx(rz([1, 0, 0]));
  const [c0, c1, c2] = rx(rz([0, 1, 0]));
  return [r0, r1, r2, c0, c1, c2];
}

const geometry = (position: Vec3, orientation: readonly number[] = AXIAL, spacing = 0.7): ImageGeometry => ({
  position: [...position] as [number, number, number],
  orientation: [...orientation] as ImageGeometry['orientation'],
  pixelSpacing: [spacing, spacing],
});

/** A CT of the demo as core lists it: highest position first. */
function demoCt(study: typeof CT_CURRENT, slices: number, frame: string) {
  const zs = Array.from({ length: slices }, (_, i) => ctSliceZ(study, slices, i)).sort((a, b) => b - a);
  return seriesOf({ seriesUid: study.key, frameOfReferenceUid: frame, images: imagesOf(slices, (i) => geometry([-179.2, -179.2, zs[i] as number])) });
}

describe('image planes', () => {
  it('maps a pixel into the patient and back, on an oblique plane', () => {
    const plane = planeOf(geometry([10, -20, 30], oblique(0.5, 0.35), 0.8), 256, 200)!;
    const point = pixelToPatient(plane, 37.5, 120.25);
    const back = patientToPixel(plane, point);
    expect(back.x).toBeCloseTo(37.5, 9);
    expect(back.y).toBeCloseTo(120.25, 9);
    expect(back.distance).toBeCloseTo(0, 9);
    // One column along is 0.8 mm along the row direction.
    const next = pixelToPatient(plane, 38.5, 120.25);
    expect(Math.hypot(next[0] - point[0], next[1] - point[1], next[2] - point[2])).toBeCloseTo(0.8, 9);
  });

  it('gives an axial image the feet-to-head normal, a sagittal one the right-to-left normal', () => {
    expect(planeOf(geometry([0, 0, 0]), 4, 4)!.normal).toEqual([0, 0, 1]);
    const sagittal = planeOf(geometry([0, 0, 0], SAGITTAL), 4, 4)!;
    expect(sagittal.normal.map((v) => v + 0)).toEqual([-1, 0, 0]);
  });

  it('refuses orientations that are not two orthogonal unit vectors', () => {
    expect(planeOf(geometry([0, 0, 0], [1, 0, 0, 1, 0, 0]), 4, 4)).toBeNull();
    expect(planeOf(geometry([0, 0, 0], [2, 0, 0, 0, 1, 0]), 4, 4)).toBeNull();
    expect(planeOf(null, 4, 4)).toBeNull();
  });
});

describe('linked scrolling by position', () => {
  const current = demoCt(CT_CURRENT, 220, 'frame-2026');
  const prior = demoCt(CT_PRIOR, 52, 'frame-2025');
  const currentPlanes = stackPlanes(current);
  const priorPlanes = stackPlanes(prior);

  it('links two studies of parallel planes with an offset (their frames differ), not two of crossing planes', () => {
    expect(linkKindOf(current, currentPlanes, prior, priorPlanes)).toBe('parallel');
    const sameFrame = { ...prior, frameOfReferenceUid: 'frame-2026' };
    expect(linkKindOf(current, currentPlanes, sameFrame, stackPlanes(sameFrame))).toBe('same-frame');
    const sagittal = seriesOf({ seriesUid: 'sag', frameOfReferenceUid: 'frame-2026', images: imagesOf(3, (i) => geometry([i, 0, 0], SAGITTAL)) });
    expect(linkKindOf(current, currentPlanes, sagittal, stackPlanes(sagittal))).toBe('none');
  });

  it('finds the slice at the same position, not at the same index, within half a slice', () => {
    // Every slice of the prior (5 mm) finds this year's slice (1.25 mm) nearest its position.
    priorPlanes.positions.forEach((z, i) => {
      const j = linkedIndex(priorPlanes, i, currentPlanes, 0)!;
      expect(Math.abs((currentPlanes.positions[j] as number) - z)).toBeLessThanOrEqual(1.25 / 2 + 1e-9);
    });
    // And back: this year's slice at z = 2.5 mm shows last year's at 1.9 mm.
    const at = currentPlanes.positions.findIndex((z) => Math.abs(z - 2.5) < 1e-9);
    expect(priorPlanes.positions[linkedIndex(currentPlanes, at, priorPlanes, 0)!]).toBeCloseTo(1.9, 9);
  });

  it('applies the offset the expert aligned, and computes it from two slices shown', () => {
    const at = currentPlanes.positions.findIndex((z) => Math.abs(z - 2.5) < 1e-9);
    const priorAt = priorPlanes.positions.findIndex((z) => Math.abs(z - 11.9) < 1e-9);
    const offset = offsetBetween(currentPlanes, at, priorPlanes, priorAt)!;
    expect(offset).toBeCloseTo(9.4, 9);
    expect(linkedIndex(currentPlanes, at, priorPlanes, offset)).toBe(priorAt);
  });

  it('links oblique stacks of the same tilt by their position along the common normal', () => {
    const orientation = oblique(0.3, 0.4);
    const normal = cross([orientation[0], orientation[1], orientation[2]], [orientation[3], orientation[4], orientation[5]]);
    const a = seriesOf({
      seriesUid: 'a',
      frameOfReferenceUid: 'f',
      images: imagesOf(20, (i) => geometry([normal[0] * i * 3, normal[1] * i * 3, normal[2] * i * 3], orientation)),
    });
    const b = seriesOf({
      seriesUid: 'b',
      frameOfReferenceUid: 'f',
      images: imagesOf(30, (i) => geometry([normal[0] * i * 2 + 5, normal[1] * i * 2, normal[2] * i * 2], orientation)),
    });
    const pa = stackPlanes(a);
    const pb = stackPlanes(b);
    expect(linkKindOf(a, pa, b, pb)).toBe('same-frame');
    // a's slice 10 is 30 mm along the normal; b's slices are every 2 mm, the 5 mm shift in x adding 5·n_x.
    const j = linkedIndex(pa, 10, pb, 0)!;
    expect(Math.abs((pb.positions[j] as number) - dot(centreOf(pa.planes[10]!), normal))).toBeLessThanOrEqual(1);
  });

  it('does not link a stack whose images have no geometry or are not parallel', () => {
    const none = seriesOf({ seriesUid: 'x', images: imagesOf(3, () => null) });
    expect(stackPlanes(none).normal).toBeNull();
    const mixed = seriesOf({ seriesUid: 'm', images: imagesOf(3, (i) => geometry([0, 0, i], i === 1 ? SAGITTAL : AXIAL)) });
    expect(stackPlanes(mixed).normal).toBeNull();
    expect(linkedIndex(currentPlanes, 0, stackPlanes(mixed), 0)).toBeNull();
  });
});

describe('reference lines', () => {
  const localizer = planeOf(geometry([0, -128, 128], SAGITTAL, 1), 256, 256)!;

  it('draws an axial slice on a sagittal localizer as a row at its height', () => {
    const axial = planeOf(geometry([-115.2, -115.2, 20], AXIAL, 1.2), 192, 192)!;
    const line = referenceLine(axial, localizer)!;
    // z = 20 mm is 108 rows below the top (z = 128).
    expect(line.from.y).toBeCloseTo(108, 9);
    expect(line.to.y).toBeCloseTo(108, 9);
    expect([line.from.x, line.to.x].sort((a, b) => a - b)).toEqual([-0.5, 255.5]);
  });

  it('draws nothing for a parallel slice or one that passes outside the image', () => {
    expect(referenceLine(planeOf(geometry([5, -128, 128], SAGITTAL, 1), 256, 256)!, localizer)).toBeNull();
    expect(referenceLine(planeOf(geometry([-115, -115, 400], AXIAL, 1), 192, 192)!, localizer)).toBeNull();
  });

  it('puts the line of an oblique slice where that slice crosses the image', () => {
    const slice = planeOf(geometry([0, 0, 10], oblique(0.2, 0.5), 1), 256, 256)!;
    const line = referenceLine(slice, localizer)!;
    for (const end of [line.from, line.to]) {
      const point = pixelToPatient(localizer, end.x, end.y);
      expect(Math.abs(patientToPixel(slice, point).distance)).toBeLessThan(1e-9);
      expect(end.x).toBeGreaterThanOrEqual(-0.5 - 1e-9);
      expect(end.y).toBeLessThanOrEqual(255.5 + 1e-9);
    }
    expect(parallel(slice, localizer)).toBe(false);
  });
});
