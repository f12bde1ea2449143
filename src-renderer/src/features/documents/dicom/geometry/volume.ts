// Whether a series forms a volume that multiplanar reconstruction can reslice: single-frame images
// of one size, parallel, stacked along their normal (a gantry tilt shears the stack), evenly spaced
// (a missing slice or a varying interval would stretch the reconstruction), enough of them. Says
// why not, so that the viewer can tell the expert instead of showing a distorted plane.
import type { DicomSeries } from '../../../../../../contract';
import { dot, norm, parallel, planeOf, sub, type ImagePlane } from './image-plane';

export const MIN_VOLUME_SLICES = 10;
/** The stack's axis may lean this far from the slices' normal before it is a gantry tilt. */
const MAX_TILT_DEGREES = 0.5;
/** How far an interval may differ from the mean (mm, or as a share of it). */
const SPACING_TOLERANCE_MM = 0.05;
const SPACING_TOLERANCE_SHARE = 0.02;

export type VolumeProblem = 'too-few-slices' | 'multi-frame' | 'no-geometry' | 'sizes-differ' | 'not-parallel' | 'gantry-tilt' | 'uneven-spacing';

export interface Volume {
  /** The slices' planes from the lowest position along the normal to the highest. */
  planes: ImagePlane[];
  /** Each slice's index in the series' images, in the same order. */
  order: number[];
  rows: number;
  columns: number;
  /** Distance between slices (mm). */
  sliceSpacing: number;
}

export type VolumeCheck = { kind: 'volume'; volume: Volume } | { kind: 'not-a-volume'; problem: VolumeProblem };

export function volumeOf(series: DicomSeries): VolumeCheck {
  const no = (problem: VolumeProblem): VolumeCheck => ({ kind: 'not-a-volume', problem });
  const images = series.images;
  if (images.length < MIN_VOLUME_SLICES) return no('too-few-slices');
  if (images.some((i) => i.frames > 1)) return no('multi-frame');
  const planes = images.map((i) => planeOf(i.geometry, i.rows, i.columns));
  if (planes.some((p) => p === null)) return no('no-geometry');
  const first = planes[0] as ImagePlane;
  if (
    planes.some((p) => p!.rows !== first.rows || p!.columns !== first.columns || p!.rowSpacing !== first.rowSpacing || p!.columnSpacing !== first.columnSpacing)
  ) {
    return no('sizes-differ');
  }
  if (planes.some((p) => !parallel(p!, first, 0.1))) return no('not-parallel');
  const order = planes.map((p, i) => ({ i, at: dot(p!.origin, first.normal) })).sort((a, b) => a.at - b.at);
  const sorted = order.map(({ i }) => planes[i] as ImagePlane);
  const low = sorted[0] as ImagePlane;
  const high = sorted[sorted.length - 1] as ImagePlane;
  // The line through the slices' origins must run along their normal: otherwise the gantry was tilted.
  const axis = sub(high.origin, low.origin);
  const length = norm(axis);
  if (length === 0) return no('uneven-spacing');
  const cosine = Math.abs(dot(axis, first.normal)) / length;
  if (cosine < Math.cos((MAX_TILT_DEGREES * Math.PI) / 180)) return no('gantry-tilt');
  const spacing = (order[order.length - 1]!.at - order[0]!.at) / (order.length - 1);
  const tolerance = Math.max(SPACING_TOLERANCE_MM, spacing * SPACING_TOLERANCE_SHARE);
  for (let k = 1; k < order.length; k++) {
    if (Math.abs(order[k]!.at - order[k - 1]!.at - spacing) > tolerance) return no('uneven-spacing');
  }
  return { kind: 'volume', volume: { planes: sorted, order: order.map(({ i }) => i), rows: first.rows, columns: first.columns, sliceSpacing: spacing } };
}
