// The measurement tools' arithmetic: lengths and angles with (anisotropic) pixel spacing, ROI
// statistics against an image whose values are known, the probe, and uncalibrated images in pixels.
import { describe, expect, it } from 'vitest';
import {
  angleOf,
  ellipseStats,
  isCalibrated,
  lengthOf,
  measurementValues,
  probeValue,
  type PixelSource,
} from '../../src-renderer/src/features/documents/dicom/measure';

const mm = { column: 0.5, row: 0.5 };
const anisotropic = { column: 1, row: 2 };
const none = { column: null, row: null };

/** A 100×100 image: 100 (stored) everywhere, 300 in the disc of radius 20 around (50, 50). */
function disc(): PixelSource {
  const pixels = new Uint16Array(100 * 100);
  for (let j = 0; j < 100; j++) for (let i = 0; i < 100; i++) pixels[j * 100 + i] = (i + 0.5 - 50) ** 2 + (j + 0.5 - 50) ** 2 <= 400 ? 300 : 100;
  return { pixels, width: 100, height: 100, slope: 1, intercept: -1024 };
}

describe('lengths and angles', () => {
  it('measures in millimetres from the pixel spacing', () => {
    expect(lengthOf({ x: 0, y: 0 }, { x: 30, y: 40 }, mm)).toBeCloseTo(25);
    expect(lengthOf({ x: 0, y: 0 }, { x: 0, y: 10 }, anisotropic)).toBeCloseTo(20);
  });
  it('measures in pixels when the image has no spacing', () => {
    expect(isCalibrated(none)).toBe(false);
    expect(lengthOf({ x: 0, y: 0 }, { x: 3, y: 4 }, none)).toBeCloseTo(5);
    expect(isCalibrated({ column: 0, row: 0.5 })).toBe(false);
  });
  it('measures angles in the patient plane', () => {
    expect(angleOf({ x: 10, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 10 }, mm)).toBeCloseTo(90);
    expect(angleOf({ x: 10, y: 0 }, { x: 0, y: 0 }, { x: -10, y: 0 }, mm)).toBeCloseTo(180);
    // A 45° diagonal in pixels is steeper once rows are twice as tall: atan(2) = 63.43°.
    expect(angleOf({ x: 10, y: 0 }, { x: 0, y: 0 }, { x: 10, y: 10 }, anisotropic)).toBeCloseTo(63.435, 2);
    expect(angleOf({ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 1, y: 1 }, mm)).toBe(0);
  });
});

describe('elliptical ROI', () => {
  it('reports the area of the drawn ellipse and the statistics of the pixels inside', () => {
    const inner = ellipseStats({ x: 40, y: 40 }, { x: 60, y: 60 }, mm, disc());
    expect(inner.area).toBeCloseTo(Math.PI * 5 * 5); // radius 10 px = 5 mm
    expect(inner.mean).toBe(300 - 1024);
    expect(inner.sd).toBe(0);
    expect(inner.count).toBeGreaterThan(300);
  });
  it('mixes the two densities at the edge of the disc', () => {
    const wide = ellipseStats({ x: 20, y: 20 }, { x: 80, y: 80 }, mm, disc());
    expect(wide.min).toBe(100 - 1024);
    expect(wide.max).toBe(300 - 1024);
    // The disc (radius 20) covers (20/30)² of the ellipse (radius 30).
    const fraction = 4 / 9;
    expect(wide.mean ?? 0).toBeCloseTo(-1024 + 100 + 200 * fraction, -0.5);
    expect(wide.sd ?? 0).toBeCloseTo(200 * Math.sqrt(fraction * (1 - fraction)), -0.5);
  });
  it('gives the area alone for colour images and empty ellipses', () => {
    expect(ellipseStats({ x: 0, y: 0 }, { x: 10, y: 20 }, mm, null)).toEqual({ area: Math.PI * 2.5 * 5, count: 0 });
    expect(
      measurementValues(
        'ellipse',
        [
          { x: 0, y: 0 },
          { x: 0, y: 20 },
        ],
        mm,
        disc(),
      ),
    ).toEqual({ area: 0 });
  });
});

describe('probe', () => {
  it('reads the modality value under the point, nothing outside the image', () => {
    expect(probeValue({ x: 50.2, y: 50.7 }, disc())).toBe(300 - 1024);
    expect(probeValue({ x: 1, y: 1 }, disc())).toBe(100 - 1024);
    expect(probeValue({ x: -1, y: 5 }, disc())).toBeNull();
    expect(probeValue({ x: 5, y: 100 }, disc())).toBeNull();
    expect(measurementValues('probe', [{ x: 200, y: 0 }], mm, disc())).toEqual({});
  });
});
