// The orientation markers on synthetic orientations: the standard planes, after rotation and flips,
// an oblique plane, and none without an orientation.
import { describe, expect, it } from 'vitest';
import { orientationMarkers, patientDirection } from '../../src-renderer/src/features/documents/dicom/orientation-markers';

const AXIAL = [1, 0, 0, 0, 1, 0] as const;
const CORONAL = [1, 0, 0, 0, 0, -1] as const;
const SAGITTAL = [0, 1, 0, 0, 0, -1] as const;
const upright = { rotation: 0, hflip: false, vflip: false };

describe('orientation markers', () => {
  it('reads the standard planes as radiologists display them', () => {
    // Axial seen from the feet: the patient's right on the screen's left, anterior at the top.
    expect(orientationMarkers(AXIAL, upright)).toEqual({ top: 'A', right: 'L', bottom: 'P', left: 'R' });
    expect(orientationMarkers(CORONAL, upright)).toEqual({ top: 'H', right: 'L', bottom: 'F', left: 'R' });
    expect(orientationMarkers(SAGITTAL, upright)).toEqual({ top: 'H', right: 'P', bottom: 'F', left: 'A' });
  });

  it('turns with the image: a quarter turn clockwise brings the patient’s right to the top', () => {
    expect(orientationMarkers(AXIAL, { ...upright, rotation: 90 })).toEqual({ top: 'R', right: 'A', bottom: 'L', left: 'P' });
    expect(orientationMarkers(AXIAL, { ...upright, rotation: 180 })).toEqual({ top: 'P', right: 'R', bottom: 'A', left: 'L' });
    expect(orientationMarkers(AXIAL, { ...upright, rotation: 270 })).toEqual({ top: 'L', right: 'P', bottom: 'R', left: 'A' });
  });

  it('mirrors with the flips, before the rotation', () => {
    expect(orientationMarkers(AXIAL, { ...upright, hflip: true })).toEqual({ top: 'A', right: 'R', bottom: 'P', left: 'L' });
    expect(orientationMarkers(AXIAL, { ...upright, vflip: true })).toEqual({ top: 'P', right: 'L', bottom: 'A', left: 'R' });
    // Flipped then turned a quarter: what was the image's left edge (after the flip, the patient's left) is on top.
    expect(orientationMarkers(AXIAL, { rotation: 90, hflip: true, vflip: false })).toEqual({ top: 'L', right: 'A', bottom: 'R', left: 'P' });
  });

  it('names an oblique direction by its strongest components first, leaving out a slight tilt', () => {
    const c = Math.SQRT1_2;
    // Rows between left and posterior, columns straight down.
    expect(orientationMarkers([c, c, 0, 0, 0, -1], upright)).toEqual({ top: 'H', right: 'LP', bottom: 'F', left: 'RA' });
    // Tilted 5° about the left-right axis: still A at the top.
    const t = (5 * Math.PI) / 180;
    expect(orientationMarkers([1, 0, 0, 0, Math.cos(t), -Math.sin(t)], upright)?.top).toBe('A');
    expect(patientDirection([0.2, -0.9, 0.4])).toBe('AH');
  });

  it('draws nothing without an orientation', () => {
    expect(orientationMarkers(null, upright)).toBeNull();
  });
});
