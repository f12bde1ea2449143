// Multiplanar reconstruction of a series that forms a volume (geometry/volume.ts): its slices are
// decoded as for the stack (the same loader and cache), copied into a volume in a worker, and the
// axial, coronal and sagittal planes through one point are cut there and shown side by side with a
// crosshair linking them. The volume's bytes are taken from the image cache's bound while it lives,
// so MPR never holds more memory than the expert allowed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries } from '../../../../../../contract';
import { setUpCornerstone } from '../cornerstone-setup';
import { stackOf } from '../stack';
import { dot } from '../geometry/image-plane';
import type { Volume } from '../geometry/volume';
import type { MprAnswer, MprRequest } from './mpr-worker';
import { VOLUME_ARRAYS, volumeKindOf, type Plane, type VolumeKind } from './reslice';
import { MprPane, type PlaneShown } from './MprPane';

const PLANES: Plane[] = ['axial', 'coronal', 'sagittal'];
/** Slices decoded at once while the volume is built (the decode pool has one worker per core). */
const BUILD_CONCURRENCY = 4;

type Cursor = { x: number; y: number; k: number };
type Problem = 'memory' | 'pixels' | 'damaged';

interface Props {
  series: DicomSeries;
  volume: Volume;
  measuring: boolean;
  /** A window preset or the file's window, chosen in the toolbar. */
  voi: { windowWidth: number; windowCenter: number } | null;
}

export function MprView({ series, volume, measuring, voi: chosenVoi }: Props) {
  const { t } = useTranslation();
  const slices = volume.planes.length;
  const shape = useMemo(() => ({ columns: volume.columns, rows: volume.rows, slices }), [volume, slices]);
  const [built, setBuilt] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [rescale, setRescale] = useState({ slope: 1, intercept: 0 });
  const [fileVoi, setFileVoi] = useState({ windowWidth: 400, windowCenter: 40 });
  const [cursor, setCursor] = useState<Cursor>({ x: Math.floor(volume.columns / 2), y: Math.floor(volume.rows / 2), k: Math.floor(slices / 2) });
  const [images, setImages] = useState<Partial<Record<Plane, PlaneShown>>>({});
  const worker = useRef<Worker | null>(null);
  /** The stored values' type, the first slice's (every plane comes back in it). */
  const kindRef = useRef<VolumeKind>('int16');
  /** The request whose planes are the latest asked for, per plane: an older answer is not shown. */
  const asked = useRef({ axial: 0, coronal: 0, sagittal: 0 });
  const ready = built === slices && !problem;
  const voi = chosenVoi ?? fileVoi;

  useEffect(() => {
    const w = new Worker(new URL('./mpr-worker.ts', import.meta.url), { type: 'module', name: 'mpr' });
    worker.current = w;
    const cornerstone = setUpCornerstone();
    const stack = stackOf(series);
    const cache = cornerstone.imageCache;
    const bound = cache.getCacheInfo().maximumSizeInBytes;
    let cancelled = false;
    let taken = 0;
    void (async () => {
      const load = async (k: number) => {
        const image = await cornerstone.loadAndCacheImage(stack[volume.order[k] as number]?.imageId ?? '');
        return { image, pixels: image.getPixelData() };
      };
      const first = await load(0);
      const kind = first.image.color ? null : volumeKindOf(first.pixels);
      if (!kind) return setProblem('pixels');
      const bytes = volume.columns * volume.rows * slices * (kind === 'uint8' ? 1 : 2);
      // The volume and the slices it is built from must both fit in the bound the expert set.
      if (bytes * 2 > bound) return setProblem('memory');
      taken = bytes;
      kindRef.current = kind;
      cache.setMaximumSizeBytes(bound - bytes);
      setRescale({ slope: first.image.slope, intercept: first.image.intercept });
      const w0 = first.image.windowWidth;
      const c0 = first.image.windowCenter;
      if (typeof w0 === 'number' && typeof c0 === 'number') setFileVoi({ windowWidth: w0, windowCenter: c0 });
      w.postMessage({ type: 'init', shape, kind } satisfies MprRequest);
      let done = 0;
      for (let start = 0; start < slices && !cancelled; start += BUILD_CONCURRENCY) {
        const batch = Array.from({ length: Math.min(BUILD_CONCURRENCY, slices - start) }, (_, i) => start + i);
        const loaded = await Promise.all(batch.map(async (k) => ({ k, ...(k === 0 ? first : await load(k)) })));
        for (const { k, pixels, image } of loaded) {
          // Every slice must share the first one's rescale: one volume has one scale of values.
          if (image.slope !== first.image.slope || image.intercept !== first.image.intercept) return setProblem('pixels');
          const copy = (pixels as Int16Array).slice();
          w.postMessage({ type: 'slice', index: k, pixels: copy.buffer } satisfies MprRequest, [copy.buffer]);
        }
        done += batch.length;
        if (!cancelled) setBuilt(done);
      }
    })().catch(() => !cancelled && setProblem('damaged'));
    return () => {
      cancelled = true;
      w.terminate();
      worker.current = null;
      if (taken) cache.setMaximumSizeBytes(bound);
    };
  }, [series, volume, shape, slices]);

  // The planes the worker cut, once the volume is whole; only the latest answer for a plane is shown.
  useEffect(() => {
    const w = worker.current;
    if (!w || !ready) return;
    const onAnswer = (event: MessageEvent<MprAnswer>) => {
      const answer = event.data;
      if (answer.type !== 'planes') return setProblem('damaged');
      const latest = answer.planes.filter((cut) => asked.current[cut.plane] === answer.id);
      if (latest.length === 0) return;
      setImages((all) => {
        const next = { ...all };
        for (const { plane, pixels, ...cut } of latest)
          next[plane] = { ...cut, pixels: new VOLUME_ARRAYS[kindRef.current](pixels), positionMm: positionOf(volume, plane, cursorRef.current) };
        return next;
      });
    };
    w.addEventListener('message', onAnswer);
    return () => w.removeEventListener('message', onAnswer);
  }, [ready, volume]);
  // The cursor as last set, ahead of the render: a move asks the worker for its planes at once, in
  // the pointer's event, rather than after React has rendered it.
  const cursorRef = useRef(cursor);
  const nextId = useRef(1);
  const askPlanes = useCallback((planes: Plane[], c: Cursor) => {
    const w = worker.current;
    if (!w || planes.length === 0) return;
    const id = nextId.current++;
    const at = { axial: c.k, coronal: c.y, sagittal: c.x };
    for (const plane of planes) asked.current[plane] = id;
    w.postMessage({ type: 'planes', id, planes: planes.map((plane) => ({ plane, at: at[plane] })) } satisfies MprRequest);
  }, []);
  useEffect(() => {
    if (ready) askPlanes(PLANES, cursorRef.current);
  }, [ready, askPlanes]);

  const clamp = useCallback((c: Cursor): Cursor => ({ x: within(c.x, volume.columns), y: within(c.y, volume.rows), k: within(c.k, slices) }), [volume, slices]);
  /** Moves the cursor; the planes it moved through are asked for (each plane only when its own position changed). */
  const moveCursor = (change: (c: Cursor) => Cursor) => {
    const before = cursorRef.current;
    const next = clamp(change(before));
    cursorRef.current = next;
    if (ready)
      askPlanes(
        PLANES.filter((p) => (p === 'axial' ? next.k !== before.k : p === 'coronal' ? next.y !== before.y : next.x !== before.x)),
        next,
      );
    setCursor(next);
  };
  const top = (k: number) => slices - 1 - k;
  const panes = {
    axial: { crosshair: { x: cursor.x, y: cursor.y }, spacing: { column: volume.planes[0]!.columnSpacing, row: volume.planes[0]!.rowSpacing } },
    coronal: { crosshair: { x: cursor.x, y: top(cursor.k) }, spacing: { column: volume.planes[0]!.columnSpacing, row: volume.sliceSpacing } },
    sagittal: { crosshair: { x: cursor.y, y: top(cursor.k) }, spacing: { column: volume.planes[0]!.rowSpacing, row: volume.sliceSpacing } },
  };
  const point = (plane: Plane, x: number, y: number) =>
    moveCursor((c) => (plane === 'axial' ? { ...c, x, y } : plane === 'coronal' ? { ...c, x, k: top(y) } : { ...c, y: x, k: top(y) }));
  // The wheel as in the stack: down goes towards the feet (axial), the back (coronal), the patient's left (sagittal).
  const step = (plane: Plane, s: number) =>
    moveCursor((c) => (plane === 'axial' ? { ...c, k: c.k - s } : plane === 'coronal' ? { ...c, y: c.y + s } : { ...c, x: c.x + s }));

  return (
    <div className="dicom-grid dicom-grid--2x2 mpr" data-testid="mpr" data-ready={ready ? 'true' : undefined} data-built={built} data-slices={slices}>
      {PLANES.map((plane) => (
        <MprPane
          key={plane}
          plane={plane}
          image={images[plane] ?? null}
          spacing={panes[plane].spacing}
          rescale={rescale}
          voi={voi}
          crosshair={panes[plane].crosshair}
          measuring={measuring}
          onPoint={(x, y) => point(plane, x, y)}
          onStep={(s) => step(plane, s)}
        />
      ))}
      <div className="mpr__status" role="status" data-testid="mpr-status">
        {problem ? (
          <p className="document-error">{t(`dicom.mprProblems.${problem}`)}</p>
        ) : ready ? (
          <p className="muted">{t('dicom.mprReady', { slices, series: series.seriesDescription })}</p>
        ) : (
          <p className="muted">{t('dicom.mprBuilding', { done: built, slices })}</p>
        )}
        <p className="muted">{t('dicom.mprNotSaved')}</p>
      </div>
    </div>
  );
}

const within = (v: number, size: number) => Math.max(0, Math.min(size - 1, Math.round(v)));

/** Where a plane lies, in mm along its own axis (the overlay's "Loc"). */
function positionOf(volume: Volume, plane: Plane, cursor: Cursor): number {
  const first = volume.planes[0]!;
  if (plane === 'axial') return dot(volume.planes[cursor.k]!.origin, first.normal);
  if (plane === 'coronal') return dot(first.origin, first.column) + cursor.y * first.rowSpacing;
  return dot(first.origin, first.row) + cursor.x * first.columnSpacing;
}
