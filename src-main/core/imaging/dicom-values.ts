// Numbers read out of a data set's text values (DS, IS), untrusted: a value that is not a finite
// number is no value. Shared by the header reader and the waveform reader.
import type { DataSet } from 'dicom-parser';

/** The first value of a DS/IS element, or null when it is absent or not a number. */
export function numberOf(ds: DataSet | undefined, tag: string): number | null {
  const text = ds?.string(tag);
  const n = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Exactly `count` values of a multi-valued DS/IS element, or null. */
export function numbersOf(ds: DataSet, tag: string, count: number): number[] | null {
  const text = ds.string(tag);
  if (!text) return null;
  const values = text.split('\\').map(Number);
  return values.length === count && values.every(Number.isFinite) ? values : null;
}
