// The geometry and statistics behind the measurement tools, on image pixel coordinates: lengths
// and areas in millimetres from the pixel spacing (pixels when the image has none), angles in the
// patient's plane (anisotropic spacing counts), and ROI statistics on modality values (stored
// values through the rescale slope/intercept, so Hounsfield units for CT).
export type Point = { x: number; y: number };

/** Millimetres per pixel along columns (x) and rows (y); null when the image does not say. */
export interface Spacing {
  column: number | null;
  row: number | null;
}

export interface PixelSource {
  pixels: ArrayLike<number>;
  width: number;
  height: number;
  slope: number;
  intercept: number;
}

/** A spacing is usable only with both directions known and positive. */
function mmPerPixel(spacing: Spacing): { x: number; y: number; calibrated: boolean } {
  const { column, row } = spacing;
  return column && row && column > 0 && row > 0 ? { x: column, y: row, calibrated: true } : { x: 1, y: 1, calibrated: false };
}

export function isCalibrated(spacing: Spacing): boolean {
  return mmPerPixel(spacing).calibrated;
}

export function lengthOf(a: Point, b: Point, spacing: Spacing): number {
  const s = mmPerPixel(spacing);
  return Math.hypot((b.x - a.x) * s.x, (b.y - a.y) * s.y);
}

/** The angle at `vertex` between the arms to `a` and `c`, in degrees (0–180). */
export function angleOf(a: Point, vertex: Point, c: Point, spacing: Spacing): number {
  const s = mmPerPixel(spacing);
  const u = { x: (a.x - vertex.x) * s.x, y: (a.y - vertex.y) * s.y };
  const v = { x: (c.x - vertex.x) * s.x, y: (c.y - vertex.y) * s.y };
  const norms = Math.hypot(u.x, u.y) * Math.hypot(v.x, v.y);
  if (norms === 0) return 0;
  const cos = Math.max(-1, Math.min(1, (u.x * v.x + u.y * v.y) / norms));
  return (Math.acos(cos) * 180) / Math.PI;
}

export interface RoiStats {
  /** The drawn ellipse's area, in mm² (or px²). */
  area: number;
  /** Pixel statistics; absent when no pixel centre lies inside the ellipse. */
  mean?: number;
  sd?: number;
  min?: number;
  max?: number;
  count: number;
}

/**
 * Statistics of the pixels whose centres lie inside the ellipse inscribed in the box a–b. Colour
 * images (no single modality value) get the area only: pass `source` null.
 */
export function ellipseStats(a: Point, b: Point, spacing: Spacing, source: PixelSource | null): RoiStats {
  const s = mmPerPixel(spacing);
  const rx = Math.abs(b.x - a.x) / 2;
  const ry = Math.abs(b.y - a.y) / 2;
  const area = Math.PI * rx * s.x * ry * s.y;
  if (!source || rx === 0 || ry === 0) return { area, count: 0 };
  const cx = (a.x + b.x) / 2;
  const cy = (a.y + b.y) / 2;
  let count = 0;
  let sum = 0;
  let sumSquares = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Pixel (i, j) covers [i, i+1) × [j, j+1): its centre is (i + 0.5, j + 0.5).
  const top = Math.max(0, Math.floor(cy - ry));
  const bottom = Math.min(source.height - 1, Math.ceil(cy + ry));
  const left = Math.max(0, Math.floor(cx - rx));
  const right = Math.min(source.width - 1, Math.ceil(cx + rx));
  for (let j = top; j <= bottom; j++) {
    const dy = (j + 0.5 - cy) / ry;
    for (let i = left; i <= right; i++) {
      const dx = (i + 0.5 - cx) / rx;
      if (dx * dx + dy * dy > 1) continue;
      const value = (source.pixels[j * source.width + i] ?? 0) * source.slope + source.intercept;
      count++;
      sum += value;
      sumSquares += value * value;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  if (count === 0) return { area, count };
  const mean = sum / count;
  // Population SD of the pixels inside, as PACS viewers report it.
  const sd = Math.sqrt(Math.max(0, sumSquares / count - mean * mean));
  return { area, mean, sd, min, max, count };
}

/** The modality value of the pixel under `p`, or null outside the image. */
export function probeValue(p: Point, source: PixelSource): number | null {
  const i = Math.floor(p.x);
  const j = Math.floor(p.y);
  if (i < 0 || j < 0 || i >= source.width || j >= source.height) return null;
  return (source.pixels[j * source.width + i] ?? 0) * source.slope + source.intercept;
}

export type MeasurementKind = 'length' | 'angle' | 'ellipse' | 'probe';
export type MeasurementValues = Partial<Record<'length' | 'angle' | 'area' | 'mean' | 'sd' | 'min' | 'max' | 'value', number>>;

/** The values a measurement of `kind` drawn through `points` shows and saves. */
export function measurementValues(kind: MeasurementKind, points: Point[], spacing: Spacing, source: PixelSource | null): MeasurementValues {
  const [a, b, c] = points;
  if (!a) return {};
  switch (kind) {
    case 'length':
      return b ? { length: lengthOf(a, b, spacing) } : {};
    case 'angle':
      return b && c ? { angle: angleOf(a, b, c, spacing) } : {};
    case 'ellipse': {
      if (!b) return {};
      const { area, mean, sd, min, max } = ellipseStats(a, b, spacing, source);
      return mean === undefined ? { area } : { area, mean, sd, min, max };
    }
    case 'probe': {
      const value = source ? probeValue(a, source) : null;
      return value === null ? {} : { value };
    }
  }
}

/** What a measurement of `kind` through `points` saves: its values, and the unit of its lengths (pixels when nothing calibrates the image). */
export function measured(
  kind: MeasurementKind,
  points: Point[],
  spacing: Spacing,
  source: PixelSource | null,
): { values: MeasurementValues; unit: 'mm' | 'px' } {
  return { values: measurementValues(kind, points, spacing, source), unit: isCalibrated(spacing) ? 'mm' : 'px' };
}
