// The content route's measurement exports, made in core when asked: `measurements/<case id>/sr@…`
// (a DICOM SR, TID 1500) and `measurements/<case id>/csv-fr@…` or `csv-en@…` (a spreadsheet in
// that language). What follows '@' only makes each export its own address (no stale cached copy).
// Each export is recorded in the audit trail: patient data left the workstation.
import { MEASUREMENTS_CONTENT_PREFIX } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { GeneratedDocument } from '../documents/document-content';
import { CoreError } from '../rpc/core-error';
import type { AuditTrail } from '../security/audit-trail';
import { offThread } from '../work/off-thread';
import { HEADER_BYTES, readAttachmentStart } from './attachment-start';
import { measurementsCsv } from './measurement-csv';
import type { MeasuredImage } from './measurement-sr';
import { listMeasurements } from './measurements';

const FORMATS = { sr: 'dicom-sr', 'csv-fr': 'csv', 'csv-en': 'csv' } as const;
type Format = keyof typeof FORMATS;

export function measurementsContent(cache: CaseCache, audit: Pick<AuditTrail, 'record'>, now: () => Date): (ref: string) => Promise<GeneratedDocument> | null {
  return (ref) => {
    if (!ref.startsWith(MEASUREMENTS_CONTENT_PREFIX)) return null;
    const [caseId, which] = ref.slice(MEASUREMENTS_CONTENT_PREFIX.length).split('/');
    const format = which?.split('@')[0] ?? '';
    if (!caseId || !(format in FORMATS)) return null;
    return exportMeasurements(cache, caseId, format as Format, now()).then(async (document) => {
      await audit.record('export.made', caseId, { format: FORMATS[format as Format], what: 'measurements' });
      return document;
    });
  };
}

async function exportMeasurements(cache: CaseCache, caseId: string, format: Format, now: Date): Promise<GeneratedDocument> {
  const db = cache.database();
  const measurements = listMeasurements(db, caseId);
  if (measurements.length === 0) throw new CoreError('CONTENT_NOT_FOUND', 'This case has no measurements to export.');
  const rows = db
    .prepare<[string], { attachment_id: string; study_uid: string; series_uid: string; sop_uid: string; sop_class_uid: string; frames: number }>(
      `SELECT attachment_id, study_uid, series_uid, sop_uid, sop_class_uid, frames FROM dicom_instances WHERE case_id = ?`,
    )
    .all(caseId);
  const images: Record<string, MeasuredImage> = Object.fromEntries(
    rows.map((r) => [r.attachment_id, { studyUid: r.study_uid, seriesUid: r.series_uid, sopUid: r.sop_uid, sopClassUid: r.sop_class_uid, frames: r.frames }]),
  );
  if (format !== 'sr') {
    const sopUids = Object.fromEntries(Object.entries(images).map(([id, image]) => [id, image.sopUid]));
    return { bytes: measurementsCsv(measurements, sopUids, format === 'csv-fr' ? 'fr' : 'en'), mediaType: 'text/csv; charset=utf-8' };
  }
  const measured = measurements.filter((m) => images[m.attachmentId]);
  const first = measured[0];
  if (!first) throw new CoreError('CONTENT_NOT_FOUND', 'The images these measurements were drawn on are no longer in the case.');
  const header = await readAttachmentStart(cache, first.attachmentId, HEADER_BYTES);
  const used = Object.fromEntries(measured.map((m) => [m.attachmentId, images[m.attachmentId]!]));
  const bytes = await offThread('measurements.sr', { measurements: measured, images: used, header, now: now.toISOString() });
  return { bytes, mediaType: 'application/dicom' };
}
