// Indexes a downloaded DICOM attachment (header only, read from the vault) and lists a case's
// series with their images in order: along the slice normal, or by instance number without geometry.
import { ImageGeometry, type DicomSeries } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { CacheDatabase } from '../cache/database';
import { positionAlongNormal } from './dicom-header';
import { offThread } from '../work/off-thread';
import { HEADER_BYTES, readAttachmentStart } from './attachment-start';
import { diagnoseImage } from './dicom-object';
import { transferSyntaxName } from './transfer-syntaxes';

/**
 * Which reading of the header the index holds; rows of an older reading are read again (see
 * `reindexStale`). 1: geometry, frame of reference, body part and localizer (schema 12).
 */
export const DICOM_HEADER_VERSION = 1;

export async function indexDicomAttachment(cache: CaseCache, attachmentId: string): Promise<void> {
  const row = cache.database().prepare<[string], { case_id: string; size: number }>('SELECT case_id, size FROM attachments WHERE id = ?').get(attachmentId);
  if (!row) return;
  const caseId = row.case_id;
  const start = await readAttachmentStart(cache, attachmentId, HEADER_BYTES);
  let header;
  try {
    // Parsed in the worker thread: a patient's header may inflate or nest deeply.
    header = await offThread('dicom.header', start);
  } catch {
    return; // not DICOM or unreadable: the viewer reports it when the file is opened
  }
  // A DICOMDIR is an index of files, not an instance of a study: described when opened.
  if (header.objectKind === 'dicomdir') return;
  const diagnosis = header.objectKind === 'image' ? diagnoseImage(row.size, header) : null;
  const problem = diagnosis?.kind === 'unreadable' ? diagnosis : null;
  await cache.write((db) =>
    db
      .prepare(
        `INSERT OR REPLACE INTO dicom_instances (attachment_id, case_id, study_uid, series_uid, sop_uid, modality, study_description,
           series_description, series_number, instance_number, sort_position, slice_location, slice_thickness, rows, columns, frames,
           transfer_syntax, lossy, is_image, sop_class_uid, object_kind, embedded_offset, embedded_length, problem, problem_detail, study_date, study_time,
           geometry, frame_of_reference, body_part, localizer, header_version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        attachmentId,
        caseId,
        header.studyUid,
        header.seriesUid,
        header.sopUid,
        header.modality,
        header.studyDescription,
        header.seriesDescription,
        header.seriesNumber,
        header.instanceNumber,
        positionAlongNormal(header),
        header.sliceLocation,
        header.sliceThickness,
        header.rows,
        header.columns,
        header.frames,
        header.transferSyntax,
        header.lossy ? 1 : 0,
        header.isImage ? 1 : 0,
        header.sopClassUid,
        header.objectKind,
        header.embedded?.offset ?? null,
        header.embedded?.length ?? null,
        problem?.problem ?? null,
        problem?.detail ?? '',
        header.studyDate,
        header.studyTime,
        header.position && header.orientation && header.pixelSpacing
          ? JSON.stringify({ position: header.position, orientation: header.orientation, pixelSpacing: header.pixelSpacing } satisfies ImageGeometry)
          : null,
        header.frameOfReferenceUid,
        header.bodyPart,
        header.localizer ? 1 : 0,
        DICOM_HEADER_VERSION,
      ),
  );
}

/**
 * Reads again the headers of a case's instances indexed by an older version (they lack what the
 * viewer now uses), once, before the series are listed. A file that cannot be read again keeps its row.
 */
export async function reindexStale(cache: CaseCache, caseId: string): Promise<void> {
  const stale = cache
    .database()
    .prepare<[string, number], { attachment_id: string }>('SELECT attachment_id FROM dicom_instances WHERE case_id = ? AND header_version < ?')
    .all(caseId, DICOM_HEADER_VERSION);
  for (const { attachment_id } of stale) await indexDicomAttachment(cache, attachment_id).catch(() => {});
}

interface InstanceRow {
  attachment_id: string;
  version: string;
  study_uid: string;
  series_uid: string;
  modality: string;
  study_description: string;
  study_date: string | null;
  study_time: string | null;
  series_description: string;
  series_number: number | null;
  instance_number: number | null;
  sort_position: number | null;
  slice_location: number | null;
  slice_thickness: number | null;
  rows: number;
  columns: number;
  frames: number;
  transfer_syntax: string;
  lossy: number;
  geometry: string | null;
  frame_of_reference: string;
  body_part: string;
  localizer: number;
}

export function listDicomSeries(db: CacheDatabase, caseId: string): DicomSeries[] {
  // Broken images stay out of the stacks: opened on their own, they say what is wrong.
  const rows = db
    .prepare<[string], InstanceRow>(
      `SELECT d.*, a.sha256 AS version FROM dicom_instances d JOIN attachments a ON a.id = d.attachment_id
       WHERE d.case_id = ? AND d.is_image = 1 AND d.problem IS NULL`,
    )
    .all(caseId);
  const bySeries = new Map<string, InstanceRow[]>();
  for (const r of rows) {
    const list = bySeries.get(r.series_uid);
    if (list) list.push(r);
    else bySeries.set(r.series_uid, [r]);
  }
  const series = [...bySeries.values()].map((instances) => {
    const geometry = instances.every((i) => i.sort_position !== null);
    // Head to feet / first to last: a higher position along the normal comes first, as PACS show it.
    instances.sort((a, b) => (geometry ? (b.sort_position ?? 0) - (a.sort_position ?? 0) : (a.instance_number ?? 0) - (b.instance_number ?? 0)));
    const first = instances[0] as InstanceRow;
    return {
      seriesUid: first.series_uid,
      studyUid: first.study_uid,
      modality: first.modality,
      studyDescription: first.study_description,
      studyDate: first.study_date,
      studyTime: first.study_time,
      seriesDescription: first.series_description,
      seriesNumber: first.series_number,
      frameOfReferenceUid: first.frame_of_reference,
      bodyPart: first.body_part,
      localizer: first.localizer === 1,
      lossy: instances.some((i) => i.lossy === 1),
      transferSyntax: first.transfer_syntax,
      transferSyntaxName: transferSyntaxName(first.transfer_syntax),
      images: instances.map((i) => ({
        attachmentId: i.attachment_id,
        version: i.version,
        instanceNumber: i.instance_number,
        sliceLocation: i.slice_location,
        sliceThickness: i.slice_thickness,
        rows: i.rows,
        columns: i.columns,
        frames: i.frames,
        geometry: geometryOf(i.geometry),
      })),
    };
  });
  return series.sort((a, b) => (a.seriesNumber ?? 0) - (b.seriesNumber ?? 0));
}

/** A row's geometry, as written by this module; anything else is no geometry. */
function geometryOf(json: string | null): ImageGeometry | null {
  if (!json) return null;
  const parsed = ImageGeometry.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}
