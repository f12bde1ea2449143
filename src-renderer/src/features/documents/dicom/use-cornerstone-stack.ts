// The cornerstone side of one viewport: the element enabled as a cornerstone viewport, the series
// as a stack and the image shown (loaded, displayed with its own LUTs, the next ones prefetched in
// the direction of travel), and the expert's view of it (window, zoom, invert, rotation, flips),
// kept from one image to the next. The viewport component adds the gestures, the measurement
// tools and the overlay; the viewer drives it through `handle`.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type SetStateAction } from 'react';
import type { DicomSeries } from '../../../../../contract';
import { setUpCornerstone } from './cornerstone-setup';
import { stackIndexOf, stackOf } from './stack';
import { voiLutFor } from './voi-function';
import { useCine } from './use-cine';
import { afterPaint, loadForViewport, prefetchSteps } from './image-priority';
import { DecodeError } from './decode/decode-pool';
import type { DecodeProblem } from './decode/protocol';
import type { SmoImage } from './decode/smo-image-loader';
import { WL_PRESETS, type ViewportHandle, type ViewportStatus } from './viewport-api';
import type { Displayed } from './use-measurement-tools';
import { orientationMarkers } from './orientation-markers';
import { captureViewport } from './viewport-capture';

export type Voi = { windowWidth: number; windowCenter: number };

/** Where to open the stack (a measurement or key image being revisited). */
export type StackStart = { attachmentId: string; frame: number } | null;

/** Where a series opens in its stack: the image asked for, else the first. */
function startIndexOf(stack: ReturnType<typeof stackOf>, start: StackStart): number {
  return Math.max(0, start ? stackIndexOf(stack, start.attachmentId, start.frame) : 0);
}

/** The expert moved this viewport to image `index` (wheel, keys, drag, cine); `alone`: with Shift. */
export type OnMove = (index: number, alone: boolean) => void;

/**
 * `active`: the viewport the expert works in; its images load ahead of the other viewports'.
 * `layout`: the viewer's layout, whose change refits an image the expert has not zoomed.
 * `onMove`: told at once, in the same event, of every move the expert makes here (not of a move
 * the viewer makes through the handle), so that linked viewports move in the same commit.
 */
export function useCornerstoneStack(series: DicomSeries, start: StackStart, active = true, layout = '', onMove?: OnMove) {
  const element = useRef<HTMLDivElement>(null);
  const enabled = useRef(false);
  const currentImage = useRef<SmoImage | null>(null);
  const lastIndex = useRef(0);
  /** The image is shown fitted: the expert has not zoomed or panned it since it was. */
  const fitted = useRef(true);
  /** The viewer's layout changed: the next new size refits an image still fitted. */
  const layoutChanged = useRef(false);
  // Before the browser lays the new grid out (and the resize observer hears of it).
  useLayoutEffect(() => {
    layoutChanged.current = true;
  }, [layout]);
  /** The stack whose image is displayed: a new series starts fitted, not at the zoom of the last one. */
  const shownStack = useRef<ReturnType<typeof stackOf> | null>(null);
  const stack = useMemo(() => stackOf(series), [series]);
  const count = stack.length;
  // Where a series opens: the image asked for, else the first. Read when the series changes; a new
  // start with the same series is a goTo through the handle.
  const startRef = useRef(start);
  startRef.current = start;
  const [index, setIndexState] = useState(() => startIndexOf(stack, start));
  // The index as last set, ahead of the state: moves within one event add up, and onMove hears the
  // index they lead to before React renders it.
  const indexNow = useRef(index);
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;
  /** The last move was the expert's own in a linked viewport (Shift): the others stay, their offset changes. */
  const [alone, setAlone] = useState(false);
  /** Sets the image without telling onMove (the viewer's own moves, a new series). */
  const place = useCallback((next: SetStateAction<number>, isAlone = false) => {
    indexNow.current = typeof next === 'function' ? next(indexNow.current) : next;
    setAlone(isAlone);
    setIndexState(indexNow.current);
    return indexNow.current;
  }, []);
  /** The expert's move: set, and told to onMove. */
  const setIndex = useCallback((next: SetStateAction<number>, isAlone = false) => onMoveRef.current?.(place(next, isAlone), isAlone), [place]);
  const [voi, setVoi] = useState<Voi | null>(null);
  const [scale, setScale] = useState(1);
  const [invert, setInvert] = useState(false);
  const [rotation, setRotation] = useState(0);
  const [hflip, setHflip] = useState(false);
  const [vflip, setVflip] = useState(false);
  const [decoded, setDecoded] = useState<ViewportStatus['decoded']>(null);
  const [failure, setFailure] = useState<DecodeProblem | null>(null);
  const [windows, setWindows] = useState<SmoImage['windows']>([]);
  const [spacingSource, setSpacingSource] = useState<SmoImage['spacingSource']>(null);
  const [orientation, setOrientation] = useState<SmoImage['orientation']>(null);
  const [voiFunction, setVoiFunction] = useState<SmoImage['voiFunction']>('LINEAR');
  const [drawn, setDrawn] = useState(0);
  const image = stack[index] ?? null;
  // The image cornerstone has actually drawn, and its place: measurements are drawn, picked and
  // saved against it, never against the image still loading at `index` (a measurement clicked
  // before the first image was drawn asked cornerstone for a transform it did not have yet).
  const [displayed, setDisplayed] = useState<Displayed>(null);

  const viewportOf = useCallback(() => (enabled.current && element.current ? setUpCornerstone().getViewport(element.current) : undefined), []);
  const go = useCallback((step: number, isAlone = false) => setIndex((i) => Math.max(0, Math.min(count - 1, i + step)), isAlone), [count, setIndex]);
  const cine = useCine(count, setIndex);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const cornerstone = setUpCornerstone();
    cornerstone.enable(el);
    enabled.current = true;
    // Panels opening or closing, reading mode, a splitter: the image keeps the zoom and pan the
    // expert sees (cornerstone would refit it), until Fit or Reset. Another layout (1×2 to 1×1)
    // refits an image the expert has not zoomed or panned, as a new viewport would be.
    const observer = new ResizeObserver(() => {
      const refit = layoutChanged.current && fitted.current;
      layoutChanged.current = false;
      const before = currentImage.current && !refit ? cornerstone.getViewport(el) : undefined;
      cornerstone.resize(el, before === undefined);
      const after = before && cornerstone.getViewport(el);
      if (before && after) cornerstone.setViewport(el, { ...after, scale: before.scale, translation: before.translation });
    });
    observer.observe(el);
    // Measurements are drawn in canvas coordinates: follow every zoom, pan and image change.
    const onRendered = () => {
      setDrawn((n) => n + 1);
      // Keep the zoom readout true to what is drawn.
      setScale(cornerstone.getViewport(el)?.scale ?? 1);
    };
    el.addEventListener('cornerstoneimagerendered', onRendered);
    return () => {
      el.removeEventListener('cornerstoneimagerendered', onRendered);
      observer.disconnect();
      enabled.current = false;
      cornerstone.disable(el);
    };
  }, []);

  // A new series in this viewport starts at its first image (or the one asked for), with its own window.
  useEffect(() => {
    place(startIndexOf(stack, startRef.current));
    setVoi(null);
    setFailure(null);
  }, [stack, place]);

  // What the expert set, as the next image to load finds it (read, not followed: applying a new
  // window or orientation is the next effect's work, and must not reload the image).
  const activeRef = useRef(active);
  activeRef.current = active;
  const view = useRef({ voi, invert, rotation, hflip, vflip });
  view.current = { voi, invert, rotation, hflip, vflip };

  // Show the current image; keep zoom, window and orientation from one image to the next.
  useEffect(() => {
    const el = element.current;
    const image = stack[index];
    if (!el || !image) return;
    const { voi, invert, rotation, hflip, vflip } = view.current;
    const cornerstone = setUpCornerstone();
    let cancelled = false;
    loadForViewport(
      () => cornerstone.loadAndCacheImage(image.imageId) as Promise<SmoImage>,
      activeRef.current,
      !activeRef.current && !currentImage.current,
    ).then(
      (loaded) => {
        if (cancelled || !enabled.current) return;
        currentImage.current = loaded;
        setDisplayed({ image, index });
        const previous = shownStack.current === stack ? cornerstone.getViewport(el) : undefined;
        if (shownStack.current !== stack) fitted.current = true;
        shownStack.current = stack;
        const fresh = cornerstone.getDefaultViewportForImage(el, loaded);
        // The expert's invert is relative to the image's own presentation (MONOCHROME1 is shown inverted).
        const shownInvert = (loaded.invert ?? false) !== invert;
        const shownVoi = previous && voi ? voi : fresh.voi;
        // The LUTs are always this image's: the previous image's must not carry over with its window.
        const luts = { modalityLUT: loaded.modalityLUT, voiLUT: voiLutFor(loaded, shownVoi) };
        cornerstone.displayImage(
          el,
          loaded,
          previous && voi ? { ...previous, voi, invert: shownInvert, ...luts } : { ...fresh, invert: shownInvert, rotation, hflip, vflip, ...luts },
        );
        if (!voi) setVoi(fresh.voi);
        setVoiFunction(loaded.voiFunction);
        setFailure(null);
        setWindows(loaded.windows);
        setSpacingSource(loaded.spacingSource);
        // The same plane from one slice to the next: a new array each image would redo the markers.
        setOrientation((current) => (current?.join() === loaded.orientation?.join() ? current : loaded.orientation));
        setDecoded({ ...loaded.digest, min: loaded.minPixelValue, max: loaded.maxPixelValue, decodeMs: loaded.decodeTimeInMS, loadMs: loaded.loadTimeInMS });
        setScale(cornerstone.getViewport(el)?.scale ?? 1);
        // Prefetch ahead in the direction the expert is scrolling, far enough that a wheel turning
        // at the display's rate does not outrun a file's fetch from the vault (~30–60 ms each on
        // two cores), and two images behind.
        // Started once this image is painted: on two cores, a burst of fetches and decodes started
        // beside its first paint delayed that paint by tens of milliseconds.
        const direction = index >= lastIndex.current ? 1 : -1;
        lastIndex.current = index;
        // (Even when the expert has scrolled on meanwhile: the cache gives each image once.)
        afterPaint(() => {
          for (const step of prefetchSteps(direction)) {
            const next = stack[index + step];
            if (next) void cornerstone.loadAndCacheImage(next.imageId).catch(() => {});
          }
        });
      },
      (error: unknown) => {
        if (cancelled) return;
        // The image that failed is not shown: never the previous one under its label.
        currentImage.current = null;
        setDisplayed(null);
        setOrientation(null);
        setDecoded(null);
        setFailure(error instanceof DecodeError ? error.problem : 'damaged');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [stack, index]);

  useEffect(() => {
    const el = element.current;
    const viewport = viewportOf();
    if (!el || !viewport || !voi) return;
    const shownImage = currentImage.current;
    setUpCornerstone().setViewport(el, {
      ...viewport,
      voi,
      invert: (shownImage?.invert ?? false) !== invert,
      rotation,
      hflip,
      vflip,
      ...(shownImage ? { voiLUT: voiLutFor(shownImage, voi) } : {}),
    });
  }, [voi, invert, rotation, hflip, vflip, viewportOf]);

  const zoomTo = useCallback(
    (next: number) => {
      const el = element.current;
      const viewport = viewportOf();
      if (!el || !viewport) return;
      const clamped = Math.max(0.05, Math.min(20, next));
      fitted.current = false;
      setUpCornerstone().setViewport(el, { ...viewport, scale: clamped });
      setScale(clamped);
    },
    [viewportOf],
  );

  const handle = useMemo<ViewportHandle>(
    () => ({
      go,
      show: (at) => place(Math.max(0, Math.min(count - 1, at))),
      setVoi,
      zoomTo,
      goTo: (attachmentId, frame) => {
        const at = stackIndexOf(stack, attachmentId, frame);
        if (at >= 0) place(at);
      },
      zoomBy: (factor) => zoomTo((viewportOf()?.scale ?? 1) * factor),
      fit: () => {
        // cornerstone fits and resets the image it shows: none yet, nothing to do.
        if (!enabled.current || !element.current || !currentImage.current) return;
        fitted.current = true;
        setUpCornerstone().fitToWindow(element.current);
        setScale(viewportOf()?.scale ?? 1);
      },
      actualSize: () => zoomTo(1),
      rotate: () => setRotation((r) => (r + 90) % 360),
      flip: (axis) => (axis === 'h' ? setHflip((v) => !v) : setVflip((v) => !v)),
      toggleInvert: () => setInvert((v) => !v),
      reset: () => {
        if (!enabled.current || !element.current || !currentImage.current) return;
        fitted.current = true;
        setUpCornerstone().reset(element.current);
        setVoi(viewportOf()?.voi ?? null);
        setInvert(false);
        setRotation(0);
        setHflip(false);
        setVflip(false);
        setScale(viewportOf()?.scale ?? 1);
      },
      preset: (n) => {
        const preset = WL_PRESETS[n - 1];
        if (preset) setVoi({ windowWidth: preset.width, windowCenter: preset.center });
      },
      toggleCine: cine.toggle,
      setFps: cine.setFps,
      fileWindow: (n) => {
        const w = currentImage.current?.windows[n];
        if (w) setVoi({ windowWidth: w.width, windowCenter: w.center });
      },
      capture: () => captureViewport(currentImage.current ? element.current : null),
    }),
    [go, place, count, stack, zoomTo, viewportOf, cine.toggle, cine.setFps],
  );

  // Where the patient lies at each edge, as the expert has turned and flipped the image.
  const markers = useMemo(() => orientationMarkers(orientation, { rotation, hflip, vflip }), [orientation, rotation, hflip, vflip]);

  /** What the viewport shows, for the viewer's toolbar and overlay (reported on every change). */
  const status = useMemo<ViewportStatus>(
    () => ({ index, alone, voi, count, image, scale, invert, playing: cine.playing, fps: cine.fps, decoded, failure, windows, spacingSource, markers }),
    [index, alone, voi, count, image, scale, invert, cine.playing, cine.fps, decoded, failure, windows, spacingSource, markers],
  );

  /** Moves the image by a pointer's movement, in screen pixels. */
  const panBy = useCallback(
    (dx: number, dy: number) => {
      const el = element.current;
      const viewport = viewportOf();
      if (!el || !viewport) return;
      fitted.current = false;
      setUpCornerstone().setViewport(el, {
        ...viewport,
        translation: { x: viewport.translation.x + dx / viewport.scale, y: viewport.translation.y + dy / viewport.scale },
      });
    },
    [viewportOf],
  );

  return {
    element,
    /** Whether cornerstone has the element (it has no viewport before, nor after it is disabled). */
    isEnabled: () => enabled.current,
    /** The decoded image shown, if any. */
    shownImage: () => currentImage.current,
    status,
    displayed,
    setIndex,
    voi,
    setVoi,
    voiFunction,
    drawn,
    viewportOf,
    go,
    zoomTo,
    panBy,
    handle,
  };
}
