// One viewport of the DICOM viewer (cornerstone-core): a series as a stack — wheel, arrows, drag
// or cine to move through it — with window/level, zoom, pan, rotate, flip and invert of its own,
// the measurements drawn on the image shown, and a technical overlay free of patient data. The
// viewer drives it through its handle and hears back what it shows (its status). The stack and
// its view are use-cornerstone-stack.ts; the measurement tools, use-measurement-tools.ts; here,
// the gestures and what is drawn over the image.
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries, Measurement, MeasurementDraft } from '../../../../../contract';
import { setUpCornerstone } from './cornerstone-setup';
import type { Point } from './measure';
import { AnnotationLayer } from './AnnotationLayer';
import { ReferenceLayer } from './ReferenceLayer';
import type { Segment } from './geometry/reference-line';
import { ViewportOverlay } from './ViewportOverlay';
import type { Tool, ViewportHandle, ViewportStatus } from './viewport-api';
import { useMeasurementTools } from './use-measurement-tools';
import { useCornerstoneStack, type OnMove, type Voi } from './use-cornerstone-stack';
import { useWorkspace } from '../../workspace/workspace-context';

/** The tools whose clicks draw nothing: with them, a double-click enters or leaves reading mode. */
const NAVIGATION_TOOLS: ReadonlySet<Tool> = new Set(['window', 'stack', 'zoom', 'pan', 'crosshair']);

/** How this viewport is linked, for its overlay: following the active one (with the offset the expert aligned), or the active one that none can follow. */
export type LinkState = { kind: 'linked'; offsetMm: number } | { kind: 'crossing' } | null;

interface Props {
  series: DicomSeries;
  /** Marked as the active one (among several). */
  active: boolean;
  /** The viewport the expert works in (also when it is the only one): its images load first. */
  primary: boolean;
  /** The viewer's layout: when it changes, an image the expert has not zoomed is fitted again. */
  layout: string;
  tool: Tool;
  measurements: Measurement[];
  /** Where to open the stack (a measurement or key image being revisited). */
  start: { attachmentId: string; frame: number } | null;
  onActivate: () => void;
  onStatus: (status: ViewportStatus) => void;
  /** The expert moved this viewport to another image (told at once, for the viewports linked to it). */
  onMove: OnMove;
  onMeasure: (draft: MeasurementDraft) => void;
  /** Page Up/Down: the previous or next series in this viewport. */
  onStepSeries: (step: number) => void;
  link: LinkState;
  /** The active viewport's slice where it cuts this image, in this image's pixels. */
  referenceLines: Segment[];
  /** The 3D cursor on this image, in its pixels. */
  cursor: { x: number; y: number } | null;
  /** The 3D cursor tool pointed at this image's pixel `p`. */
  onCursor: (p: Point) => void;
}

/** What a left drag started, to apply as the pointer moves. */
type Drag = { x: number; y: number; button: number; voi: Voi | null; index: number; scale: number };

export const DicomViewport = forwardRef<ViewportHandle, Props>(function DicomViewport(
  { series, active, primary, layout, tool, measurements, start, onActivate, onStatus, onMove, onMeasure, onStepSeries, link, referenceLines, cursor, onCursor },
  ref,
) {
  const { t } = useTranslation();
  const { toggleReading } = useWorkspace();
  const drag = useRef<Drag | null>(null);
  const view = useCornerstoneStack(series, start, primary, layout, onMove);
  const { element, status } = view;
  const { index, count, scale } = status;
  useImperativeHandle(ref, () => view.handle, [view.handle]);
  useEffect(() => onStatus(status), [status, onStatus]);

  const pointAt = (e: React.PointerEvent): Point | null =>
    view.isEnabled() && element.current && view.shownImage() ? setUpCornerstone().pageToPixel(element.current, e.pageX, e.pageY) : null;
  const tools = useMeasurementTools({
    series,
    tool,
    measurements,
    displayed: view.displayed,
    shownImage: view.shownImage,
    scale: () => view.viewportOf()?.scale ?? 1,
    onMeasure,
  });

  function onPointerDown(e: React.PointerEvent<HTMLDivElement>) {
    onActivate();
    drag.current = { x: e.clientX, y: e.clientY, button: e.button, voi: view.voi, index, scale: view.viewportOf()?.scale ?? 1 };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    const p = e.button === 0 ? pointAt(e) : null;
    if (tool === 'crosshair' && p) onCursor(p);
    tools.press(p, e.button);
  }

  function onPointerMove(e: React.PointerEvent<HTMLDivElement>) {
    const el = element.current;
    const start = drag.current;
    if (tools.move(pointAt(e), start !== null)) return;
    if (!start || !el) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    const effect = start.button === 2 ? 'pan' : start.button === 1 ? 'zoom' : tool;
    if (effect === 'crosshair') {
      const p = pointAt(e);
      if (p) onCursor(p);
    } else if (effect === 'window' && start.voi) {
      view.setVoi({ windowWidth: Math.max(1, start.voi.windowWidth + dx * 4), windowCenter: start.voi.windowCenter + dy * 2 });
    } else if (effect === 'stack') {
      // The whole stack over the viewport's height, at least 4 px per image.
      const perImage = Math.max(4, el.clientHeight / Math.max(1, count));
      view.setIndex(Math.max(0, Math.min(count - 1, start.index + Math.round(dy / perImage))));
    } else if (effect === 'zoom') {
      view.zoomTo(start.scale * Math.exp(-dy / 200));
    } else if (effect === 'pan') {
      view.panBy(e.movementX, e.movementY);
    }
  }

  function onPointerUp() {
    drag.current = null;
    tools.release();
  }

  function onKeyDown(e: React.KeyboardEvent) {
    // Shift with an arrow: this viewport alone, to align it with the ones it is linked to.
    const alone = e.shiftKey && link !== null;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') view.go(1, alone);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') view.go(-1, alone);
    else if (e.key === 'PageDown') onStepSeries(1);
    else if (e.key === 'PageUp') onStepSeries(-1);
    else if (e.key === 'Home') view.setIndex(0);
    else if (e.key === 'End') view.setIndex(count - 1);
    else if (e.key !== 'Escape' || !tools.cancel()) return;
    e.preventDefault();
    e.stopPropagation();
  }

  const shown = view.shownImage();
  return (
    <div
      ref={element}
      className="dicom-viewport"
      data-testid="dicom-viewport"
      data-active={active ? 'true' : undefined}
      data-index={index + 1}
      data-count={count}
      data-tool={tool}
      data-failed={status.failure ? 'true' : undefined}
      data-inverted={shown ? String((shown.invert ?? false) !== status.invert) : undefined}
      tabIndex={0}
      onWheel={(e) => {
        onActivate();
        // With Shift, browsers turn the wheel sideways: its turn is then in deltaX.
        const delta = e.deltaY || e.deltaX;
        if (delta === 0) return;
        if (e.ctrlKey) view.zoomTo(scale * (delta < 0 ? 1.1 : 1 / 1.1));
        else view.go(delta > 0 ? 1 : -1, e.shiftKey && link !== null);
      }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onDoubleClick={() => NAVIGATION_TOOLS.has(tool) && toggleReading()}
    >
      {status.failure ? (
        <p className="document-error dicom-viewport__error" role="alert" data-testid="document-error" data-problem={status.failure}>
          {t(`dicom.decodeProblems.${status.failure}`, { syntax: series.transferSyntaxName })}
        </p>
      ) : null}
      <ReferenceLayer element={view.isEnabled() && view.displayed ? element.current : null} drawn={view.drawn} lines={referenceLines} cursor={cursor} />
      <AnnotationLayer element={view.isEnabled() && view.displayed ? element.current : null} drawn={view.drawn} saved={tools.shown} draft={tools.draft} />
      <ViewportOverlay
        series={series}
        image={status.image}
        index={index}
        count={count}
        voi={view.voi}
        scale={scale}
        playing={status.playing}
        fps={status.fps}
        calibration={status.decoded ? (status.spacingSource ?? 'pixels') : null}
        voiFunction={status.decoded ? view.voiFunction : null}
        markers={status.markers}
        link={link}
      />
    </div>
  );
});
