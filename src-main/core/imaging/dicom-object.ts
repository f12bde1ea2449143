// What a DICOM attachment is, for the document viewer: an image, an encapsulated PDF, a structured
// report (read into text), a waveform or another object that is not displayed — or a file that
// cannot be shown, with the problem named (not DICOM, truncated, no pixels, unsupported syntax…),
// found from the header before the viewer tries to decode anything.
import type { DicomObject } from '../../../src-preload/contract';
import type { CaseCache } from '../cache/case-cache';
import { CoreError } from '../rpc/core-error';
import { HEADER_BYTES, readAttachmentStart } from './attachment-start';
import type { DicomHeader } from './dicom-header';
import { offThread } from '../work/off-thread';
import { isDecodable, isNative, transferSyntaxName } from './transfer-syntaxes';

/** Structured reports are text: a bigger one is not a report anyone reads on screen. */
const MAX_SR_BYTES = 16 * 1024 * 1024;

type Unreadable = Extract<DicomObject, { kind: 'unreadable' }>;
const unreadable = (problem: Unreadable['problem'], detail = ''): Unreadable => ({ kind: 'unreadable', problem, detail });

export async function describeDicomObject(cache: CaseCache, attachmentId: string): Promise<DicomObject> {
  // Images were diagnosed when indexed: answering from the index keeps opening a series instant.
  const indexed = cache
    .database()
    .prepare('SELECT object_kind, problem, problem_detail FROM dicom_instances WHERE attachment_id = ?')
    .get(attachmentId) as { object_kind: string; problem: Unreadable['problem'] | null; problem_detail: string } | undefined;
  if (indexed?.object_kind === 'image') return indexed.problem ? unreadable(indexed.problem, indexed.problem_detail) : { kind: 'image' };
  const size = (cache.database().prepare('SELECT size FROM attachments WHERE id = ?').pluck().get(attachmentId) as number | undefined) ?? 0;
  const start = await readAttachmentStart(cache, attachmentId, HEADER_BYTES);
  return describeDicomFile(start, size, () => readAttachmentStart(cache, attachmentId, size));
}

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
    case 'sr': {
      if (size > MAX_SR_BYTES) return { kind: 'other', sopClassUid: header.sopClassUid, modality: header.modality };
      return { kind: 'sr', ...(await offThread('dicom.sr', await whole())) };
    }
    default:
      // An image without its pixels is a broken image, not "another kind of object".
      if (header.rows > 0 || IMAGE_CLASSES.some((c) => header.sopClassUid === c || header.sopClassUid.startsWith(`${c}.`))) return unreadable('no-pixels');
      return { kind: header.objectKind, sopClassUid: header.sopClassUid, modality: header.modality };
  }
}

/** Image storage SOP classes (CR, DX/MG, CT, MR, US, SC, XA, NM, PET): they must carry pixels. */
const IMAGE_CLASSES = ['1.2.840.10008.5.1.4.1.1.1', '1.2.840.10008.5.1.4.1.1.2', '1.2.840.10008.5.1.4.1.1.4', '1.2.840.10008.5.1.4.1.1.6',
  '1.2.840.10008.5.1.4.1.1.7', '1.2.840.10008.5.1.4.1.1.12', '1.2.840.10008.5.1.4.1.1.20', '1.2.840.10008.5.1.4.1.1.128'];

function diagnoseUnparsable(start: Buffer, size: number, error: unknown): Unreadable {
  const hasPreamble = start.length >= 132 && start.toString('latin1', 128, 132) === 'DICM';
  if (!hasPreamble) return unreadable('not-dicom');
  if (error instanceof CoreError && /identifier/.test(error.message)) return unreadable('no-identity');
  // A DICOM file whose header stops short: the download or the upload was cut.
  if (size <= HEADER_BYTES) return unreadable('truncated');
  return unreadable('not-dicom');
}

/** Why an image cannot be shown, from its header and the file's size; `{ kind: 'image' }` if nothing is wrong. */
export function diagnoseImage(size: number, header: DicomHeader): DicomObject {
  if (!isDecodable(header.transferSyntax)) return unreadable('unsupported-syntax', transferSyntaxName(header.transferSyntax));
  const pixels = header.pixelData;
  // Encapsulated (compressed) pixel data has an undefined length (its fragments end where they
  // end), and a deflated file's pixels cannot be located without inflating it: nothing to check.
  if (!pixels || pixels.length === 0xffffffff) return { kind: 'image' };
  if (pixels.offset + pixels.length > size) return unreadable('truncated');
  if (isNative(header.transferSyntax)) {
    const expected = header.rows * header.columns * header.frames * header.samplesPerPixel * Math.ceil(header.bitsAllocated / 8);
    // Stored pixels shorter than the image's declared size: the dimensions lie, or bytes are missing.
    if (header.bitsAllocated >= 8 && pixels.length < expected) return unreadable('inconsistent-size', `${header.columns}×${header.rows}`);
  }
  return { kind: 'image' };
}
