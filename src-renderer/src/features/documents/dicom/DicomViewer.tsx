// The DICOM viewer (cornerstone-core): a series as a stack — scroll with the wheel, arrows or J/K,
// window/level by dragging or with presets (keys 1–5), zoom (Ctrl+wheel), pan (right drag), fit,
// invert, rotate, reset — with a technical overlay free of patient data, and a bounded image cache
// emptied when the document closes. A file that cannot be shown says why; nothing else breaks.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries } from '../../../../../src-preload/contract';
import { useBackend } from '../../../app/backend-context';
import type { DocumentViewerProps } from '../viewer-commands';
import { imageIdOf, setUpCornerstone } from './cornerstone-setup';
import type { Image } from 'cornerstone-core';
import { useLive } from '../../../app/use-live';
import { TagBrowser } from './TagBrowser';
import { SeriesStrip } from './SeriesStrip';
import { RotateButton, ZoomControls } from '../ViewerControls';

export const WL_PRESETS = [
  { key: 'softTissue', width: 400, center: 40 },
  { key: 'lung', width: 1500, center: -600 },
  { key: 'bone', width: 2000, center: 300 },
  { key: 'brain', width: 80, center: 40 },
  { key: 'liver', width: 150, center: 90 },
] as const;

interface Props extends DocumentViewerProps {
  caseId: string;
}

type Voi = { windowWidth: number; windowCenter: number };
type Point = { x: number; y: number };

export function DicomViewer({ caseId, documentId, onCommands }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const element = useRef<HTMLDivElement>(null);
  const [series, setSeries] = useState<DicomSeries | null>(null);
  const [allSeries, setAllSeries] = useState<DicomSeries[]>([]);
  const [failed, setFailed] = useState<'not-indexed' | 'decode' | null>(null);
  const [index, setIndex] = useState(0);
  const [voi, setVoi] = useState<Voi | null>(null);
  const [scale, setScale] = useState(1);
  const [invert, setInvert] = useState(false);
  const [rotation, setRotation] = useState(0);
  // What was decoded, as technical data on the element: lets support (and tests) tell a lossless
  // decode from a damaged one without looking at patient data.
  const [decoded, setDecoded] = useState<{ sum: number; min: number; max: number } | null>(null);
  const drag = useRef<{ x: number; y: number; button: number; voi: Voi | null } | null>(null);
  const enabled = useRef(false);
  const currentImage = useRef<Image | null>(null);
  const [tool, setTool] = useState<'window' | 'length'>('window');
  const [showTags, setShowTags] = useState(false);
  const [draft, setDraft] = useState<{ a: Point; b: Point } | null>(null);
  const [drawn, setDrawn] = useState(0);
  const { value: measurements, reload: reloadMeasurements } = useLive(() => backend.measurements.list({ caseId }), [], caseId, 0);
  /** The element's viewport once an image is shown (cornerstone throws before it is enabled). */
  const viewportOf = () => (enabled.current && element.current ? setUpCornerstone().getViewport(element.current) : undefined);

  useEffect(() => {
    let cancelled = false;
    void backend.imaging.series({ caseId }).then(
      (all) => {
        if (cancelled) return;
        const found = all.find((s) => s.images.some((i) => i.attachmentId === documentId));
        setAllSeries(all);
        if (found) setSeries(found);
        else setFailed('not-indexed');
      },
      () => !cancelled && setFailed('not-indexed'),
    );
    return () => {
      cancelled = true;
    };
  }, [backend, caseId, documentId]);

  useEffect(() => {
    const el = element.current;
    if (!el || !series) return;
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
      // Closing the document frees its images.
      cornerstone.imageCache.purgeCache();
    };
  }, [series]);

  // Show the current image; keep zoom, window and orientation from one image to the next.
  useEffect(() => {
    const el = element.current;
    const image = series?.images[index];
    if (!el || !image) return;
    const cornerstone = setUpCornerstone();
    let cancelled = false;
    cornerstone.loadAndCacheImage(imageIdOf(image.attachmentId)).then(
      (loaded) => {
        if (cancelled || !enabled.current) return;
        currentImage.current = loaded;
        const previous = cornerstone.getViewport(el);
        const fresh = cornerstone.getDefaultViewportForImage(el, loaded);
        cornerstone.displayImage(el, loaded, previous && voi ? { ...previous, voi } : fresh);
        if (!voi) setVoi(fresh.voi);
        const pixels = loaded.getPixelData();
        let sum = 0;
        for (let i = 0; i < pixels.length; i++) sum += pixels[i] ?? 0;
        setDecoded({ sum, min: loaded.minPixelValue, max: loaded.maxPixelValue });
        setScale(cornerstone.getViewport(el)?.scale ?? 1);
        // Prefetch the neighbours so that scrolling does not wait.
        for (const step of [1, -1, 2, -2, 3, 4, 5]) {
          const next = series?.images[index + step];
          if (next) void cornerstone.loadAndCacheImage(imageIdOf(next.attachmentId)).catch(() => {});
        }
      },
      () => !cancelled && setFailed('decode'),
    );
    return () => {
      cancelled = true;
    };
    // The window (voi) is applied by its own effect: it must not reload the image on every drag.
  }, [series, index]);

  useEffect(() => {
    const el = element.current;
    const viewport = viewportOf();
    if (!el || !viewport || !voi) return;
    setUpCornerstone().setViewport(el, { ...viewport, voi, invert, rotation });
    // viewportOf reads refs only.
  }, [voi, invert, rotation]);

  const count = series?.images.length ?? 0;
  const switchSeries = useCallback(
    (seriesUid: string) => {
      const next = allSeries.find((s) => s.seriesUid === seriesUid);
      if (!next || next.seriesUid === series?.seriesUid) return;
      setSeries(next);
      setIndex(0);
      setVoi(null); // each series starts with its own window
    },
    [allSeries, series],
  );
  const stepSeries = (step: number) => {
    const at = allSeries.findIndex((s) => s.seriesUid === series?.seriesUid);
    const next = allSeries[at + step];
    if (next) switchSeries(next.seriesUid);
  };
  const go = useCallback((step: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + step))), [count]);
  const zoomBy = useCallback((factor: number) => {
    const el = element.current;
    const viewport = enabled.current && el ? setUpCornerstone().getViewport(el) : undefined;
    if (!el || !viewport) return;
    const next = Math.max(0.1, Math.min(20, viewport.scale * factor));
    setUpCornerstone().setViewport(el, { ...viewport, scale: next });
    setScale(next);
  }, []);
  const commands = useMemo(
    () => ({
      nextPage: () => go(1),
      previousPage: () => go(-1),
      zoomIn: () => zoomBy(1.2),
      zoomOut: () => zoomBy(1 / 1.2),
      rotate: () => setRotation((r) => (r + 90) % 360),
      preset: (n: number) => {
        const preset = WL_PRESETS[n - 1];
        if (preset) setVoi({ windowWidth: preset.width, windowCenter: preset.center });
      },
    }),
    [go, zoomBy],
  );
  useEffect(() => {
    onCommands(commands);
    return () => onCommands(null);
  }, [commands, onCommands]);

  /** Millimetres between two image points, from the image's pixel spacing (pixels if unknown). */
  function lengthMm(a: Point, b: Point): number {
    const img = currentImage.current;
    const dx = (b.x - a.x) * (img?.columnPixelSpacing ?? 1);
    const dy = (b.y - a.y) * (img?.rowPixelSpacing ?? 1);
    return Math.hypot(dx, dy);
  }

  async function finishLength({ a, b }: { a: Point; b: Point }) {
    const image = series?.images[index];
    if (!series || !image || Math.hypot(b.x - a.x, b.y - a.y) < 2) return;
    await backend.measurements.save({
      caseId,
      measurement: { id: crypto.randomUUID(), attachmentId: image.attachmentId, seriesUid: series.seriesUid, imageNumber: index + 1, kind: 'length', points: [a, b], valueMm: lengthMm(a, b) },
    });
    reloadMeasurements();
  }

  function goToImage(attachmentId: string) {
    const at = series?.images.findIndex((i) => i.attachmentId === attachmentId) ?? -1;
    if (at >= 0) setIndex(at);
  }

  if (failed) {
    return (
      <p className="document-error" role="alert" data-testid="document-error">
        {t(failed === 'not-indexed' ? 'dicom.notAnImage' : 'errors.UNSUPPORTED_DICOM')}
      </p>
    );
  }
  const image = series?.images[index];
  return (
    <div
      className="dicom-viewer"
      data-testid="dicom-viewer"
      data-index={index + 1}
      data-count={count}
      data-pixel-sum={decoded?.sum}
      data-pixel-min={decoded?.min}
      data-pixel-max={decoded?.max}
    >
      <div className="viewer-toolbar" role="toolbar">
        {WL_PRESETS.map((preset, i) => (
          <button
            key={preset.key}
            type="button"
            className="button button--secondary button--small"
            data-testid="wl-preset"
            data-preset={preset.key}
            title={`${i + 1}`}
            onClick={() => commands.preset(i + 1)}
          >
            {t(`dicom.presets.${preset.key}`)}
          </button>
        ))}
        <span className="toolbar-gap" />
        <button type="button" className="button button--secondary button--small" aria-pressed={tool === 'length'} data-testid="tool-length" onClick={() => setTool((x) => (x === 'length' ? 'window' : 'length'))}>
          {t('dicom.length')}
        </button>
        <button type="button" className="button button--secondary button--small" aria-pressed={showTags} data-testid="dicom-tags-toggle" onClick={() => setShowTags((v) => !v)}>
          {t('dicom.tags')}
        </button>
        <ZoomControls percent={scale * 100} onZoomIn={commands.zoomIn} onZoomOut={commands.zoomOut} testId="dicom-zoom" />
        <button type="button" className="button button--secondary button--small" onClick={() => {
            if (!enabled.current || !element.current) return;
            setUpCornerstone().fitToWindow(element.current);
            setScale(viewportOf()?.scale ?? 1);
          }}>
          {t('dicom.fit')}
        </button>
        <button type="button" className="button button--secondary button--small" aria-pressed={invert} onClick={() => setInvert((v) => !v)} data-testid="dicom-invert">
          {t('dicom.invert')}
        </button>
        <RotateButton onRotate={commands.rotate} />
        <button type="button" className="button button--secondary button--small" onClick={() => {
            if (!enabled.current || !element.current) return;
            setUpCornerstone().reset(element.current);
            setVoi(viewportOf()?.voi ?? null);
            setInvert(false);
            setRotation(0);
          }}>
          {t('dicom.reset')}
        </button>
      </div>
      <div className="dicom-body">
      <SeriesStrip all={allSeries} current={series?.seriesUid ?? ''} onSelect={switchSeries} />
      <div
        ref={element}
        className="dicom-viewport"
        data-testid="dicom-viewport"
        tabIndex={0}
        onWheel={(e) => (e.ctrlKey ? zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1) : go(e.deltaY > 0 ? 1 : -1))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowRight') go(1);
          else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') go(-1);
          else if (e.key === 'PageDown') stepSeries(1);
          else if (e.key === 'PageUp') stepSeries(-1);
          else if (e.key === 'Home') setIndex(0);
          else if (e.key === 'End') setIndex(count - 1);
          else return;
          e.preventDefault();
        }}
        onContextMenu={(e) => e.preventDefault()}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX, y: e.clientY, button: e.button, voi };
          e.currentTarget.setPointerCapture(e.pointerId);
          if (tool === 'length' && e.button === 0 && enabled.current && element.current) {
            const p = setUpCornerstone().pageToPixel(element.current, e.pageX, e.pageY);
            setDraft({ a: p, b: p });
          }
        }}
        onPointerMove={(e) => {
          const start = drag.current;
          const el = element.current;
          if (!start || !el) return;
          if (draft && tool === 'length') {
            setDraft({ a: draft.a, b: setUpCornerstone().pageToPixel(el, e.pageX, e.pageY) });
            return;
          }
          const dx = e.clientX - start.x;
          const dy = e.clientY - start.y;
          if (start.button === 0 && start.voi && tool === 'window') {
            setVoi({ windowWidth: Math.max(1, start.voi.windowWidth + dx * 4), windowCenter: start.voi.windowCenter + dy * 2 });
          } else if (start.button === 2) {
            const viewport = viewportOf();
            if (viewport) setUpCornerstone().setViewport(el, { ...viewport, translation: { x: viewport.translation.x + e.movementX / viewport.scale, y: viewport.translation.y + e.movementY / viewport.scale } });
          }
        }}
        onPointerUp={() => {
          drag.current = null;
          if (draft) void finishLength(draft);
          setDraft(null);
        }}
      >
        <svg className="dicom-annotations" data-drawn={drawn}>
          {[...(measurements ?? []).filter((m) => image && m.attachmentId === image.attachmentId).map((m) => ({ id: m.id, points: m.points, mm: m.valueMm })),
            ...(draft ? [{ id: 'draft', points: [draft.a, draft.b], mm: lengthMm(draft.a, draft.b) }] : [])].map((m) => {
            const el = element.current;
            if (!el || !enabled.current || !currentImage.current) return null;
            const [a, b] = m.points.map((p) => setUpCornerstone().pixelToCanvas(el, p)) as [Point, Point];
            return (
              <g key={m.id} className="dicom-annotations__length">
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                <text x={b.x + 6} y={b.y - 6}>
                  {t('dicom.mm', { mm: m.mm.toFixed(1) })}
                </text>
              </g>
            );
          })}
        </svg>
        <div className="dicom-overlay" data-testid="dicom-overlay" aria-live="polite">
          <div className="dicom-overlay__tl">
            <div>{series ? `${series.modality} · ${series.seriesDescription}` : ''}</div>
            <div>{series?.studyDescription}</div>
          </div>
          <div className="dicom-overlay__tr">{series?.lossy ? <span className="dicom-overlay__lossy">{t('dicom.lossy')}</span> : null}</div>
          <div className="dicom-overlay__bl">
            <div data-testid="dicom-image-number">{t('dicom.image', { n: index + 1, count })}</div>
            {image?.sliceLocation !== null && image?.sliceLocation !== undefined && <div>{t('dicom.location', { mm: image.sliceLocation.toFixed(1) })}</div>}
            {image?.sliceThickness ? <div>{t('dicom.thickness', { mm: image.sliceThickness })}</div> : null}
          </div>
          <div className="dicom-overlay__br">
            <div data-testid="dicom-wl">{voi ? t('dicom.wl', { w: Math.round(voi.windowWidth), l: Math.round(voi.windowCenter) }) : ''}</div>
            <div>{t('dicom.zoom', { percent: Math.round(scale * 100) })}</div>
          </div>
        </div>
      </div>
      {showTags && image && <TagBrowser caseId={caseId} attachmentId={image.attachmentId} />}
      </div>
      {measurements && measurements.length > 0 && (
        <ul className="measurements" aria-label={t('dicom.measurements')}>
          {measurements.map((m) => (
            <li key={m.id} data-testid="measurement-row">
              <button type="button" className="link-button" onClick={() => goToImage(m.attachmentId)}>
                {t('dicom.measurementRow', { mm: m.valueMm.toFixed(1), n: m.imageNumber })}
              </button>
              <button type="button" className="tabs__close" aria-label={t('dicom.remove')} onClick={() => void backend.measurements.remove({ caseId, id: m.id }).then(reloadMeasurements)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
