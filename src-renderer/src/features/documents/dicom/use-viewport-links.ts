// Linked viewports follow the active one: to the slice at the same position along the patient's
// axis (same frame of reference: as they are; another study with parallel planes: plus the offset
// the expert aligned), and to its window and zoom when those are linked too. A move the expert
// makes alone (Shift, status.alone) changes the offset instead, kept for the case. Also what the active slice
// says about the others: reference lines where it cuts them, and the 3D cursor.
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { DicomSeries } from '../../../../../contract';
import { linkKindOf, linkedIndex, nearestIndex, offsetBetween, stackPlanes, type LinkKind, type StackPlanes } from './geometry/slice-link';
import { referenceLine, type Segment } from './geometry/reference-line';
import { dot, patientToPixel, pixelToPatient, type Vec3 } from './geometry/image-plane';
import type { ViewportHandle, ViewportStatus } from './viewport-api';
import type { Arrangement } from './use-viewer-arrangement';
import type { LinkState } from './DicomViewport';

/** The key of an offset: from one series to another (the reverse is its negative). */
const pairKey = (from: string, to: string) => `${from}>${to}`;

export function offsetOf(offsets: Record<string, number>, from: string, to: string): number {
  const direct = offsets[pairKey(from, to)];
  if (direct !== undefined) return direct;
  const reverse = offsets[pairKey(to, from)];
  return reverse === undefined ? 0 : -reverse;
}

interface Options {
  allSeries: readonly DicomSeries[];
  /** The series of each viewport shown (undefined: empty). */
  shown: (DicomSeries | undefined)[];
  statuses: (ViewportStatus | null)[];
  handles: RefObject<(ViewportHandle | null)[]>;
  activeSlot: number;
  arrangement: Arrangement;
  change: (update: (current: Arrangement) => Arrangement) => void;
  /** The 3D cursor's point in the patient, or null. */
  cursor: Vec3 | null;
}

export interface ViewportLinks {
  /** Per viewport: how it is linked, for its overlay. */
  linkStates: LinkState[];
  referenceLines: Segment[][];
  cursors: ({ x: number; y: number } | null)[];
  /** The viewports go to the point (3D cursor); returns it. */
  pointAt: (slot: number, pixel: { x: number; y: number }) => Vec3 | null;
  /**
   * The expert moved viewport `slot` to `index`: when it is the active one, its followers move in
   * the same event, so that all are drawn in the same frame (after its status, they would lag a frame).
   */
  follow: (slot: number, index: number, alone: boolean) => void;
}

export function useViewportLinks({ allSeries, shown, statuses, handles, activeSlot, arrangement, change, cursor }: Options): ViewportLinks {
  const planes = useMemo(() => new Map(allSeries.map((s) => [s.seriesUid, stackPlanes(s)])), [allSeries]);
  const planesOf = useCallback((s: DicomSeries | undefined): StackPlanes | null => (s ? (planes.get(s.seriesUid) ?? null) : null), [planes]);
  const { linked, offsets, linkWindow, linkZoom } = arrangement;
  const source = statuses[activeSlot] ?? null;
  const sourceSeries = shown[activeSlot];
  const sourcePlanes = planesOf(sourceSeries);

  /** How viewport `slot` links to the active one. */
  const kindFor = useCallback(
    (slot: number): LinkKind => {
      const to = shown[slot];
      const toPlanes = planesOf(to);
      return sourceSeries && sourcePlanes && to && toPlanes ? linkKindOf(sourceSeries, sourcePlanes, to, toPlanes) : 'none';
    },
    [shown, planesOf, sourceSeries, sourcePlanes],
  );
  const followers = useMemo(
    () => (linked[activeSlot] ? shown.map((s, slot) => slot !== activeSlot && !!s && !!linked[slot]) : shown.map(() => false)),
    [linked, activeSlot, shown],
  );

  // Scrolling: when the active viewport's image changes, or the links do; not when another viewport
  // merely becomes the active one (that would move the others by a rounding). `seen` holds each
  // viewport's image as of the last commit (recorded by the effect below this one).
  const seen = useRef<(number | undefined)[]>([]);
  /** Each follower to the slice that matches the active one's image `index`. */
  const moveFollowers = useCallback(
    (index: number) => {
      if (!sourceSeries || !sourcePlanes) return;
      followers.forEach((follows, slot) => {
        const to = shown[slot];
        const toPlanes = planesOf(to);
        if (!follows || !to || !toPlanes || kindFor(slot) === 'none') return;
        const target = linkedIndex(sourcePlanes, index, toPlanes, offsetOf(offsets, sourceSeries.seriesUid, to.seriesUid));
        if (target !== null) handles.current?.[slot]?.show(target);
      });
    },
    [followers, shown, planesOf, kindFor, sourceSeries, sourcePlanes, offsets, handles],
  );
  const follow = useCallback(
    (slot: number, index: number, alone: boolean) => {
      if (slot === activeSlot && !alone) moveFollowers(index);
    },
    [activeSlot, moveFollowers],
  );
  const lastLinks = useRef('');
  const linksKey = `${linked.join()}|${shown.map((s) => s?.seriesUid ?? '').join()}`;
  useEffect(() => {
    if (!source || !sourceSeries || !sourcePlanes) return;
    const linksChanged = lastLinks.current !== linksKey;
    lastLinks.current = linksKey;
    if (!linksChanged && seen.current[activeSlot] === source.index) return;
    if (!source.alone) return moveFollowers(source.index);
    const learnt: Record<string, number> = {};
    followers.forEach((follows, slot) => {
      const to = shown[slot];
      const toPlanes = planesOf(to);
      if (!follows || !to || !toPlanes || kindFor(slot) === 'none') return;
      const at = statuses[slot]?.index;
      const offset = at === undefined ? null : offsetBetween(sourcePlanes, source.index, toPlanes, at);
      if (offset !== null) learnt[pairKey(sourceSeries.seriesUid, to.seriesUid)] = Math.round(offset * 100) / 100;
    });
    if (Object.keys(learnt).length > 0) {
      change((a) => {
        const kept = Object.fromEntries(
          Object.entries(a.offsets).filter(([key]) => !Object.keys(learnt).some((k) => k === key || k === key.split('>').reverse().join('>'))),
        );
        return { ...a, offsets: { ...kept, ...learnt } };
      });
    }
    // Statuses of the followers are read, not followed: their own moves must not move the active one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source?.index, activeSlot, linksKey, followers, sourceSeries, sourcePlanes, kindFor, planesOf, shown, moveFollowers, change]);
  useEffect(() => {
    seen.current = statuses.map((s) => s?.index);
  }, [statuses]);

  // Window and zoom, when linked too.
  const voi = source?.voi ?? null;
  const scale = source?.scale ?? null;
  useEffect(() => {
    if (!linkWindow || !voi) return;
    followers.forEach((follows, slot) => {
      const theirs = statuses[slot]?.voi;
      if (follows && (!theirs || theirs.windowWidth !== voi.windowWidth || theirs.windowCenter !== voi.windowCenter)) handles.current?.[slot]?.setVoi(voi);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkWindow, voi?.windowWidth, voi?.windowCenter, followers, handles]);
  useEffect(() => {
    if (!linkZoom || scale === null || !sourcePlanes) return;
    const mmPerPixel = sourcePlanes.planes[0]?.columnSpacing ?? 1;
    followers.forEach((follows, slot) => {
      // The same size on screen in millimetres: a finer matrix is zoomed further.
      const theirSpacing = planesOf(shown[slot])?.planes[0]?.columnSpacing ?? mmPerPixel;
      const wanted = (scale * mmPerPixel) / theirSpacing;
      const theirs = statuses[slot]?.scale;
      if (follows && (!theirs || Math.abs(theirs - wanted) / wanted > 0.005)) handles.current?.[slot]?.zoomTo(wanted);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkZoom, scale, followers, sourcePlanes, handles]);

  const activePlane = sourcePlanes && source ? (sourcePlanes.planes[source.index] ?? null) : null;
  const planeShown = (slot: number) => {
    const p = planesOf(shown[slot]);
    const index = statuses[slot]?.index;
    return p && index !== undefined ? (p.planes[index] ?? null) : null;
  };

  // A follower says it is linked (and by what offset); the active viewport says so too, or that none
  // of the others can follow it because their planes cross its own (they show its reference line).
  const linkable = followers.map((follows, slot) => follows && kindFor(slot) !== 'none');
  const linkStates: LinkState[] = shown.map((s, slot) => {
    if (!s || !sourceSeries || !followers.some(Boolean)) return null;
    if (slot === activeSlot) return linkable.some(Boolean) ? { kind: 'linked', offsetMm: 0 } : { kind: 'crossing' };
    return linkable[slot] ? { kind: 'linked', offsetMm: offsetOf(offsets, sourceSeries.seriesUid, s.seriesUid) } : null;
  });

  // Reference lines: the active slice on the viewports of its frame of reference whose planes cross it.
  const referenceLines: Segment[][] = shown.map((s, slot) => {
    const plane = planeShown(slot);
    if (slot === activeSlot || !s || !plane || !activePlane || !sourceSeries?.frameOfReferenceUid || s.frameOfReferenceUid !== sourceSeries.frameOfReferenceUid)
      return [];
    const line = referenceLine(activePlane, plane);
    return line ? [line] : [];
  });

  // The 3D cursor on each image it lies on (within half a slice, or 2 mm without a thickness).
  const cursors = shown.map((s, slot) => {
    const plane = planeShown(slot);
    if (!cursor || !plane || !s) return null;
    const at = patientToPixel(plane, cursor);
    const tolerance = Math.max(1, (s.images[0]?.sliceThickness ?? 2) / 2 + 0.01);
    return Math.abs(at.distance) <= tolerance ? { x: at.x, y: at.y } : null;
  });

  const pointAt = useCallback(
    (slot: number, pixel: { x: number; y: number }): Vec3 | null => {
      const from = shown[slot];
      const fromPlanes = planesOf(from);
      const index = statuses[slot]?.index;
      const plane = fromPlanes && index !== undefined ? fromPlanes.planes[index] : null;
      if (!from || !plane) return null;
      const point = pixelToPatient(plane, pixel.x, pixel.y);
      // Every other viewport of the same frame of reference goes to the slice through the point.
      shown.forEach((to, other) => {
        const toPlanes = planesOf(to);
        if (other === slot || !to || !toPlanes?.normal || !from.frameOfReferenceUid || to.frameOfReferenceUid !== from.frameOfReferenceUid) return;
        const best = nearestIndex(toPlanes, dot(point, toPlanes.normal));
        if (best !== null && best !== statuses[other]?.index) handles.current?.[other]?.show(best);
      });
      return point;
    },
    [shown, planesOf, statuses, handles],
  );

  return { linkStates, referenceLines, cursors, pointAt, follow };
}
