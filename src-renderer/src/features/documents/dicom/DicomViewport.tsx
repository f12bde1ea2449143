// One viewport of the DICOM viewer (cornerstone-core): a series as a stack — wheel, arrows, drag
// or cine to move through it — with window/level, zoom, pan, rotate, flip and invert of its own,
// the measurements drawn on the image shown, and a technical overlay free of patient data. The
// viewer drives it through its handle and hears back what it shows (its status).
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries, Measurement, MeasurementDraft } from '../../../../../contract';
import { setUpCornerstone } from './cornerstone-setup';
import { stackIndexOf, stackOf } from './stack';
import { voiLutFor } from './voi-function';
import type { Point } from './measure';
import { AnnotationLayer } from './AnnotationLayer';
import { ViewportOverlay } from './ViewportOverlay';
import { useCine } from './use-cine';
import { afterPaint, loadForViewport, prefetchSteps } from './image-priority';
import { DecodeError } from './decode/decode-pool';
import type { DecodeProblem } from './decode/protocol';
import type { SmoImage } from './decode/smo-image-loader';
import { WL_PRESETS, type Tool, type ViewportHandle, type ViewportStatus } from './viewport-api';
import { useMeasurementTools, type Displayed } from './use-measurement-tools';

type Voi = { windowWidth: number; windowCenter: number };

interface Props {
  series: DicomSeries;
  active: boolean;
  tool: Tool;
  measurements: Measurement[];
  /** Where to open the stack (a measurement or key image being revisited). */
  start: { attachmentId: string; frame: number } | null;
  onActivate: () => void;
  onStatus: (status: ViewportStatus) => void;
  onMeasure: (draft: MeasurementDraft) => void;
  /** Page Up/Down: the previous or next series in this viewport. */
  onStepSeries: (step: number) => void;
}

/** What a left drag started, to apply as the pointer moves. */
type Drag = { x: number; y: number; button: number; voi: Voi | null; index: number; scale: number };

/** Where a series opens in its stack: the image asked for, else the first. */
function startIndexOf(stack: ReturnType<typeof stackOf>, start: Props['start']): number {
  return Math.max(0, start ? stackIndexOf(stack, start.attachmentId, start.frame) : 0);
}

export const DicomViewport = forwardRef<ViewportHandle, Props>(function DicomViewport(
  { series, active, tool, measurements, start, onActivate, onStatus, onMeasure, onStepSeries },
  ref,
) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const enabled = useRef(false);
  const currentImage = useRef<SmoImage | null>(null);
  const drag = useRef<Drag | null>(null);
  const lastIndex = useRef(0);
  const stack = useMemo(() => stackOf(series), [series]);
  const count = stack.length;
  // Where a series opens: the image asked for, else the first. Read when the series changes; a new
  // start with the same series is a goTo through the handle.
  const startRef = useRef(start);
  startRef.current = start;
  const [index, setIndex] = useState(() => startIndexOf(stack, start));
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
  const [voiFunction, setVoiFunction] = useState<SmoImage['voiFunction']>('LINEAR');
  const [drawn, setDrawn] = useState(0);
  const image = stack[index] ?? null;
  // The image cornerstone has actually drawn, and its place: measurements are drawn, picked and
  // saved against it, never against the image still loading at `index` (a measurement clicked
  // before the first image was drawn asked cornerstone for a transform it did not have yet).
  const [displayed, setDisplayed] = useState<Displayed>(null);

  const viewportOf = () => (enabled.current && element.current ? setUpCornerstone().getViewport(element.current) : undefined);
  const go = useCallback((step: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + step))), [count]);
  const cine = useCine(count, setIndex);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const cornerstone = setUpCornerstone();
    cornerstone.enable(el);
    enabled.current = true;
    const observer = new ResizeObserver(() => cornerstone.resize(el, true));
    observer.observe(el);
    // Measurements are drawn in canvas coordinates: follow every zoom, pan and image change.
    const onRendered = () => {
      setDrawn((n) => n + 1);
      // A resize refits the image: keep the zoom readout true.
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
    setIndex(startIndexOf(stack, startRef.current));
    setVoi(null);
    setFailure(null);
  }, [stack]);

  // What the expert set, as the next image to load finds it (read, not followed: applying a new
  // window or orientation is the next effect's work, and must not reload the image).
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
    loadForViewport(() => cornerstone.loadAndCacheImage(image.imageId) as Promise<SmoImage>).then(
      (loaded) => {
        if (cancelled || !enabled.current) return;
        currentImage.current = loaded;
        setDisplayed({ image, index });
        const previous = cornerstone.getViewport(el);
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
  }, [voi, invert, rotation, hflip, vflip]);

  const zoomTo = useCallback((next: number) => {
    const el = element.current;
    const viewport = viewportOf();
    if (!el || !viewport) return;
    const clamped = Math.max(0.05, Math.min(20, next));
    setUpCornerstone().setViewport(el, { ...viewport, scale: clamped });
    setScale(clamped);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      go,
      goTo: (attachmentId, frame) => {
        const at = stackIndexOf(stack, attachmentId, frame);
        if (at >= 0) setIndex(at);
      },
      zoomBy: (factor) => zoomTo((viewportOf()?.scale ?? 1) * factor),
      fit: () => {
        // cornerstone fits and resets the image it shows: none yet, nothing to do.
        if (!enabled.current || !element.current || !currentImage.current) return;
        setUpCornerstone().fitToWindow(element.current);
        setScale(viewportOf()?.scale ?? 1);
      },
      actualSize: () => zoomTo(1),
      rotate: () => setRotation((r) => (r + 90) % 360),
      flip: (axis) => (axis === 'h' ? setHflip((v) => !v) : setVflip((v) => !v)),
      toggleInvert: () => setInvert((v) => !v),
      reset: () => {
        if (!enabled.current || !element.current || !currentImage.current) return;
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
    }),
    [go, stack, zoomTo, cine.toggle, cine.setFps],
  );

  useEffect(() => {
    onStatus({ index, count, image, scale, invert, playing: cine.playing, fps: cine.fps, decoded, failure, windows, spacingSource });
  }, [index, count, image, scale, invert, cine.playing, cine.fps, decoded, failure, windows, spacingSource, onStatus]);

  const pointAt = (e: React.PointerEvent): Point | null =>
    enabled.current && element.current && currentImage.current ? setUpCornerstone().pageToPixel(element.current, e.pageX, e.pageY) : null;
  const tools = useMeasurementTools({
    series,
    tool,
    measurements,
    displayed,
    shownImage: () => currentImage.current,
    scale: () => viewportOf()?.scale ?? 1,
    onMeasure,
  });

  function onPointerDown(e: React.PointerEvent<HTMLDivElement>) {
    onActivate();
    drag.current = { x: e.clientX, y: e.clientY, button: e.button, voi, index, scale: viewportOf()?.scale ?? 1 };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    tools.press(e.button === 0 ? pointAt(e) : null, e.button);
  }

  function onPointerMove(e: React.PointerEvent<HTMLDivElement>) {
    const el = element.current;
    const start = drag.current;
    if (tools.move(pointAt(e), start !== null)) return;
    if (!start || !el) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    const effect = start.button === 2 ? 'pan' : start.button === 1 ? 'zoom' : tool;
    const viewport = viewportOf();
    if (effect === 'window' && start.voi) {
      setVoi({ windowWidth: Math.max(1, start.voi.windowWidth + dx * 4), windowCenter: start.voi.windowCenter + dy * 2 });
    } else if (effect === 'stack') {
      // The whole stack over the viewport's height, at least 4 px per image.
      const perImage = Math.max(4, el.clientHeight / Math.max(1, count));
      setIndex(Math.max(0, Math.min(count - 1, start.index + Math.round(dy / perImage))));
    } else if (effect === 'zoom') {
      zoomTo(start.scale * Math.exp(-dy / 200));
    } else if (effect === 'pan' && viewport) {
      setUpCornerstone().setViewport(el, {
        ...viewport,
        translation: { x: viewport.translation.x + e.movementX / viewport.scale, y: viewport.translation.y + e.movementY / viewport.scale },
      });
    }
  }

  function onPointerUp() {
    drag.current = null;
    tools.release();
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') go(1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') go(-1);
    else if (e.key === 'PageDown') onStepSeries(1);
    else if (e.key === 'PageUp') onStepSeries(-1);
    else if (e.key === 'Home') setIndex(0);
    else if (e.key === 'End') setIndex(count - 1);
    else if (e.key !== 'Escape' || !tools.cancel()) return;
    e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div
      ref={element}
      className="dicom-viewport"
      data-testid="dicom-viewport"
      data-active={active ? 'true' : undefined}
      data-index={index + 1}
      data-count={count}
      data-tool={tool}
      data-failed={failure ? 'true' : undefined}
      data-inverted={currentImage.current ? String((currentImage.current.invert ?? false) !== invert) : undefined}
      tabIndex={0}
      onWheel={(e) => {
        onActivate();
        if (e.ctrlKey) zoomTo(scale * (e.deltaY < 0 ? 1.1 : 1 / 1.1));
        else go(e.deltaY > 0 ? 1 : -1);
      }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    >
      {failure ? (
        <p className="document-error dicom-viewport__error" role="alert" data-testid="document-error" data-problem={failure}>
          {t(`dicom.decodeProblems.${failure}`, { syntax: series.transferSyntaxName })}
        </p>
      ) : null}
      <AnnotationLayer element={enabled.current && displayed ? element.current : null} drawn={drawn} saved={tools.shown} draft={tools.draft} />
      <ViewportOverlay
        series={series}
        image={image}
        index={index}
        count={count}
        voi={voi}
        scale={scale}
        playing={cine.playing}
        fps={cine.fps}
        calibration={decoded ? (spacingSource ?? 'pixels') : null}
        voiFunction={decoded ? voiFunction : null}
      />
    </div>
  );
});
