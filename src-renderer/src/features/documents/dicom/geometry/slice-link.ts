// Linked scrolling: which slice of one series lies at the position another series shows, along the
// patient's axis. Series of one frame of reference are matched by their positions as they are;
// series of different studies whose planes are parallel are matched by position plus the offset the
// expert set (0 until they align them), since two scanners' coordinates need not agree.
import type { DicomSeries } from '../../../../../../contract';
import { centreOf, dot, parallel, planeOf, type ImagePlane } from './image-plane';

/** A series' stack as planes, one per stack entry (a multi-frame file's frames share its plane, or have none). */
export interface StackPlanes {
  planes: (ImagePlane | null)[];
  /** The stack's common normal when every image has a plane and all are parallel; else null. */
  normal: ImagePlane['normal'] | null;
  /** Each image's position along `normal` (mm), or NaN. */
  positions: number[];
}

export function stackPlanes(series: DicomSeries): StackPlanes {
  const planes = series.images.flatMap((image) => {
    const plane = planeOf(image.geometry, image.rows, image.columns);
    return Array.from({ length: Math.max(1, image.frames) }, () => (image.frames > 1 ? null : plane));
  });
  const first = planes[0] ?? null;
  const normal = first && planes.every((p) => p !== null && parallel(p, first)) ? first.normal : null;
  return { planes, normal, positions: planes.map((p) => (p && normal ? dot(p.origin, normal) : Number.NaN)) };
}

/** How two series can be linked by position: not at all, as they are (one frame of reference), or with an offset. */
export type LinkKind = 'none' | 'same-frame' | 'parallel';

export function linkKindOf(a: DicomSeries, aPlanes: StackPlanes, b: DicomSeries, bPlanes: StackPlanes): LinkKind {
  const pa = aPlanes.planes[0];
  const pb = bPlanes.planes[0];
  if (!aPlanes.normal || !bPlanes.normal || !pa || !pb || !parallel(pa, pb, 5)) return 'none';
  return a.frameOfReferenceUid && a.frameOfReferenceUid === b.frameOfReferenceUid ? 'same-frame' : 'parallel';
}

/**
 * The index in `target` of the slice nearest the position of `source`'s image `index`, shifted by
 * `offsetMm` (target position = source position + offset); null when the two cannot be linked.
 */
export function linkedIndex(source: StackPlanes, index: number, target: StackPlanes, offsetMm: number): number | null {
  const plane = source.planes[index];
  if (!plane || !target.normal) return null;
  return nearestIndex(target, dot(centreOf(plane), target.normal) + offsetMm);
}

/** The index of the stack's slice nearest `position` along its normal (mm); null for a stack without positions. */
export function nearestIndex(stack: StackPlanes, position: number): number | null {
  let best = -1;
  let bestDistance = Infinity;
  stack.positions.forEach((p, i) => {
    const distance = Math.abs(p - position);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best >= 0 ? best : null;
}

/** The offset that makes `target`'s image `targetIndex` match `source`'s image `sourceIndex` (what the expert aligned). */
export function offsetBetween(source: StackPlanes, sourceIndex: number, target: StackPlanes, targetIndex: number): number | null {
  const from = source.planes[sourceIndex];
  const to = target.planes[targetIndex];
  if (!from || !to || !target.normal) return null;
  return dot(to.origin, target.normal) - dot(centreOf(from), target.normal);
}
