// What a DICOM attachment is, for the document viewer: an image, an encapsulated PDF, a structured
// report (read into text), a waveform (read into leads), another object that is not displayed — or a file that
// cannot be shown, with the problem named (not DICOM, truncated, no pixels, unsupported syntax…),
// found from the header before the viewer tries to decode anything.
import type { DicomObject } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import { CoreError } from '../rpc/core-error';
import { HEADER_BYTES, readAttachmentStart } from './attachment-start';
import type { DicomHeader } from './dicom-header';
import { offThread } from '../work/off-thread';
import { isDecodable, isNative, transferSyntaxName } from './transfer-syntaxes';

/** Structured reports are text: a bigger one is not a report anyone reads on screen. */
const MAX_SR_BYTES = 16 * 1024 * 1024;
/** A 12-lead ECG is under 1 MiB; a day of Holter is not drawn by the document viewer. */
const MAX_WAVEFORM_BYTES = 64 * 1024 * 1024;

type Unreadable = Extract<DicomObject, { kind: 'unreadable' }>;
const unreadable = (problem: Unreadable['problem'], detail = ''): Unreadable => ({ kind: 'unreadable', problem, detail });

export async function describeDicomObject(cache: CaseCache, attachmentId: string): Promise<DicomObject> {
  // Images were diagnosed when indexed: answering from the index keeps opening a series instant.
  const indexed = cache
    .database()
    .prepare<[string], { object_kind: string; problem: Unreadable['problem'] | null; problem_detail: string }>(
      'SELECT object_kind, problem, problem_detail FROM dicom_instances WHERE attachment_id = ?',
    )
    .get(attachmentId);
  if (indexed?.object_kind === 'image') return indexed.problem ? unreadable(indexed.problem, indexed.problem_detail) : { kind: 'image' };
  const size = cache.database().prepare<[string], number>('SELECT size FROM attachments WHERE id = ?').pluck().get(attachmentId) ?? 0;
  const start = await readAttachmentStart(cache, attachmentId, HEADER_BYTES);
  const object = await describeDicomFile(start, size, () => readAttachmentStart(cache, attachmentId, size));
  if (object.kind !== 'dicomdir') return object;
  return describeDicomdir(cache, attachmentId, await readAttachmentStart(cache, attachmentId, Math.min(size, MAX_DICOMDIR_BYTES)));
}

/** A CD's index can list tens of thousands of files; a bigger one is not an index of one exam. */
const MAX_DICOMDIR_BYTES = 64 * 1024 * 1024;

/**
 * A DICOMDIR uploaded beside its files (or alone): what it lists, which of those files are in the
 * case (matched by file name, as patients upload a CD's files under their own names), and the
 * first image among them, to open it with.
 */
async function describeDicomdir(cache: CaseCache, attachmentId: string, bytes: Buffer): Promise<DicomObject> {
  let listed: string[];
  try {
    listed = await offThread('dicom.dicomdir', bytes);
  } catch {
    return unreadable('malformed', '');
  }
  const db = cache.database();
  const caseId = db.prepare<[string], string>('SELECT case_id FROM attachments WHERE id = ?').pluck().get(attachmentId);
  if (caseId === undefined) throw new CoreError('CONTENT_NOT_FOUND', 'This document is not on this workstation.');
  const names = new Set(listed.map(baseName));
  const here = db
    .prepare<[string, string], { id: string; name: string }>(`SELECT id, name FROM attachments WHERE case_id = ? AND id != ? AND kind = 'dicom'`)
    .all(caseId, attachmentId)
    .filter((a) => names.has(baseName(a.name)));
  const images = new Set(
    db.prepare<[string], string>(`SELECT attachment_id FROM dicom_instances WHERE case_id = ? AND is_image = 1 AND problem IS NULL`).pluck().all(caseId),
  );
  return { kind: 'dicomdir', listed: listed.length, present: here.length, firstImage: here.find((a) => images.has(a.id))?.id ?? null };
}

/** A file's name without its folders or a `.dcm` ending, upper-cased: how a CD's file is recognised among uploads. */
const baseName = (path: string) =>
  path
    .replace(/\\/g, '/')
    .split('/')
    .at(-1)
    ?.replace(/\.dcm$/i, '')
    .toUpperCase() ?? '';

/** What a file is, from its first bytes (`start`, up to 512 KiB) and its size; `whole` reads all of it. */
export async function describeDicomFile(start: Buffer, size: number, whole: () => Promise<Buffer>): Promise<DicomObject> {
  let header: DicomHeader;
  try {
    header = await offThread('dicom.header', start);
  } catch (error) {
    return diagnoseUnparsable(start, size, error);
  }
  switch (header.objectKind) {
    case 'image':
      return diagnoseImage(size, header);
    case 'pdf':
      return header.embedded && header.embedded.offset + header.embedded.length <= size ? { kind: 'pdf' } : unreadable('truncated');
    case 'dicomdir':
      return { kind: 'dicomdir', listed: 0, present: 0, firstImage: null };
    case 'sr': {
      if (size > MAX_SR_BYTES) return { kind: 'other', sopClassUid: header.sopClassUid, modality: header.modality };
      return { kind: 'sr', ...(await offThread('dicom.sr', await whole())) };
    }
    case 'waveform': {
      const drawn = size > MAX_WAVEFORM_BYTES ? { problem: 'too-long' as const } : await offThread('dicom.waveform', await whole());
      return {
        kind: 'waveform',
        sopClassUid: header.sopClassUid,
        modality: header.modality,
        waveform: 'waveform' in drawn ? drawn.waveform : null,
        problem: 'problem' in drawn ? drawn.problem : null,
      };
    }
    default:
      // An image without its pixels is a broken image, not "another kind of object".
      if (header.rows > 0 || IMAGE_CLASSES.some((c) => header.sopClassUid === c || header.sopClassUid.startsWith(`${c}.`))) return unreadable('no-pixels');
      return { kind: header.objectKind, sopClassUid: header.sopClassUid, modality: header.modality };
  }
}

/** Image storage SOP classes (CR, DX/MG, CT, MR, US, SC, XA, NM, PET): they must carry pixels. */
const IMAGE_CLASSES = [
  '1.2.840.10008.5.1.4.1.1.1',
  '1.2.840.10008.5.1.4.1.1.2',
  '1.2.840.10008.5.1.4.1.1.4',
  '1.2.840.10008.5.1.4.1.1.6',
  '1.2.840.10008.5.1.4.1.1.7',
  '1.2.840.10008.5.1.4.1.1.12',
  '1.2.840.10008.5.1.4.1.1.20',
  '1.2.840.10008.5.1.4.1.1.128',
];

/** Why a header could not be read, as the reader found it (see `unparsable` in dicom-header.ts). */
function diagnoseUnparsable(start: Buffer, size: number, error: unknown): Unreadable {
  const hasPreamble = start.length >= 132 && start.toString('latin1', 128, 132) === 'DICM';
  if (!hasPreamble) return unreadable('not-dicom');
  const message = error instanceof CoreError ? error.message : '';
  if (/identifier/.test(message)) return unreadable('no-identity');
  // The header stops short: the download or the upload was cut (within the bytes read, so the file ended).
  if (/ends before/.test(message) && size <= HEADER_BYTES) return unreadable('truncated');
  return unreadable('malformed');
}

/** Why an image cannot be shown, from its header and the file's size; `{ kind: 'image' }` if nothing is wrong. */
export function diagnoseImage(size: number, header: DicomHeader): DicomObject {
  if (!isDecodable(header.transferSyntax)) return unreadable('unsupported-syntax', transferSyntaxName(header.transferSyntax));
  const pixels = header.pixelData;
  // Encapsulated (compressed) pixel data has an undefined length (its fragments end where they
  // end), and a deflated file's pixels cannot be located without inflating it: nothing to check.
  if (!pixels || pixels.length === 0xffffffff) return { kind: 'image' };
  if (pixels.offset + pixels.length > size) return unreadable('truncated');
  if (isNative(header.transferSyntax) && pixels.length < nativeFrameBytes(header) * header.frames) {
    // Stored pixels shorter than the image's declared size: the dimensions lie, or bytes are missing.
    return unreadable('inconsistent-size', `${header.columns}×${header.rows}`);
  }
  return { kind: 'image' };
}

/**
 * The bytes one uncompressed frame takes: 4:2:2 chroma subsampling stores two samples per pixel,
 * not three; 1-bit images pack eight pixels in a byte, frame after frame (PS3.5 §8.1.1, §8.2.1).
 */
export function nativeFrameBytes(header: Pick<DicomHeader, 'rows' | 'columns' | 'samplesPerPixel' | 'bitsAllocated' | 'photometric'>): number {
  const pixels = header.rows * header.columns;
  if (header.bitsAllocated === 1) return Math.ceil(pixels / 8);
  const samples = header.photometric === 'YBR_FULL_422' || header.photometric === 'YBR_PARTIAL_422' ? 2 : header.samplesPerPixel;
  return pixels * samples * Math.ceil(header.bitsAllocated / 8);
}
