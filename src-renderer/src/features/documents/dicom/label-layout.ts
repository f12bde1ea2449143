// Where the measurements' labels go: beside their anchor (the end of a line, the corner of an
// ellipse), inside the viewport — never over the next viewport in 1×2 — and clear of one another,
// as OHIF and Weasis keep them. Tried in order: right and above the anchor, right and below, left
// and above, left and below; when all four overlap a label already placed, the first is moved down
// (then up) a line at a time until it is clear.

export interface Anchor {
  x: number;
  y: number;
  /** The label's width on screen. */
  width: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The label's line height, and where its baseline sits under its top (12 px monospace). */
export const LABEL_HEIGHT = 15;
const BASELINE = 11;
const OFFSET = 6;
/** A label's width for its text: the overlay's monospace font is 0.6 em a character at 12 px. */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * 7.3);
}

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function inside(box: Box, bounds: Size): Box {
  return {
    ...box,
    x: Math.max(0, Math.min(bounds.width - box.width, box.x)),
    y: Math.max(0, Math.min(bounds.height - box.height, box.y)),
  };
}

/** The text positions (x, baseline y) of each label, in the order given. */
export function placeLabels(anchors: readonly Anchor[], bounds: Size): { x: number; y: number }[] {
  const placed: Box[] = [];
  return anchors.map((a) => {
    const h = LABEL_HEIGHT;
    const w = a.width;
    const candidates: Box[] = [
      { x: a.x + OFFSET, y: a.y - OFFSET - h, width: w, height: h },
      { x: a.x + OFFSET, y: a.y + OFFSET, width: w, height: h },
      { x: a.x - OFFSET - w, y: a.y - OFFSET - h, width: w, height: h },
      { x: a.x - OFFSET - w, y: a.y + OFFSET, width: w, height: h },
    ].map((box) => inside(box, bounds));
    let chosen = candidates.find((box) => !placed.some((p) => overlaps(box, p)));
    if (!chosen) {
      const first = candidates[0]!;
      const lines = Math.ceil(bounds.height / (h + 2));
      for (let step = 1; step <= lines && !chosen; step++) {
        for (const direction of [1, -1]) {
          const moved = inside({ ...first, y: first.y + direction * step * (h + 2) }, bounds);
          if (!placed.some((p) => overlaps(moved, p))) {
            chosen = moved;
            break;
          }
        }
      }
    }
    const box = chosen ?? candidates[0]!;
    placed.push(box);
    return { x: box.x, y: box.y + BASELINE };
  });
}
