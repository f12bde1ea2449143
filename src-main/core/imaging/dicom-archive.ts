// A zip archive of imaging (a CD export with its DICOMDIR, or a folder of DICOM files): read once
// when it has been downloaded. Each DICOM file in it is inflated straight into the vault as an
// attachment of its own, marked with the archive, then indexed like any other DICOM file, so the
// viewer shows its series beside the case's other images. What else the archive held is counted,
// and an archive that cannot be read records why: opened, it says so.
import { Readable, pipeline } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import type { ArchiveContents, ArchiveProblem } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import { readRange, type VaultFileReader } from '../vault/reader';
import { CoreError } from '../rpc/core-error';
import { indexDicomAttachment, listDicomSeries } from './dicom-index';
import { offThread } from '../work/off-thread';
import { isDirectoryEntry, memberDataOffset, readZipDirectory, ZipFormatError, ZipOverlapError, type ReadRange, type ZipEntry } from './zip-directory';

/** A zip attachment: the platform calls it "other"; its media type or name says zip. */
export function isArchive(kind: string, mediaType: string, name: string): boolean {
  return kind !== 'dicom' && (/^application\/(x-)?zip(-compressed)?$/i.test(mediaType) || name.toLowerCase().endsWith('.zip'));
}

/** One archive's DICOM files together: more than any DVD holds is not unpacked onto the laptop. */
const MAX_TOTAL_BYTES = 32 * 1024 ** 3;
/**
 * How much larger than the archive its files may be once inflated. Zipped DICOM shrinks 2 to 10
 * times (blank backgrounds, 12-bit values in 16); a zip claiming more than 100 times is built to
 * fill the disk, not to carry images (a 62 KB archive once expanded to 1.1 GB).
 */
const MAX_EXPANSION_RATIO = 100;
/** Deflate cannot do better than about 1,032:1; a member claiming more lies about its size. */
const MAX_MEMBER_RATIO = 1100;
const MAX_DICOMDIR_BYTES = 64 * 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;
/** How many names of damaged or missing files are kept to show; the rest are counted. */
const NAMES_KEPT = 20;

class MemberError extends Error {}

interface ArchiveRow {
  case_id: string;
  name: string;
  added_at: string | null;
  size: number;
  vault_file: string;
  vault_key: Buffer;
}

/** Archives being read now: opening one while its download finishes waits for the same reading. */
const reading = new Map<string, Promise<void>>();

export function expandArchive(cache: CaseCache, archiveId: string): Promise<void> {
  let pending = reading.get(archiveId);
  if (!pending) {
    pending = expand(cache, archiveId).finally(() => reading.delete(archiveId));
    reading.set(archiveId, pending);
  }
  return pending;
}

async function expand(cache: CaseCache, archiveId: string): Promise<void> {
  const archive = cache
    .database()
    .prepare<[string], ArchiveRow>(`SELECT case_id, name, added_at, size, vault_file, vault_key FROM attachments WHERE id = ? AND download_state = 'available'`)
    .get(archiveId);
  if (!archive) return;
  await removeMembers(cache, archiveId);
  const reader = await cache.vault.open(archive.vault_file, archive.vault_key);
  const contents: ArchiveContents = { files: 0, dicomFiles: 0, hasDicomdir: false, otherFiles: 0, damaged: [], missing: [], problem: null, detail: '' };
  try {
    await readInto(cache, archiveId, archive, reader, contents);
  } catch (error) {
    if (!(error instanceof CoreError && error.code === 'DISK_FULL')) throw error;
    // The disk filled up meanwhile: what was extracted goes, to give the space back; opened
    // again once there is room, the archive is read again.
    await removeMembers(cache, archiveId);
    Object.assign(contents, { dicomFiles: 0, damaged: [], missing: [], otherFiles: 0 });
    fail(contents, 'disk-full', '');
  } finally {
    await reader.close();
  }
  await cache.write((db) =>
    db
      .prepare(
        `INSERT OR REPLACE INTO archives (attachment_id, files, dicom_files, has_dicomdir, skipped_json, problem, problem_detail)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        archiveId,
        contents.files,
        contents.dicomFiles,
        contents.hasDicomdir ? 1 : 0,
        JSON.stringify({ otherFiles: contents.otherFiles, damaged: contents.damaged, missing: contents.missing }),
        contents.problem,
        contents.detail,
      ),
  );
}

async function readInto(cache: CaseCache, archiveId: string, archive: ArchiveRow, reader: VaultFileReader, contents: ArchiveContents): Promise<void> {
  const read: ReadRange = (offset, length) => readRange(reader, offset, Math.min(offset + length, reader.size) - 1);
  let entries: ZipEntry[];
  try {
    entries = (await readZipDirectory(read, reader.size)).filter((e) => !isDirectoryEntry(e));
  } catch (error) {
    if (error instanceof ZipOverlapError) return fail(contents, 'overlapping', '');
    if (!(error instanceof ZipFormatError)) throw error;
    return fail(contents, 'not-zip', error.message);
  }
  contents.files = entries.length;
  if (entries.some((e) => e.encrypted) && entries.every((e) => e.encrypted || isDirectoryEntry(e))) return fail(contents, 'encrypted', '');
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_TOTAL_BYTES) return fail(contents, 'too-large', '');
  if (declared > Math.max(reader.size, 1024 * 1024) * MAX_EXPANSION_RATIO)
    return fail(contents, 'suspicious-ratio', String(Math.round(declared / Math.max(1, reader.size))));
  try {
    cache.vault.ensureRoom(declared);
  } catch (error) {
    if (error instanceof CoreError && error.code === 'DISK_FULL') return fail(contents, 'disk-full', String(Math.ceil(declared / 2 ** 20)));
    throw error;
  }

  // The DICOMDIR says which files are images, wherever it sits (often at the root of the CD).
  const referenced = new Set<string>();
  for (const entry of entries.filter((e) => baseName(e.name).toUpperCase() === 'DICOMDIR')) {
    contents.hasDicomdir = true;
    const folder = entry.name.slice(0, entry.name.length - 'DICOMDIR'.length).toUpperCase();
    try {
      if (entry.size > MAX_DICOMDIR_BYTES) throw new MemberError('too large');
      for (const file of await offThread('dicom.dicomdir', await inflateAll(reader, read, entry))) referenced.add(folder + file);
    } catch {
      note(contents.damaged, entry.name);
    }
  }
  const present = new Set(entries.map((e) => e.name.toUpperCase()));
  for (const file of referenced) if (!present.has(file)) note(contents.missing, file);

  let index = 0;
  for (const entry of entries) {
    index++;
    if (baseName(entry.name).toUpperCase() === 'DICOMDIR') continue;
    const listed = referenced.has(entry.name.toUpperCase());
    const lies = entry.method === DEFLATED && entry.size > entry.compressedSize * MAX_MEMBER_RATIO + 1024;
    if (lies || entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) {
      if (listed || entry.name.toLowerCase().endsWith('.dcm')) note(contents.damaged, entry.name);
      else contents.otherFiles++;
      continue;
    }
    const memberId = `${archiveId}~${index}`;
    try {
      const stored = await storeIfDicom(cache, reader, read, entry, listed);
      if (!stored) {
        contents.otherFiles++;
        continue;
      }
      await cache.write((db) =>
        db
          .prepare(
            `INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256, added_at, download_state, bytes_done, vault_file, vault_key, archive_id)
             VALUES (?, ?, 'dicom', ?, 'application/dicom', ?, ?, ?, 'available', ?, ?, ?, ?)`,
          )
          .run(
            memberId,
            archive.case_id,
            `${archive.name}/${entry.name}`,
            entry.size,
            stored.sha256,
            archive.added_at,
            entry.size,
            stored.fileName,
            stored.key,
            archiveId,
          ),
      );
      contents.dicomFiles++;
      await indexDicomAttachment(cache, memberId);
    } catch (error) {
      if (!(error instanceof MemberError || error instanceof ZipFormatError)) throw error;
      note(contents.damaged, entry.name);
    }
  }
}

/** Inflates a member into the vault if it is DICOM (listed by the DICOMDIR, named `.dcm`, or with the `DICM` preamble). */
async function storeIfDicom(cache: CaseCache, reader: VaultFileReader, read: ReadRange, entry: ZipEntry, listed: boolean) {
  const file = cache.vault.newFile();
  const writer = await cache.vault.createWriter(file);
  let head = Buffer.alloc(0);
  let decided = listed || entry.name.toLowerCase().endsWith('.dcm');
  try {
    for await (const piece of memberBytes(reader, read, entry)) {
      if (!decided) {
        head = Buffer.concat([head, piece]).subarray(0, 132);
        if (head.length === 132) {
          if (head.toString('latin1', 128, 132) !== 'DICM') {
            await writer.abort();
            return null;
          }
          decided = true;
        }
      }
      await writer.write(piece);
    }
    if (!decided) {
      await writer.abort();
      return null; // shorter than a preamble: not a DICOM file
    }
    const finished = await writer.finish();
    return { fileName: finished.fileName, sha256: finished.sha256, key: file.key };
  } catch (error) {
    await writer.abort().catch(() => {});
    throw error;
  }
}

async function inflateAll(reader: VaultFileReader, read: ReadRange, entry: ZipEntry): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const piece of memberBytes(reader, read, entry)) parts.push(piece);
  return Buffer.concat(parts);
}

/** A member's bytes, inflated; never more than its declared size (a zip bomb stops there), checked against its CRC-32. */
async function* memberBytes(reader: VaultFileReader, read: ReadRange, entry: ZipEntry): AsyncGenerator<Buffer> {
  const start = await memberDataOffset(read, entry);
  const compressed = entry.compressedSize > 0 ? reader.read(start, start + entry.compressedSize - 1) : (async function* () {})();
  const source: AsyncIterable<Buffer> = entry.method === DEFLATED ? pipeline(Readable.from(compressed), createInflateRaw(), () => {}) : compressed;
  let total = 0;
  let crc = 0;
  try {
    for await (const piece of source) {
      total += piece.length;
      if (total > entry.size) throw new MemberError('larger than its declared size');
      crc = crc32(piece, crc);
      yield piece;
    }
  } catch (error) {
    if (error instanceof MemberError) throw error;
    throw new MemberError('cannot be inflated');
  }
  if (total !== entry.size || crc !== entry.crc32) throw new MemberError('damaged');
}

async function removeMembers(cache: CaseCache, archiveId: string): Promise<void> {
  const files = await cache.write((db) => {
    const names = db.prepare<[string], string>('SELECT vault_file FROM attachments WHERE archive_id = ? AND vault_file IS NOT NULL').pluck().all(archiveId);
    db.prepare('DELETE FROM attachments WHERE archive_id = ?').run(archiveId);
    return names;
  });
  for (const file of files) await cache.vault.remove(file);
}

function fail(contents: ArchiveContents, problem: ArchiveProblem, detail: string): void {
  contents.problem = problem;
  contents.detail = detail;
}

function note(list: string[], name: string): void {
  if (list.length < NAMES_KEPT) list.push(name);
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** What an archive held, for its document tab; an archive not read yet (downloaded by an older version) is read now. */
export async function describeArchive(cache: CaseCache, caseId: string, archiveId: string): Promise<ArchiveContents & { firstImage: string | null }> {
  const db = cache.database();
  const doc = db
    .prepare<[string, string], { kind: string; media_type: string; name: string }>(
      'SELECT kind, media_type, name FROM attachments WHERE id = ? AND case_id = ? AND archive_id IS NULL',
    )
    .get(archiveId, caseId);
  if (!doc || !isArchive(doc.kind, doc.media_type, doc.name)) throw new CoreError('CONTENT_NOT_FOUND', 'This document is not an archive of this case.');
  const read = () =>
    db
      .prepare<
        [string],
        { files: number; dicom_files: number; has_dicomdir: number; skipped_json: string; problem: ArchiveProblem | null; problem_detail: string }
      >('SELECT files, dicom_files, has_dicomdir, skipped_json, problem, problem_detail FROM archives WHERE attachment_id = ?')
      .get(archiveId);
  let row = read();
  if (!row || row.problem === 'disk-full') {
    await expandArchive(cache, archiveId);
    row = read();
    if (!row) throw new CoreError('CONTENT_NOT_FOUND', 'This document is not downloaded yet.');
  }
  const skipped = JSON.parse(row.skipped_json) as { otherFiles: number; damaged: string[]; missing: string[] };
  const members = new Set(db.prepare<[string], string>('SELECT id FROM attachments WHERE archive_id = ?').pluck().all(archiveId));
  const series = listDicomSeries(db, caseId).find((s) => s.images.some((i) => members.has(i.attachmentId)));
  return {
    files: row.files,
    dicomFiles: row.dicom_files,
    hasDicomdir: row.has_dicomdir === 1,
    ...skipped,
    problem: row.problem,
    detail: row.problem_detail,
    firstImage: series?.images.find((i) => members.has(i.attachmentId))?.attachmentId ?? null,
  };
}
