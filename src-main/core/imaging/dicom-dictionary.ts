// The DICOM data dictionary, for the tag browser: each standard attribute's keyword and VR, from
// dcmjs (the dictionary the OHIF tools use, generated from PS3.6 and kept current by its
// maintainers). The VR matters for files in implicit VR, whose elements carry none: without it
// Rows would be read as text ("") and Bits Allocated as a control character.
import { createRequire } from 'node:module';

interface DictionaryEntry {
  tag: string;
  vr: string;
  name: string;
}
interface Dcmjs {
  data: { DicomMetaDictionary: { dictionary: Record<string, DictionaryEntry | undefined> } };
}

const dictionary = (createRequire(import.meta.url)('dcmjs') as Dcmjs).data.DicomMetaDictionary.dictionary;

// The dictionary's VRs for attributes whose VR depends on the data (PS3.5 6.2, "US or SS" and the
// like): read as the wider or unsigned one, which shows every value.
const AMBIGUOUS: Record<string, string> = { ox: 'OW', xs: 'US', lt: 'OW', up: 'UL' };

export interface Attribute {
  /** The keyword: "PatientName", "Rows". */
  name: string;
  /** The VR the standard gives it, or '' when it has none of its own (item delimiters). */
  vr: string;
}

/** The standard attribute of a tag given as 8 hex digits ("00280010"), or undefined (private, unknown). */
export function attributeOf(hex: string): Attribute | undefined {
  const entry = dictionary[`(${hex.slice(0, 4)},${hex.slice(4, 8)})`.toUpperCase()];
  if (!entry) return undefined;
  const vr = AMBIGUOUS[entry.vr] ?? entry.vr;
  return { name: entry.name, vr: /^[A-Z]{2}$/.test(vr) ? vr : '' };
}

/** dicom-parser's VR callback for implicit-VR files: the dictionary's VR of a tag ("x00280010"). */
export function dictionaryVr(tag: string): string | undefined {
  return attributeOf(tag.slice(1))?.vr || undefined;
}
