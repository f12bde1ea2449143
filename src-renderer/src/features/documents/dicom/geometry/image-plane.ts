// An image's plane in the patient (DICOM's patient coordinates, millimetres): where a pixel lies in
// the patient and back, and the plane's normal. The one place the viewer turns Image Position,
// Image Orientation and Pixel Spacing into geometry; linked scrolling, reference lines, the 3D
// cursor and MPR all read planes from here.
import type { ImageGeometry } from '../../../../../../contract';

export type Vec3 = readonly [number, number, number];

export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const norm = (a: Vec3) => Math.sqrt(dot(a, a));
export const unit = (a: Vec3): Vec3 => scale(a, 1 / (norm(a) || 1));

export interface ImagePlane {
  /** The centre of the first (top left) pixel. */
  origin: Vec3;
  /** Direction of a row, left to right (increasing column), unit length. */
  row: Vec3;
  /** Direction of a column, top to bottom (increasing row), unit length. */
  column: Vec3;
  /** row × column: the direction the stack advances in when positions grow. */
  normal: Vec3;
  /** Millimetres between the centres of adjacent columns, and of adjacent rows. */
  columnSpacing: number;
  rowSpacing: number;
  rows: number;
  columns: number;
}

/** The plane of an image of `rows` × `columns` pixels; null when its geometry is missing or degenerate. */
export function planeOf(geometry: ImageGeometry | null, rows: number, columns: number): ImagePlane | null {
  if (!geometry || rows <= 0 || columns <= 0) return null;
  const o = geometry.orientation;
  const row: Vec3 = [o[0], o[1], o[2]];
  const column: Vec3 = [o[3], o[4], o[5]];
  const normal = cross(row, column);
  // Orientation vectors must be (close to) unit and orthogonal: anything else is not a plane we can trust.
  if (Math.abs(norm(row) - 1) > 0.01 || Math.abs(norm(column) - 1) > 0.01 || Math.abs(dot(row, column)) > 0.01) return null;
  const [rowSpacing, columnSpacing] = geometry.pixelSpacing;
  return { origin: geometry.position, row: unit(row), column: unit(column), normal: unit(normal), rowSpacing, columnSpacing, rows, columns };
}

/** Where a pixel (column x, row y, from the first pixel's centre) lies in the patient. */
export function pixelToPatient(plane: ImagePlane, x: number, y: number): Vec3 {
  return add(plane.origin, add(scale(plane.row, x * plane.columnSpacing), scale(plane.column, y * plane.rowSpacing)));
}

/** A patient point as the plane's pixel (x, y) it projects to, and its signed distance from the plane (mm). */
export function patientToPixel(plane: ImagePlane, point: Vec3): { x: number; y: number; distance: number } {
  const d = sub(point, plane.origin);
  return { x: dot(d, plane.row) / plane.columnSpacing, y: dot(d, plane.column) / plane.rowSpacing, distance: dot(d, plane.normal) };
}

/** The centre of the image, in the patient. */
export function centreOf(plane: ImagePlane): Vec3 {
  return pixelToPatient(plane, (plane.columns - 1) / 2, (plane.rows - 1) / 2);
}

/** Whether two planes are parallel (their normals within `degrees` of each other, either way). */
export function parallel(a: ImagePlane, b: ImagePlane, degrees = 1): boolean {
  return Math.abs(dot(a.normal, b.normal)) >= Math.cos((degrees * Math.PI) / 180);
}
