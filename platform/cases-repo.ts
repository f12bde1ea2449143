// Reading and changing cases in the platform database, in the API's shapes.
import type { PlatformDb } from './db';
import { HttpProblem } from './http';

export interface CaseRow {
  id: string;
  reference: string;
  expert_id: string;
  status: string;
  version: number;
  disease_family: string;
  disease: string;
  language: string;
  offered_at: string;
  due_at: string | null;
  patient_json: string;
  first_opinion_json: string;
  questionnaire_json: string;
  questions_json: string;
  updated_at: string;
}

/** A case by id or reference (dev controls use references, the API uses ids). */
export function findCase(db: PlatformDb, idOrReference: string): CaseRow | undefined {
  return db.prepare<[string, string], CaseRow>('SELECT * FROM cases WHERE id = ? OR reference = ?').get(idOrReference, idOrReference);
}

/** The expert's case, or the problem that explains why it is not theirs any more. */
export function ownedCase(db: PlatformDb, expertId: string, caseId: string): CaseRow {
  const row = findCase(db, caseId);
  if (!row) throw new HttpProblem(404, 'CASE_NOT_FOUND', 'No such case.');
  if (row.expert_id !== expertId) {
    const wasOurs = db.prepare('SELECT 1 FROM feed WHERE expert_id = ? AND case_id = ? LIMIT 1').get(expertId, row.id);
    if (wasOurs) throw new HttpProblem(409, 'CASE_REASSIGNED', 'This case has been reassigned to another expert.');
    throw new HttpProblem(404, 'CASE_NOT_FOUND', 'No such case.');
  }
  return row;
}

export function caseRecord(db: PlatformDb, row: CaseRow) {
  const attachments = db
    .prepare('SELECT id, kind, name, media_type AS mediaType, size, sha256, added_at AS addedAt FROM attachments WHERE case_id = ? ORDER BY added_at, name')
    .all(row.id);
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    status: row.status,
    diseaseFamily: row.disease_family,
    disease: row.disease,
    language: row.language,
    offeredAt: row.offered_at,
    dueAt: row.due_at,
    updatedAt: row.updated_at,
    patient: JSON.parse(row.patient_json),
    firstOpinion: JSON.parse(row.first_opinion_json),
    questionnaire: JSON.parse(row.questionnaire_json),
    questions: JSON.parse(row.questions_json),
    attachments,
  };
}

export function addFeed(db: PlatformDb, expertId: string, caseId: string, type: string, at = new Date().toISOString()): void {
  db.prepare('INSERT INTO feed (expert_id, case_id, type, at) VALUES (?, ?, ?, ?)').run(expertId, caseId, type, at);
}

export function setStatus(db: PlatformDb, row: CaseRow, status: string): void {
  db.prepare('UPDATE cases SET status = ?, version = version + 1, updated_at = ? WHERE id = ?').run(status, new Date().toISOString(), row.id);
}
