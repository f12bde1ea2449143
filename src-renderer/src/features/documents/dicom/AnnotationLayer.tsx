// The measurements of the image shown, drawn over it in canvas coordinates (they follow zoom, pan,
// rotation and flips): lines for lengths, two arms for angles, ellipses for ROIs, a cross for probes,
// each labelled with its value; a saved one's points are drawn as handles that can be dragged.
// The labels are laid out together (label-layout.ts): inside the viewport, clear of one another.
import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../../../contract';
import { setUpCornerstone } from './cornerstone-setup';
import { measurementValueText } from './measurement-text';
import type { Point } from './measure';
import { labelWidth, placeLabels } from './label-layout';

export type Drawing = { kind: Measurement['kind']; points: Point[] };
type Shown = Pick<Measurement, 'kind' | 'points' | 'values' | 'unit' | 'signal'> & { id?: string };

interface Props {
  element: HTMLDivElement | null;
  /** Changes on every render of the image: the canvas positions must be recomputed. */
  drawn: number;
  saved: Measurement[];
  draft: Shown | null;
}

export function AnnotationLayer({ element, drawn, saved, draft }: Props) {
  const { t, i18n } = useTranslation();
  if (!element) return <svg className="dicom-annotations" />;
  const cornerstone = setUpCornerstone();
  const toCanvas = (p: Point) => cornerstone.pixelToCanvas(element, p);
  const all = [...saved, ...(draft ? [{ ...draft, id: 'draft' }] : [])].map((m: Shown) => {
    const points = m.points.map(toCanvas);
    const label = m.kind === 'angle' && points.length < 3 ? '' : measurementValueText(t, i18n.language, m);
    return { m, points, label };
  });
  const labels = placeLabels(
    all.map(({ m, points, label }) => ({ ...anchorOf(m.kind, points), width: labelWidth(label) })),
    { width: element.clientWidth, height: element.clientHeight },
  );
  return (
    <svg className="dicom-annotations" data-drawn={drawn}>
      {all.map(({ m, points, label }, n) => {
        const key = m.id ?? 'draft';
        const className = `dicom-annotations__shape${key === 'draft' ? ' dicom-annotations__shape--draft' : ''}`;
        // A saved measurement's points are handles: pressed and dragged, they move (DicomViewport).
        const handles =
          key === 'draft'
            ? null
            : points.map((p, i) => (
                <circle
                  key={`h${i}`}
                  className="dicom-annotations__handle"
                  cx={p.x}
                  cy={p.y}
                  r={4}
                  data-testid="measurement-handle"
                  data-measurement={key}
                  data-point={i}
                />
              ));
        return (
          <g key={key}>
            {shape(m.kind, points, className)}
            {label && points.length > 0 ? (
              <text className="dicom-annotations__label" x={labels[n]?.x} y={labels[n]?.y} data-testid="measurement-label">
                {label}
              </text>
            ) : null}
            {handles}
          </g>
        );
      })}
    </svg>
  );
}

/** Where a measurement's label hangs: the end of a line, the vertex of an angle, an ellipse's corner, the probe. */
function anchorOf(kind: Measurement['kind'], points: Point[]): Point {
  const [a, b] = points as [Point, Point?];
  if (kind === 'ellipse' && b) return { x: Math.max(a.x, b.x), y: Math.max(a.y, b.y) };
  if ((kind === 'length' || kind === 'angle') && b) return b;
  return a ?? { x: 0, y: 0 };
}

/** The drawing of one measurement, in canvas coordinates. */
function shape(kind: Measurement['kind'], points: Point[], className: string) {
  const [a, b, c] = points as [Point, Point?, Point?];
  switch (kind) {
    case 'length':
      return b ? (
        <g className={className} data-kind="length">
          <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
        </g>
      ) : null;
    case 'angle':
      return b ? (
        <g className={className} data-kind="angle">
          <polyline points={[a, b, c ?? b].map((p) => `${p.x},${p.y}`).join(' ')} fill="none" />
        </g>
      ) : null;
    case 'ellipse':
      return b ? (
        <g className={className} data-kind="ellipse">
          <ellipse cx={(a.x + b.x) / 2} cy={(a.y + b.y) / 2} rx={Math.abs(b.x - a.x) / 2} ry={Math.abs(b.y - a.y) / 2} fill="none" />
        </g>
      ) : null;
    case 'probe':
      return (
        <g className={className} data-kind="probe">
          <path d={`M${a.x - 5},${a.y}h10M${a.x},${a.y - 5}v10`} />
        </g>
      );
  }
}
