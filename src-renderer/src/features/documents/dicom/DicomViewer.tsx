// The DICOM viewer: the case's series in one, two or four viewports (one series each), arranged by
// the hanging protocols or as the expert left the case, a series strip to choose what the active
// viewport shows, the toolbar (Compare, links, the 3D cursor among its tools), the measurements
// list and the key images strip. Closing the document frees its images. Everything here works
// offline: the images come from the vault through the content route, decoded by codecs shipped in
// the build.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyImage, MeasurementDraft } from '../../../../../contract';
import { useBackend } from '../../../backend/backend-context';
import { useLive } from '../../../backend/use-live';
import type { DocumentViewerProps } from '../viewer-commands';
import { setImageCacheSize, setUpCornerstone } from './cornerstone-setup';
import { releaseDecodedFiles } from './decode/decode-pool';
import { DicomViewport } from './DicomViewport';
import type { OnMove } from './use-cornerstone-stack';
import type { Tool, ViewportHandle, ViewportStatus } from './viewport-api';
import { DicomToolbar, type Layout } from './DicomToolbar';
import { SeriesStrip } from './SeriesStrip';
import { SLOTS } from './layouts';
import { useViewerArrangement } from './use-viewer-arrangement';
import { useViewportLinks } from './use-viewport-links';
import { comparisonFor } from './comparison';
import type { Segment } from './geometry/reference-line';
import type { Vec3 } from './geometry/image-plane';
import type { Point } from './measure';
import { volumeOf } from './geometry/volume';
import { MprView } from './mpr/MprView';
import { mprViewportHandle } from './mpr/mpr-handle';
import { WL_PRESETS } from './viewport-api';
import { TagBrowser } from './TagBrowser';
import { MeasurementsPanel } from './MeasurementsPanel';
import { KeyImageStrip } from './KeyImageStrip';

interface Props extends DocumentViewerProps {
  caseId: string;
}

type Place = { attachmentId: string; frame: number };
const NO_LINES: Segment[] = [];

export function DicomViewer({ caseId, documentId, onCommands }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const { allSeries, arrangement, openedSlot, protocolId, change } = useViewerArrangement(caseId, documentId);
  const { layout, slots } = arrangement;
  const [starts, setStarts] = useState<(Place | null)[]>([null, null, null, null]);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(openedSlot), [openedSlot]);
  const [cursor, setCursor] = useState<Vec3 | null>(null);
  const [tool, setTool] = useState<Tool>('window');
  const [showTags, setShowTags] = useState(false);
  const [statuses, setStatuses] = useState<(ViewportStatus | null)[]>([]);
  const handles = useRef<(ViewportHandle | null)[]>([]);
  const { value: measurements, reload: reloadMeasurements } = useLive(() => backend.measurements.list({ caseId }), [], caseId, 0);
  const { value: keyImages, set: setKeyImages } = useLive(() => backend.keyImages.list({ caseId }), [], caseId, 0);

  // The image cache's bound is a setting; closing the document frees its decoded images (and the
  // files the loader holds for them).
  useEffect(() => {
    void backend.app.info().then(
      (info) => setImageCacheSize(info.imageCacheMiB),
      () => {},
    );
    return () => {
      setUpCornerstone().imageCache.purgeCache();
      releaseDecodedFiles();
    };
  }, [backend]);

  const count = SLOTS[layout];
  const activeSlot = Math.min(active, count - 1);
  const byUid = useMemo(() => new Map((allSeries ?? []).map((s) => [s.seriesUid, s])), [allSeries]);
  const activeHandle = useCallback(() => handles.current[activeSlot] ?? null, [activeSlot]);
  const status = statuses[activeSlot] ?? null;

  const setSlot = useCallback(
    (slot: number, seriesUid: string, start: Place | null = null) => {
      change((a) => ({ ...a, slots: a.slots.map((uid, i) => (i === slot ? seriesUid : uid)) }));
      setStarts((s) => s.map((p, i) => (i === slot ? start : p)));
    },
    [change],
  );
  const showSeries = useCallback((seriesUid: string, start: Place | null = null) => setSlot(activeSlot, seriesUid, start), [setSlot, activeSlot]);
  const stepSeries = (slot: number, step: number) => {
    const list = allSeries ?? [];
    const next = list[list.findIndex((s) => s.seriesUid === slots[slot]) + step];
    if (next) setSlot(slot, next.seriesUid);
  };
  const setLayout = useCallback((l: Layout) => change((a) => ({ ...a, layout: l })), [change]);

  const shown = useMemo(() => slots.slice(0, count).map((uid) => byUid.get(uid)), [slots, count, byUid]);
  const links = useViewportLinks({ allSeries: allSeries ?? [], shown, statuses, handles, activeSlot, arrangement, change, cursor });
  const reading = byUid.get(slots[activeSlot] ?? '');
  /** MPR of the active series, when it forms a volume; the window the toolbar chose for it. */
  const [mpr, setMpr] = useState(false);
  const [mprVoi, setMprVoi] = useState<{ windowWidth: number; windowCenter: number } | null>(null);
  const volume = useMemo(() => (reading ? volumeOf(reading) : ({ kind: 'not-a-volume', problem: 'too-few-slices' } as const)), [reading]);
  useEffect(() => {
    if (volume.kind !== 'volume') setMpr(false);
    setMprVoi(null);
  }, [volume]);
  const presetMpr = useCallback((n: number) => {
    const preset = WL_PRESETS[n - 1];
    if (preset) setMprVoi({ windowWidth: preset.width, windowCenter: preset.center });
  }, []);
  /** In MPR, the toolbar's window presets act on its planes; the stack's view controls have nothing to act on. */
  const mprHandle = useMemo(() => mprViewportHandle(presetMpr), [presetMpr]);
  const comparison = useMemo(() => (reading ? comparisonFor(reading, allSeries ?? []) : null), [reading, allSeries]);
  /** Compare: the newer study left, the older right, linked, the active viewport on the series the expert was reading. */
  const compare = useCallback(() => {
    if (!comparison) return;
    const current = slots[activeSlot];
    change((a) => ({
      ...a,
      layout: '1x2',
      slots: [
        comparison.newer.seriesUid,
        comparison.older.seriesUid,
        ...a.slots.filter((uid) => uid !== comparison.newer.seriesUid && uid !== comparison.older.seriesUid),
      ].slice(0, 4),
      linked: [true, true, false, false],
    }));
    setStarts([null, null, null, null]);
    setActive(current === comparison.older.seriesUid ? 1 : 0);
  }, [comparison, slots, activeSlot, change]);
  const toggleLink = useCallback(() => change((a) => ({ ...a, linked: a.linked.map((l, i) => (i === activeSlot ? !l : l)) })), [change, activeSlot]);
  // Cornerstone's pixel coordinates start at the first pixel's top left corner, the geometry's at its centre.
  const onCursor = useCallback((slot: number, p: Point) => setCursor(links.pointAt(slot, { x: p.x - 0.5, y: p.y - 0.5 })), [links]);
  // The 3D cursor belongs to its tool.
  useEffect(() => {
    if (tool !== 'crosshair') setCursor(null);
  }, [tool]);
  /** Shows an image (a measurement's, a key image): in the active viewport, its series if need be. */
  const goToImage = useCallback(
    (place: Place & { seriesUid: string }) => {
      if (slots[activeSlot] === place.seriesUid) handles.current[activeSlot]?.goTo(place.attachmentId, place.frame);
      else showSeries(place.seriesUid, place);
    },
    [slots, activeSlot, showSeries],
  );
  const selectSeries = useCallback((uid: string) => showSeries(uid), [showSeries]);
  const removeMeasurement = useCallback(
    (id: string) => void backend.measurements.remove({ caseId, id }).then(reloadMeasurements),
    [backend, caseId, reloadMeasurements],
  );

  const currentImage = status?.image ?? null;
  const activeSeries = reading;
  const isKey = !!currentImage && (keyImages ?? []).some((k) => k.attachmentId === currentImage.attachmentId && k.frame === currentImage.frame);
  const toggleKey = useCallback(() => {
    if (!currentImage || !activeSeries || !status) return;
    const image: Omit<KeyImage, 'createdAt' | 'hasPicture'> = {
      attachmentId: currentImage.attachmentId,
      frame: currentImage.frame,
      seriesUid: activeSeries.seriesUid,
      seriesNumber: activeSeries.seriesNumber,
      imageNumber: status.index + 1,
    };
    // Marked with its picture as shown now (window, zoom, measurements), for the report's figures.
    // The call answers the case's key images: no second request to list them.
    const picture = isKey ? Promise.resolve(null) : (activeHandle()?.capture() ?? Promise.resolve(null)).catch(() => null);
    void picture.then((p) => backend.keyImages.set({ caseId, image, key: !isKey, picture: p }).then(setKeyImages));
  }, [backend, caseId, currentImage, activeSeries, status, isKey, setKeyImages, activeHandle]);

  const commands = useMemo(
    () => ({
      nextPage: () => activeHandle()?.go(1),
      previousPage: () => activeHandle()?.go(-1),
      zoomIn: () => activeHandle()?.zoomBy(1.2),
      zoomOut: () => activeHandle()?.zoomBy(1 / 1.2),
      rotate: () => activeHandle()?.rotate(),
      preset: (n: number) => (mpr ? presetMpr(n) : activeHandle()?.preset(n)),
      toolWindow: () => setTool('window'),
      toolLength: () => setTool('length'),
      toolAngle: () => setTool('angle'),
      toolEllipse: () => setTool('ellipse'),
      toolProbe: () => setTool('probe'),
      toolCrosshair: () => setTool('crosshair'),
      compare,
      linkViewport: toggleLink,
      mpr: () => volume.kind === 'volume' && setMpr((on) => !on),
      cine: () => activeHandle()?.toggleCine(),
      flipHorizontal: () => activeHandle()?.flip('h'),
      flipVertical: () => activeHandle()?.flip('v'),
      invert: () => activeHandle()?.toggleInvert(),
      keyImage: toggleKey,
    }),
    [activeHandle, toggleKey, compare, toggleLink, mpr, presetMpr, volume],
  );
  useEffect(() => {
    onCommands(commands);
    return () => onCommands(null);
  }, [commands, onCommands]);

  const onStatus = useMemo(() => [0, 1, 2, 3].map((slot) => (s: ViewportStatus) => setStatuses((all) => Object.assign([...all], { [slot]: s }))), []);
  // The links as of the last render, for a move heard in an event (the callbacks stay the same).
  const follow = useRef(links.follow);
  follow.current = links.follow;
  const onMove = useMemo(() => [0, 1, 2, 3].map((slot) => (index: number, alone: boolean) => follow.current(slot, index, alone)), []);
  const onMeasure = useCallback(
    (measurement: MeasurementDraft) => void backend.measurements.save({ caseId, measurement }).then(reloadMeasurements),
    [backend, caseId, reloadMeasurements],
  );

  if (allSeries === null) return <p className="muted">{t('workspace.loading')}</p>;
  if (allSeries.length === 0 || !shown.some(Boolean)) {
    return (
      <p className="document-error" role="alert" data-testid="document-error">
        {t('dicom.notIndexed')}
      </p>
    );
  }
  return (
    <div
      className="dicom-viewer"
      data-testid="dicom-viewer"
      data-layout={layout}
      data-protocol={protocolId ?? undefined}
      data-index={status ? status.index + 1 : undefined}
      data-count={status?.count}
      data-pixel-sum={status?.decoded?.sum}
      data-pixel-hash={status?.decoded?.hash}
      data-value-sum={status?.decoded?.valueSum}
      data-failure={status?.failure ?? undefined}
      data-pixel-min={status?.decoded?.min}
      data-pixel-max={status?.decoded?.max}
      data-decode-ms={status?.decoded?.decodeMs ?? undefined}
      data-load-ms={status?.decoded?.loadMs ?? undefined}
      data-image-cache-bytes={status ? setUpCornerstone().imageCache.getCacheInfo().cacheSizeInBytes : undefined}
    >
      <DicomToolbar
        tool={tool}
        onTool={setTool}
        layout={layout}
        onLayout={setLayout}
        status={status}
        viewport={mpr ? mprHandle : activeHandle()}
        isKey={isKey}
        onToggleKey={toggleKey}
        showTags={showTags}
        onToggleTags={() => setShowTags((v) => !v)}
        canCompare={comparison !== null}
        onCompare={compare}
        linked={arrangement.linked[activeSlot] ?? false}
        onToggleLink={toggleLink}
        linkWindow={arrangement.linkWindow}
        linkZoom={arrangement.linkZoom}
        onLinkOptions={(options) => change((a) => ({ ...a, ...options }))}
        mpr={mpr}
        mprUnavailable={volume.kind === 'volume' ? null : volume.problem}
        onToggleMpr={() => setMpr((on) => !on)}
      />
      <div className="dicom-body">
        <SeriesStrip all={allSeries} current={slots[activeSlot] ?? ''} onSelect={selectSeries} />
        {mpr && reading && volume.kind === 'volume' ? (
          <MprView series={reading} volume={volume.volume} measuring={tool === 'length'} voi={mprVoi} />
        ) : (
          <div className={`dicom-grid dicom-grid--${layout}`}>
            {slots.slice(0, count).map((uid, slot) => {
              const series = byUid.get(uid);
              if (!series) {
                return (
                  <div
                    key={slot}
                    className="dicom-viewport dicom-viewport--empty"
                    data-testid="dicom-viewport"
                    data-active={slot === activeSlot ? 'true' : undefined}
                    onClick={() => setActive(slot)}
                  >
                    {t('dicom.emptyViewport')}
                  </div>
                );
              }
              return (
                <DicomViewport
                  key={slot}
                  ref={(h) => {
                    handles.current[slot] = h;
                  }}
                  series={series}
                  active={slot === activeSlot && count > 1}
                  primary={slot === activeSlot}
                  layout={layout}
                  tool={tool}
                  measurements={measurements ?? []}
                  start={starts[slot] ?? null}
                  onActivate={() => setActive(slot)}
                  onStatus={onStatus[slot] as (s: ViewportStatus) => void}
                  onMove={onMove[slot] as OnMove}
                  onMeasure={onMeasure}
                  onStepSeries={(step) => stepSeries(slot, step)}
                  link={links.linkStates[slot] ?? null}
                  referenceLines={links.referenceLines[slot] ?? NO_LINES}
                  cursor={links.cursors[slot] ?? null}
                  onCursor={(p) => onCursor(slot, p)}
                />
              );
            })}
          </div>
        )}
        {showTags && currentImage && <TagBrowser caseId={caseId} attachmentId={currentImage.attachmentId} />}
      </div>
      <KeyImageStrip keyImages={keyImages ?? []} allSeries={allSeries} onSelect={goToImage} />
      <MeasurementsPanel caseId={caseId} measurements={measurements ?? []} onSelect={goToImage} onRemove={removeMeasurement} />
    </div>
  );
}
