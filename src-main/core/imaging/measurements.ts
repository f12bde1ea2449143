// Measurements the expert draws on images (length, angle, elliptical ROI, probe), kept per case in
// the encrypted cache so that they survive a restart, listed beside the viewer and quoted in the
// report. The values are computed in the viewer, where the decoded pixels are; core keeps them.
import type { Measurement, MeasurementDraft } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { CoreError } from '../rpc/core-error';

interface Row {
  id: string;
  attachment_id: string;
  series_uid: string;
  frame: number;
  kind: Measurement['kind'];
  data_json: string;
  created_at: string;
}

type Stored = Pick<Measurement, 'points' | 'values' | 'unit' | 'signal' | 'imageNumber' | 'seriesNumber'>;

const COLUMNS = 'id, attachment_id, series_uid, frame, kind, data_json, created_at';

function measurementOf(r: Row): Measurement {
  const data = JSON.parse(r.data_json) as Stored;
  return {
    id: r.id,
    attachmentId: r.attachment_id,
    frame: r.frame,
    seriesUid: r.series_uid,
    seriesNumber: data.seriesNumber,
    imageNumber: data.imageNumber,
    kind: r.kind,
    points: data.points,
    values: data.values,
    unit: data.unit,
    signal: data.signal,
    createdAt: r.created_at,
  };
}

export function listMeasurements(db: CacheDatabase, caseId: string): Measurement[] {
  const rows = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM measurements WHERE case_id = ? ORDER BY created_at, rowid`).all(caseId);
  return rows.map(measurementOf);
}

/** Throws unless the attachment belongs to the case: a measurement never lands on another patient. */
export function assertImageOfCase(db: CacheDatabase, caseId: string, attachmentId: string): void {
  const owner = db.prepare<[string], string>('SELECT case_id FROM attachments WHERE id = ?').pluck().get(attachmentId);
  if (owner !== caseId) throw new CoreError('CASE_NOT_FOUND', 'This image is not part of this case.');
}

export function saveMeasurement(db: CacheDatabase, caseId: string, m: MeasurementDraft, now: Date): Measurement {
  assertImageOfCase(db, caseId, m.attachmentId);
  const stored: Stored = { points: m.points, values: m.values, unit: m.unit, signal: m.signal, imageNumber: m.imageNumber, seriesNumber: m.seriesNumber };
  // An edit (same id) keeps its place in the list: created_at stays the first one.
  db.prepare(
    `INSERT INTO measurements (id, case_id, attachment_id, series_uid, frame, kind, data_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET data_json = excluded.data_json WHERE measurements.case_id = excluded.case_id`,
  ).run(m.id, caseId, m.attachmentId, m.seriesUid, m.frame, m.kind, JSON.stringify(stored), now.toISOString());
  const saved = db.prepare<[string, string], Row>(`SELECT ${COLUMNS} FROM measurements WHERE id = ? AND case_id = ?`).get(m.id, caseId);
  if (!saved) throw new CoreError('CONFLICT', 'This measurement belongs to another case.');
  return measurementOf(saved);
}

export function removeMeasurement(db: CacheDatabase, caseId: string, id: string): boolean {
  return db.prepare('DELETE FROM measurements WHERE id = ? AND case_id = ?').run(id, caseId).changes > 0;
}
