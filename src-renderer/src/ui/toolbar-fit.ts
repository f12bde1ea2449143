// How many of a toolbar's groups stay on its row (OverflowToolbar), from their measured widths.

/** Room kept for the "More" button and the gaps, in CSS pixels. */
const MORE_WIDTH = 72;
const GAP = 8;

/** How many groups, from the first, fit in `width` (all of them without the "More" button when they can). */
export function groupsThatFit(widths: readonly number[], width: number): number {
  const total = widths.reduce((sum, w) => sum + w + GAP, 0);
  if (total <= width) return widths.length;
  let used = MORE_WIDTH;
  let n = 0;
  for (const w of widths) {
    if (used + w + GAP > width) break;
    used += w + GAP;
    n++;
  }
  return n;
}
