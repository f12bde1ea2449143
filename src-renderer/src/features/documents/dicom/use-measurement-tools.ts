// The measurement tools of one viewport: drawing a length, an ellipse, a probe or an angle (two
// gestures: drag the first arm, then click the end of the second), and moving a saved
// measurement's handle. Points are in the pixels of the image cornerstone has drawn; a
// measurement belongs to that image and is measured on its pixels and calibration.
import { useEffect, useState } from 'react';
import type { DicomSeries, Measurement, MeasurementDraft } from '../../../../../contract';
import type { Drawing } from './AnnotationLayer';
import { measured, type PixelSource, type Point, type Spacing } from './measure';
import type { StackImage } from './stack';
import type { SmoImage } from './decode/smo-image-loader';
import { MEASURE_TOOLS, type Tool } from './viewport-api';

type MeasureTool = (typeof MEASURE_TOOLS)[number];
const isMeasureTool = (tool: Tool): tool is MeasureTool => (MEASURE_TOOLS as readonly string[]).includes(tool);

/** How near a saved measurement's point the pointer must press to move it, in screen pixels. */
const HANDLE_REACH_PX = 8;

/** The image shown and its place in the stack. */
export type Displayed = { image: StackImage; index: number } | null;

interface Options {
  series: DicomSeries;
  tool: Tool;
  measurements: Measurement[];
  displayed: Displayed;
  /** The decoded image drawn (its pixels and calibration). */
  shownImage: () => SmoImage | null;
  /** The viewport's zoom: a handle is within reach in screen pixels. */
  scale: () => number;
  onMeasure: (draft: MeasurementDraft) => void;
}

export interface MeasurementTools {
  /** The image's saved measurements, the one being moved drawn where its handle is. */
  shown: Measurement[];
  /** The measurement being drawn, measured as it stands. */
  draft: (Drawing & ReturnType<typeof measured> & { signal: Measurement['signal'] }) | null;
  /** A press at `p` (image pixels; null without an image) with this button: a handle taken, or a drawing begun. */
  press(p: Point | null, button: number): void;
  /** The pointer moved to `p` while pressed (`dragging`) or not: true when a tool took it. */
  move(p: Point | null, dragging: boolean): boolean;
  /** The press ended: a drawing is finished, a moved handle saved. */
  release(): void;
  /** Esc: true when it dropped a drawing or a move under way. */
  cancel(): boolean;
}

export function useMeasurementTools({ series, tool, measurements, displayed, shownImage, scale, onMeasure }: Options): MeasurementTools {
  const [draft, setDraft] = useState<Drawing | null>(null);
  // A saved measurement whose handle is being dragged: its points as they move.
  const [editing, setEditing] = useState<{ measurement: Measurement; point: number; points: Point[] } | null>(null);
  // An angle is drawn in two gestures: drag the first arm, then click the end of the second.
  const [angleArmDone, setAngleArmDone] = useState(false);

  // A half-drawn measurement does not survive a change of tool.
  useEffect(() => {
    setDraft(null);
    setAngleArmDone(false);
  }, [tool]);

  /** The signal unit of values read off this series' pixels. */
  const signal = series.modality === 'CT' ? 'HU' : 'value';

  /** What the measurements of the image shown need: its calibration and, if greyscale, its pixels. */
  function imageData(): { spacing: Spacing; source: PixelSource | null } {
    const img = shownImage();
    const spacing = { column: img?.columnPixelSpacing ?? null, row: img?.rowPixelSpacing ?? null };
    if (!img || img.color) return { spacing, source: null };
    return { spacing, source: { pixels: img.getPixelData(), width: img.columns, height: img.rows, slope: img.slope || 1, intercept: img.intercept || 0 } };
  }

  function measuredHere(kind: Measurement['kind'], points: Point[]) {
    const { spacing, source } = imageData();
    return measured(kind, points, spacing, source);
  }

  /** A saved measurement with moved points, its values measured again on the image shown. */
  function edited(m: Measurement, points: Point[]): MeasurementDraft {
    const { attachmentId, frame, seriesUid, seriesNumber, imageNumber, kind } = m;
    return { id: m.id, attachmentId, frame, seriesUid, seriesNumber, imageNumber, kind, points, ...measuredHere(kind, points), signal: m.signal };
  }

  function finish(drawing: Drawing) {
    // Its points are in the pixels of the image drawn: it belongs to that image.
    if (!displayed) return;
    onMeasure({
      id: crypto.randomUUID(),
      attachmentId: displayed.image.attachmentId,
      frame: displayed.image.frame,
      seriesUid: series.seriesUid,
      seriesNumber: series.seriesNumber,
      imageNumber: displayed.index + 1,
      kind: drawing.kind,
      points: drawing.points,
      ...measuredHere(drawing.kind, drawing.points),
      signal,
    });
  }

  const onImage = displayed ? measurements.filter((m) => m.attachmentId === displayed.image.attachmentId && m.frame === displayed.image.frame) : [];
  const shown = editing ? onImage.map((m) => (m.id === editing.measurement.id ? { ...m, ...edited(m, editing.points) } : m)) : onImage;

  /** The saved measurement's handle under the pointer (within a few screen pixels), whatever the tool. */
  function handleAt(p: Point): { measurement: Measurement; point: number } | null {
    const reach = HANDLE_REACH_PX / scale();
    for (const measurement of shown) {
      const point = measurement.points.findIndex((q) => Math.hypot(q.x - p.x, q.y - p.y) <= reach);
      if (point >= 0) return { measurement, point };
    }
    return null;
  }

  const farEnough = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y) >= 2;

  return {
    shown,
    draft: draft ? { ...draft, ...measuredHere(draft.kind, draft.points), signal } : null,
    press(p, button) {
      const handle = button === 0 && !draft && p ? handleAt(p) : null;
      if (handle) {
        setEditing({ ...handle, points: handle.measurement.points });
        return;
      }
      // With a drawing under way (an angle's second arm), the click ends it on release.
      if (button !== 0 || !isMeasureTool(tool) || !p || draft) return;
      setDraft({ kind: tool, points: tool === 'probe' ? [p] : [p, p] });
    },
    move(p, dragging) {
      if (editing) {
        if (p) setEditing({ ...editing, points: editing.points.map((q, i) => (i === editing.point ? p : q)) });
        return true;
      }
      if (!draft || !isMeasureTool(tool)) return false;
      if (!p) return true;
      if (draft.kind === 'angle' && angleArmDone) setDraft({ kind: 'angle', points: [draft.points[0] as Point, draft.points[1] as Point, p] });
      else if (dragging && draft.kind !== 'probe') setDraft({ kind: draft.kind, points: [draft.points[0] as Point, p] });
      else if (dragging) setDraft({ kind: 'probe', points: [p] });
      return true;
    },
    release() {
      if (editing) {
        // Saved under the same id: the list keeps its place, the report quotes the new value.
        if (editing.points !== editing.measurement.points) onMeasure(edited(editing.measurement, editing.points));
        setEditing(null);
        return;
      }
      if (!draft) return;
      const [a, b, c] = draft.points as [Point, Point?, Point?];
      if (draft.kind === 'probe') {
        finish(draft);
        setDraft(null);
      } else if (draft.kind === 'angle' && !angleArmDone) {
        if (b && farEnough(a, b)) {
          setAngleArmDone(true);
          setDraft({ kind: 'angle', points: [a, b, b] });
        } else setDraft(null);
      } else if (draft.kind === 'angle') {
        if (c && b && farEnough(b, c)) finish(draft);
        setDraft(null);
        setAngleArmDone(false);
      } else {
        if (b && farEnough(a, b)) finish(draft);
        setDraft(null);
      }
    },
    cancel() {
      if (editing) {
        setEditing(null);
        return true;
      }
      if (!draft) return false;
      setDraft(null);
      setAngleArmDone(false);
      return true;
    },
  };
}
