// Reads what the viewer needs from a DICOM file's header, with dicom-parser, without touching the
// pixel data: identity (study, series, instance), geometry for ordering, size, transfer syntax and
// whether the image went through lossy compression. Untrusted input: any failure is a clear error.
import type { DataSet } from 'dicom-parser';
import { CoreError } from '../rpc/core-error';
import { parseDicomFile } from './dicom-parse';
import { numberOf, numbersOf } from './dicom-values';
import { isoDate } from '../documents/dates/written-date';

export interface DicomHeader {
  studyUid: string;
  seriesUid: string;
  sopUid: string;
  modality: string;
  studyDescription: string;
  /** Study Date as YYYY-MM-DD and Study Time as HH:MM:SS, when the file gives them and they are valid. */
  studyDate: string | null;
  studyTime: string | null;
  seriesDescription: string;
  seriesNumber: number | null;
  instanceNumber: number | null;
  position: [number, number, number] | null;
  orientation: [number, number, number, number, number, number] | null;
  /** Pixel Spacing (0028,0030): between rows, then between columns, in mm; null when absent or not positive. */
  pixelSpacing: [number, number] | null;
  /** The patient-based coordinate system the position and orientation are in; '' when absent. */
  frameOfReferenceUid: string;
  /** Body Part Examined (CHEST, BRAIN…), upper case; '' when absent. */
  bodyPart: string;
  /** Image Type says LOCALIZER: a scout made to plan the other series. */
  localizer: boolean;
  sliceLocation: number | null;
  sliceThickness: number | null;
  rows: number;
  columns: number;
  frames: number;
  samplesPerPixel: number;
  bitsAllocated: number;
  /** Photometric Interpretation (MONOCHROME2, RGB, YBR_FULL_422…); '' when absent. */
  photometric: string;
  transferSyntax: string;
  lossy: boolean;
  sopClassUid: string;
  /** What the object is: an image (a viewer can show it) or something else (SR, PDF, waveform). */
  objectKind: DicomObjectKind;
  isImage: boolean;
  /** Where an encapsulated document's bytes (a PDF) sit in the file, to be read by range. */
  embedded: { offset: number; length: number } | null;
  /**
   * The pixel data element as declared: where its value starts in the file and its length
   * (0xFFFFFFFF when encapsulated). Null without pixel data, or in a deflated file, whose offsets
   * are those of the inflated data set.
   */
  pixelData: { offset: number; length: number } | null;
}

export type DicomObjectKind = 'image' | 'pdf' | 'sr' | 'waveform' | 'dicomdir' | 'other';

/** Media Storage Directory: the DICOMDIR of a CD, an index of files, not an object of a study. */
export const DICOMDIR_SOP_CLASS = '1.2.840.10008.1.3.10';

const ENCAPSULATED_PDF = '1.2.840.10008.5.1.4.1.1.104.1';

/** The kind of a DICOM object, from its SOP class (and, for images, that it has pixels). */
export function objectKindOf(sopClassUid: string, hasPixels: boolean): DicomObjectKind {
  if (sopClassUid === DICOMDIR_SOP_CLASS) return 'dicomdir';
  if (sopClassUid === ENCAPSULATED_PDF) return 'pdf';
  if (sopClassUid.startsWith('1.2.840.10008.5.1.4.1.1.88.')) return 'sr';
  if (sopClassUid.startsWith('1.2.840.10008.5.1.4.1.1.9.')) return 'waveform';
  return hasPixels ? 'image' : 'other';
}

const DEFLATED = '1.2.840.10008.1.2.1.99';

const LOSSY_SYNTAXES = new Set([
  '1.2.840.10008.1.2.4.50', // JPEG baseline
  '1.2.840.10008.1.2.4.51', // JPEG extended
  '1.2.840.10008.1.2.4.81', // JPEG-LS near-lossless
  '1.2.840.10008.1.2.4.91', // JPEG 2000
  '1.2.840.10008.1.2.4.203', // HTJ2K
]);

/** Parses a DICOM Part 10 header; `bytes` may stop anywhere after the header. */
export function readDicomHeader(bytes: Uint8Array): DicomHeader {
  let ds: DataSet;
  try {
    ds = parseDicomFile(bytes, 'x7fe00010');
  } catch (error) {
    if (error instanceof CoreError) throw error; // a limit, already named
    // An encapsulated document may run past the bytes given: stop at its header instead.
    try {
      ds = parseDicomFile(bytes, 'x00420011');
    } catch (second) {
      throw unparsable(second);
    }
  }
  const sopClassUid = ds.string('x00080016') ?? ds.string('x00020002') ?? '';
  // A DICOMDIR is an index: it has no instance or series of its own.
  const dicomdir = sopClassUid === DICOMDIR_SOP_CLASS;
  const sopUid = ds.string('x00080018') ?? (dicomdir ? ds.string('x00020003') : undefined);
  const seriesUid = ds.string('x0020000e') ?? (dicomdir ? '' : undefined);
  if (!sopUid || seriesUid === undefined || (!dicomdir && !seriesUid)) {
    throw new CoreError('UNSUPPORTED_DICOM', 'This DICOM file has no instance or series identifier.');
  }
  const transferSyntax = ds.string('x00020010') ?? '1.2.840.10008.1.2';
  const rows = ds.uint16('x00280010') ?? 0;
  const columns = ds.uint16('x00280011') ?? 0;
  const lossyFlag = ds.string('x00282110');
  const position = numbersOf(ds, 'x00200032', 3) as DicomHeader['position'];
  const objectKind = objectKindOf(sopClassUid, rows > 0 && columns > 0 && ds.elements.x7fe00010 !== undefined);
  const orientation = numbersOf(ds, 'x00200037', 6) as DicomHeader['orientation'];
  const spacing = numbersOf(ds, 'x00280030', 2);
  return {
    studyUid: ds.string('x0020000d') ?? '',
    seriesUid,
    sopUid,
    modality: ds.string('x00080060') ?? '',
    studyDescription: ds.string('x00081030') ?? '',
    studyDate: dicomDate(ds.string('x00080020')),
    studyTime: dicomTime(ds.string('x00080030')),
    seriesDescription: ds.string('x0008103e') ?? '',
    seriesNumber: numberOf(ds, 'x00200011'),
    instanceNumber: numberOf(ds, 'x00200013'),
    position,
    orientation,
    pixelSpacing: spacing && spacing.every((v) => v > 0) ? (spacing as [number, number]) : null,
    frameOfReferenceUid: ds.string('x00200052') ?? '',
    bodyPart: (ds.string('x00180015') ?? '').trim().toUpperCase(),
    localizer: (ds.string('x00080008') ?? '').toUpperCase().split('\\').includes('LOCALIZER'),
    sliceLocation: numberOf(ds, 'x00201041'),
    sliceThickness: numberOf(ds, 'x00180050'),
    rows,
    columns,
    frames: numberOf(ds, 'x00280008') ?? 1,
    samplesPerPixel: ds.uint16('x00280002') ?? 1,
    bitsAllocated: ds.uint16('x00280100') ?? 16,
    photometric: (ds.string('x00280004') ?? '').trim().toUpperCase(),
    transferSyntax,
    lossy: lossyFlag === '01' || LOSSY_SYNTAXES.has(transferSyntax),
    sopClassUid,
    objectKind,
    isImage: objectKind === 'image',
    embedded: embeddedDocument(ds, objectKind, transferSyntax),
    pixelData: pixelDataElement(ds, transferSyntax),
  };
}

/**
 * Why dicom-parser could not read a header, as a sentence that names the real cause: the file
 * ends inside an element (cut short), or an element's bytes do not make sense (damaged).
 */
function unparsable(error: unknown): CoreError {
  // dicom-parser throws Errors, strings, or objects carrying `exception` (with the partial data set).
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : (error as { exception?: unknown } | null)?.exception;
  const message = typeof raw === 'string' ? raw : '';
  if (/cannot be greater than or equal to|missing required meta header|buffer overrun|attempt to read past|end of (the )?buffer/i.test(message)) {
    return new CoreError('UNSUPPORTED_DICOM', 'This DICOM file ends before its header does.');
  }
  if (/DICM prefix not found|prefix/i.test(message)) return new CoreError('UNSUPPORTED_DICOM', 'This file is not a DICOM file.');
  return new CoreError('UNSUPPORTED_DICOM', 'This DICOM file is damaged: an element of its header cannot be read.');
}

function embeddedDocument(ds: DataSet, kind: DicomObjectKind, transferSyntax: string): DicomHeader['embedded'] {
  const element = ds.elements.x00420011;
  // A deflated file's offsets are those of the inflated data set, not of the file.
  if (kind !== 'pdf' || !element || element.length <= 0 || transferSyntax === DEFLATED) return null;
  const declared = ds.uint32('x00420015'); // Encapsulated Document Length: the PDF without its padding
  return { offset: element.dataOffset, length: declared && declared <= element.length ? declared : element.length };
}

function pixelDataElement(ds: DataSet, transferSyntax: string): DicomHeader['pixelData'] {
  const element = ds.elements.x7fe00010;
  return element && transferSyntax !== DEFLATED ? { offset: element.dataOffset, length: element.length } : null;
}

/** Position along the slice normal (for ordering a stack); null without geometry. */
export function positionAlongNormal(header: Pick<DicomHeader, 'position' | 'orientation'>): number | null {
  const { position: p, orientation: o } = header;
  if (!p || !o) return null;
  const normal = [o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]];
  return p[0] * (normal[0] ?? 0) + p[1] * (normal[1] ?? 0) + p[2] * (normal[2] ?? 0);
}

/** A DA value (YYYYMMDD, or the old YYYY.MM.DD) as YYYY-MM-DD; null when absent or not a date. */
export function dicomDate(value: string | undefined): string | null {
  const m = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec((value ?? '').trim());
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A TM value (HHMMSS.FFFFFF, any trailing part left out) as HH:MM:SS; null when absent or not a time. */
export function dicomTime(value: string | undefined): string | null {
  const m = /^(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?(?:\.\d{1,6})?$/.exec((value ?? '').trim());
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 60) return null;
  return [h, mi, s].map((n) => String(n).padStart(2, '0')).join(':');
}
