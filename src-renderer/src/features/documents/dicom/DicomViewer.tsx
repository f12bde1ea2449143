// The DICOM viewer: the case's series in one, two or four viewports (one series each), a series
// strip to choose what the active viewport shows, the toolbar, the measurements list and the key
// images strip. Closing the document frees its images. Everything here works offline: the images
// come from the vault through the content route, decoded by codecs shipped in the build.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries, KeyImage, MeasurementDraft } from '../../../../../contract';
import { useBackend } from '../../../backend/backend-context';
import { useLive } from '../../../backend/use-live';
import type { DocumentViewerProps } from '../viewer-commands';
import { setImageCacheSize, setUpCornerstone } from './cornerstone-setup';
import { releaseDecodedFiles } from './decode/decode-pool';
import { DicomViewport } from './DicomViewport';
import type { Tool, ViewportHandle, ViewportStatus } from './viewport-api';
import { DicomToolbar, type Layout } from './DicomToolbar';
import { SeriesStrip } from './SeriesStrip';
import { SLOTS } from './layouts';
import { TagBrowser } from './TagBrowser';
import { MeasurementsPanel } from './MeasurementsPanel';
import { KeyImageStrip } from './KeyImageStrip';

interface Props extends DocumentViewerProps {
  caseId: string;
}

type Place = { attachmentId: string; frame: number };

export function DicomViewer({ caseId, documentId, onCommands }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [allSeries, setAllSeries] = useState<DicomSeries[] | null>(null);
  const [layout, setLayout] = useState<Layout>('1x1');
  /** The series shown in each viewport, by series UID. */
  const [slots, setSlots] = useState<string[]>([]);
  const [starts, setStarts] = useState<(Place | null)[]>([]);
  const [active, setActive] = useState(0);
  const [tool, setTool] = useState<Tool>('window');
  const [showTags, setShowTags] = useState(false);
  const [statuses, setStatuses] = useState<(ViewportStatus | null)[]>([]);
  const handles = useRef<(ViewportHandle | null)[]>([]);
  const { value: measurements, reload: reloadMeasurements } = useLive(() => backend.measurements.list({ caseId }), [], caseId, 0);
  const { value: keyImages, set: setKeyImages } = useLive(() => backend.keyImages.list({ caseId }), [], caseId, 0);

  useEffect(() => {
    let cancelled = false;
    void backend.imaging.series({ caseId }).then(
      (all) => {
        if (cancelled) return;
        const opened = all.find((s) => s.images.some((i) => i.attachmentId === documentId));
        // The opened series first; the other viewports take the next series in order (or wait empty).
        const order = opened ? [opened, ...all.filter((s) => s !== opened)] : all;
        setAllSeries(all);
        setSlots([0, 1, 2, 3].map((i) => order[i]?.seriesUid ?? ''));
        // The documents list shows a series as one entry: it opens at its first image.
        setStarts([null, null, null, null]);
      },
      () => !cancelled && setAllSeries([]),
    );
    return () => {
      cancelled = true;
    };
  }, [backend, caseId, documentId]);

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

  const showSeries = useCallback(
    (seriesUid: string, start: Place | null = null) => {
      setSlots((s) => s.map((uid, i) => (i === activeSlot ? seriesUid : uid)));
      setStarts((s) => s.map((p, i) => (i === activeSlot ? start : p)));
    },
    [activeSlot],
  );
  const stepSeries = (slot: number, step: number) => {
    const list = allSeries ?? [];
    const at = list.findIndex((s) => s.seriesUid === slots[slot]);
    const next = list[at + step];
    if (next) {
      setSlots((s) => s.map((uid, i) => (i === slot ? next.seriesUid : uid)));
      setStarts((s) => s.map((p, i) => (i === slot ? null : p)));
    }
  };
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
  const activeSeries = byUid.get(slots[activeSlot] ?? '');
  const isKey = !!currentImage && (keyImages ?? []).some((k) => k.attachmentId === currentImage.attachmentId && k.frame === currentImage.frame);
  const toggleKey = useCallback(() => {
    if (!currentImage || !activeSeries || !status) return;
    const image: Omit<KeyImage, 'createdAt'> = {
      attachmentId: currentImage.attachmentId,
      frame: currentImage.frame,
      seriesUid: activeSeries.seriesUid,
      seriesNumber: activeSeries.seriesNumber,
      imageNumber: status.index + 1,
    };
    // The call answers the case's key images: no second request to list them.
    void backend.keyImages.set({ caseId, image, key: !isKey }).then(setKeyImages);
  }, [backend, caseId, currentImage, activeSeries, status, isKey, setKeyImages]);

  const commands = useMemo(
    () => ({
      nextPage: () => activeHandle()?.go(1),
      previousPage: () => activeHandle()?.go(-1),
      zoomIn: () => activeHandle()?.zoomBy(1.2),
      zoomOut: () => activeHandle()?.zoomBy(1 / 1.2),
      rotate: () => activeHandle()?.rotate(),
      preset: (n: number) => activeHandle()?.preset(n),
      toolWindow: () => setTool('window'),
      toolLength: () => setTool('length'),
      toolAngle: () => setTool('angle'),
      toolEllipse: () => setTool('ellipse'),
      toolProbe: () => setTool('probe'),
      cine: () => activeHandle()?.toggleCine(),
      flipHorizontal: () => activeHandle()?.flip('h'),
      flipVertical: () => activeHandle()?.flip('v'),
      invert: () => activeHandle()?.toggleInvert(),
      keyImage: toggleKey,
    }),
    [activeHandle, toggleKey],
  );
  useEffect(() => {
    onCommands(commands);
    return () => onCommands(null);
  }, [commands, onCommands]);

  const onStatus = useMemo(() => [0, 1, 2, 3].map((slot) => (s: ViewportStatus) => setStatuses((all) => Object.assign([...all], { [slot]: s }))), []);
  const onMeasure = useCallback(
    (measurement: MeasurementDraft) => void backend.measurements.save({ caseId, measurement }).then(reloadMeasurements),
    [backend, caseId, reloadMeasurements],
  );

  if (allSeries === null) return <p className="muted">{t('workspace.loading')}</p>;
  if (allSeries.length === 0 || !byUid.has(slots[0] ?? '')) {
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
        viewport={activeHandle()}
        isKey={isKey}
        onToggleKey={toggleKey}
        showTags={showTags}
        onToggleTags={() => setShowTags((v) => !v)}
      />
      <div className="dicom-body">
        <SeriesStrip all={allSeries} current={slots[activeSlot] ?? ''} onSelect={selectSeries} />
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
                tool={tool}
                measurements={measurements ?? []}
                start={starts[slot] ?? null}
                onActivate={() => setActive(slot)}
                onStatus={onStatus[slot] as (s: ViewportStatus) => void}
                onMeasure={onMeasure}
                onStepSeries={(step) => stepSeries(slot, step)}
              />
            );
          })}
        </div>
        {showTags && currentImage && <TagBrowser caseId={caseId} attachmentId={currentImage.attachmentId} />}
      </div>
      <KeyImageStrip keyImages={keyImages ?? []} allSeries={allSeries} onSelect={goToImage} />
      <MeasurementsPanel caseId={caseId} measurements={measurements ?? []} onSelect={goToImage} onRemove={removeMeasurement} />
    </div>
  );
}
