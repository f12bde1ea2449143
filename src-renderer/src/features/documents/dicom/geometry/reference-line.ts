// Reference lines: where the slice shown in one viewport cuts the image shown in another, as a
// segment in the second image's pixels. Drawn when the two series share a frame of reference and
// their planes are not parallel (an axial slice on a sagittal localizer, a sagittal on a coronal).
import { dot, parallel, pixelToPatient, sub, type ImagePlane } from './image-plane';

export interface Segment {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * The line where `slice`'s plane crosses `image` (within the image's edges), in `image`'s pixel
 * coordinates; null when the planes are parallel (within 1°) or the slice passes outside the image.
 */
export function referenceLine(slice: ImagePlane, image: ImagePlane): Segment | null {
  if (parallel(slice, image)) return null;
  // The image's corners (pixel edges, not centres), in order around it.
  const corners = [
    [-0.5, -0.5],
    [image.columns - 0.5, -0.5],
    [image.columns - 0.5, image.rows - 0.5],
    [-0.5, image.rows - 0.5],
  ] as const;
  const side = corners.map(([x, y]) => dot(sub(pixelToPatient(image, x, y), slice.origin), slice.normal));
  const crossings: { x: number; y: number }[] = [];
  for (let i = 0; i < 4; i++) {
    const j = (i + 1) % 4;
    const a = side[i] as number;
    const b = side[j] as number;
    const [ax, ay] = corners[i] as readonly [number, number];
    const [bx, by] = corners[j] as readonly [number, number];
    if (a === 0) crossings.push({ x: ax, y: ay });
    else if (a * b < 0) {
      const t = a / (a - b);
      crossings.push({ x: ax + (bx - ax) * t, y: ay + (by - ay) * t });
    }
  }
  if (crossings.length < 2) return null;
  return { from: crossings[0] as Segment['from'], to: crossings[1] as Segment['to'] };
}
