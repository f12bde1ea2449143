// Measurements the expert draws on images, kept per case in the encrypted cache (they survive a
// restart) and listed beside the viewer; the report will quote them.
import type { Measurement } from '../../../src-preload/contract';
import type { CacheDatabase } from '../cache/database';
import { CoreError } from '../rpc/core-error';

interface Row {
  id: string;
  attachment_id: string;
  series_uid: string;
  frame: number;
  kind: 'length';
  data_json: string;
  created_at: string;
}

export function listMeasurements(db: CacheDatabase, caseId: string): Measurement[] {
  const rows = db
    .prepare(`SELECT id, attachment_id, series_uid, frame, kind, data_json, created_at FROM measurements WHERE case_id = ? AND kind = 'length' ORDER BY created_at`)
    .all(caseId) as Row[];
  return rows.map((r) => {
    const data = JSON.parse(r.data_json) as { points: Measurement['points']; valueMm: number };
    return { id: r.id, attachmentId: r.attachment_id, seriesUid: r.series_uid, imageNumber: r.frame, kind: r.kind, points: data.points, valueMm: data.valueMm, createdAt: r.created_at };
  });
}

export function saveMeasurement(db: CacheDatabase, caseId: string, m: Omit<Measurement, 'createdAt'>, now: Date): Measurement {
  const owner = db.prepare('SELECT case_id FROM attachments WHERE id = ?').pluck().get(m.attachmentId) as string | undefined;
  if (owner !== caseId) throw new CoreError('CASE_NOT_FOUND', 'This image is not part of this case.');
  const createdAt = now.toISOString();
  db.prepare(
    `INSERT INTO measurements (id, case_id, attachment_id, series_uid, frame, kind, data_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET data_json = excluded.data_json`,
  ).run(m.id, caseId, m.attachmentId, m.seriesUid, m.imageNumber, m.kind, JSON.stringify({ points: m.points, valueMm: m.valueMm }), createdAt);
  return { ...m, createdAt };
}

export function removeMeasurement(db: CacheDatabase, caseId: string, id: string): boolean {
  return db.prepare('DELETE FROM measurements WHERE id = ? AND case_id = ?').run(id, caseId).changes > 0;
}
