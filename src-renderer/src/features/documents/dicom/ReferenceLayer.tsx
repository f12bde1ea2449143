// What other viewports say about this one, drawn over its image in canvas coordinates (following
// zoom, pan, rotation and flips): the line where the active viewport's slice cuts this image
// (reference line), and the 3D cursor's point where it falls on this image.
import { setUpCornerstone } from './cornerstone-setup';
import type { Segment } from './geometry/reference-line';

interface Props {
  element: HTMLDivElement | null;
  /** Changes on every render of the image: the canvas positions must be recomputed. */
  drawn: number;
  /** In this image's pixels. */
  lines: Segment[];
  /** The 3D cursor on this image, in its pixels; null when it is not on this image. */
  cursor: { x: number; y: number } | null;
}

export function ReferenceLayer({ element, drawn, lines, cursor }: Props) {
  if (!element || (lines.length === 0 && !cursor)) return null;
  const cornerstone = setUpCornerstone();
  // The geometry counts pixels from the first pixel's centre; cornerstone from its top left corner.
  const toCanvas = (p: { x: number; y: number }) => cornerstone.pixelToCanvas(element, { x: p.x + 0.5, y: p.y + 0.5 });
  const at = cursor ? toCanvas(cursor) : null;
  return (
    <svg className="dicom-references" data-drawn={drawn} aria-hidden="true">
      {lines.map((line, i) => {
        const a = toCanvas(line.from);
        const b = toCanvas(line.to);
        return (
          <line
            key={i}
            className="dicom-references__line"
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            data-testid="reference-line"
            data-from={`${line.from.x.toFixed(1)},${line.from.y.toFixed(1)}`}
            data-to={`${line.to.x.toFixed(1)},${line.to.y.toFixed(1)}`}
          />
        );
      })}
      {at && cursor ? (
        <path
          className="dicom-references__cursor"
          d={`M${at.x - 12},${at.y}h8M${at.x + 4},${at.y}h8M${at.x},${at.y - 12}v8M${at.x},${at.y + 4}v8`}
          data-testid="cursor-3d"
          data-pixel={`${cursor.x.toFixed(1)},${cursor.y.toFixed(1)}`}
        />
      ) : null}
    </svg>
  );
}
