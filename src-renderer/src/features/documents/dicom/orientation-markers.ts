// The orientation markers at the edges of a viewport (R/L, A/P, H/F), from the image's orientation
// in the patient (Image Orientation (Patient), in DICOM's LPS axes) and the view the expert set:
// rotation and flips. cornerstone draws a point p of the image at R(θ)·F·p on the screen (the
// flips, then the rotation about the centre), so the image direction under a screen direction d is
// F·R(−θ)·d, and the patient direction there, dx·row + dy·column.

export type Orientation = readonly [number, number, number, number, number, number];

export interface ViewTransform {
  /** Degrees, clockwise on the screen. */
  rotation: number;
  hflip: boolean;
  vflip: boolean;
}

export interface OrientationMarkers {
  top: string;
  right: string;
  bottom: string;
  left: string;
}

/** Letters for each axis of LPS: the positive direction, then the negative. */
const AXES: readonly [string, string][] = [
  ['L', 'R'],
  ['P', 'A'],
  ['H', 'F'],
];

/**
 * A direction in the patient as letters, the strongest component first (as Weasis and OHIF write
 * it): "L", or "LP" for an oblique. Components under this share are left out, so that a slight
 * tilt does not add a letter to every marker.
 */
const MINOR = 0.25;

export function patientDirection(v: readonly [number, number, number]): string {
  return v
    .map((value, axis) => ({ value, axis }))
    .filter(({ value }) => Math.abs(value) >= MINOR)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .map(({ value, axis }) => AXES[axis]![value > 0 ? 0 : 1])
    .join('');
}

/** The markers for the four edges, or null when the image has no orientation (a photo, a secondary capture). */
export function orientationMarkers(orientation: Orientation | null, view: ViewTransform): OrientationMarkers | null {
  if (!orientation) return null;
  const [rx, ry, rz, cx, cy, cz] = orientation;
  const angle = (-view.rotation * Math.PI) / 180;
  const toPatient = (sx: number, sy: number): string => {
    // R(−θ)·d, then the flips.
    let dx = sx * Math.cos(angle) - sy * Math.sin(angle);
    let dy = sx * Math.sin(angle) + sy * Math.cos(angle);
    if (view.hflip) dx = -dx;
    if (view.vflip) dy = -dy;
    return patientDirection([dx * rx + dy * cx, dx * ry + dy * cy, dx * rz + dy * cz]);
  };
  return { top: toPatient(0, -1), right: toPatient(1, 0), bottom: toPatient(0, 1), left: toPatient(-1, 0) };
}
