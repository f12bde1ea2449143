// The one owner of the `cases` table's rows: finding a case (or saying it is not here), its status
// changes (accepted, declined, waiting for the patient, submitted, gone), its sync conflict, and
// when a finished case leaves this computer. Everything else reads cases; only this module writes
// them. Calls run in the caller's transaction.
import type { CASE_STATUSES } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { CoreError } from '../rpc/core-error';
import type { CaseRecord } from '../../../shared/platform-api/cases';

type CaseStatus = (typeof CASE_STATUSES)[number];

/** What most callers need to know about a case before they change something about it. */
export interface CaseState {
  status: CaseStatus;
  readOnly: boolean;
  platformVersion: number;
}

/** The one sentence for a case that is not (or no longer) on this computer. */
export function caseNotFound(): CoreError {
  return new CoreError('CASE_NOT_FOUND', 'This case is not on this workstation.');
}

export function findCase(db: CacheDatabase, caseId: string): CaseState | null {
  const row = db
    .prepare<[string], { status: CaseStatus; readOnly: number; platformVersion: number }>(
      'SELECT status, read_only AS readOnly, platform_version AS platformVersion FROM cases WHERE id = ?',
    )
    .get(caseId);
  return row ? { status: row.status, readOnly: row.readOnly === 1, platformVersion: row.platformVersion } : null;
}

/** The case, or CASE_NOT_FOUND. */
export function requireCase(db: CacheDatabase, caseId: string): CaseState {
  const found = findCase(db, caseId);
  if (!found) throw caseNotFound();
  return found;
}

/** When a case that has just finished here (declined, reassigned, withdrawn, closed) leaves this computer. */
export function purgeDeadline(now: Date, retentionDays: number): string {
  return new Date(now.getTime() + retentionDays * 24 * 3600_000).toISOString();
}

export function markCaseOpened(db: CacheDatabase, caseId: string, now: Date): void {
  db.prepare('UPDATE cases SET first_opened_at = coalesce(first_opened_at, ?) WHERE id = ?').run(now.toISOString(), caseId);
}

/** The expert accepted the offer here; the platform confirms later (`confirmAccepted`). */
export function acceptHere(db: CacheDatabase, caseId: string, now: Date): void {
  db.prepare(`UPDATE cases SET status = 'accepted', updated_at = ? WHERE id = ?`).run(now.toISOString(), caseId);
}

/** The expert declined the offer here: the case is read-only and leaves this computer after the retention period. */
export function declineHere(db: CacheDatabase, caseId: string, now: Date, retentionDays: number): void {
  db.prepare(`UPDATE cases SET status = 'declined', read_only = 1, purge_after = ?, updated_at = ? WHERE id = ?`).run(
    purgeDeadline(now, retentionDays),
    now.toISOString(),
    caseId,
  );
}

/** The platform took the acceptance: its version of the case, and no conflict. */
export function confirmAccepted(db: CacheDatabase, caseId: string, platformVersion: number): void {
  db.prepare(`UPDATE cases SET status = 'accepted', platform_version = ?, sync_conflict = NULL WHERE id = ?`).run(platformVersion, caseId);
}

/** The platform took the decline (a removal date already announced is kept). */
export function confirmDeclined(db: CacheDatabase, caseId: string, now: Date, retentionDays: number): void {
  db.prepare(`UPDATE cases SET status = 'declined', read_only = 1, purge_after = coalesce(purge_after, ?) WHERE id = ?`).run(
    purgeDeadline(now, retentionDays),
    caseId,
  );
}

/** A request for information puts an accepted case on hold, here at once and on the platform when it is sent. */
export function holdForPatient(db: CacheDatabase, caseId: string): void {
  db.prepare(`UPDATE cases SET status = 'waiting_for_patient' WHERE id = ? AND status = 'accepted'`).run(caseId);
}

/** The platform received the report. */
export function markSubmitted(db: CacheDatabase, caseId: string): void {
  db.prepare(`UPDATE cases SET status = 'submitted' WHERE id = ? AND status IN ('accepted', 'waiting_for_patient')`).run(caseId);
}

/** The platform refused one of the case's changes (the code says why). */
export function markSyncConflict(db: CacheDatabase, caseId: string, code: string): void {
  db.prepare('UPDATE cases SET sync_conflict = ? WHERE id = ?').run(code, caseId);
}

export function clearSyncConflict(db: CacheDatabase, caseId: string): void {
  db.prepare('UPDATE cases SET sync_conflict = NULL WHERE id = ?').run(caseId);
}

const TERMINAL = new Set<CaseStatus>(['withdrawn', 'closed', 'declined']);

/**
 * The platform's record of the case. `keepLocalStatus`: a decision made here and not yet sent
 * (an acceptance, a decline) stays visible until the platform has it, unless the case ended there.
 */
export function storeCaseRecord(db: CacheDatabase, record: CaseRecord, options: { keepLocalStatus: boolean; now: Date; retentionDays: number }): void {
  const existing = findCase(db, record.id);
  const status = options.keepLocalStatus && existing && !TERMINAL.has(record.status) ? existing.status : record.status;
  const readOnly = TERMINAL.has(status) ? 1 : 0;
  const p = record.patient;
  const bool = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? 1 : 0);
  db.prepare(
    `INSERT INTO cases (id, reference, status, disease_family, disease, language, offered_at, due_at, patient_age, patient_sex,
       patient_region, patient_employment, gp_aware, gp_consent, platform_version, read_only, purge_after, updated_at)
     VALUES (@id, @reference, @status, @family, @disease, @language, @offeredAt, @dueAt, @age, @sex, @region, @employment,
       @gpAware, @gpConsent, @version, @readOnly, @purgeAfter, @now)
     ON CONFLICT (id) DO UPDATE SET reference = excluded.reference, status = excluded.status, disease_family = excluded.disease_family,
       disease = excluded.disease, language = excluded.language, due_at = excluded.due_at, patient_age = excluded.patient_age,
       patient_sex = excluded.patient_sex, patient_region = excluded.patient_region, patient_employment = excluded.patient_employment,
       gp_aware = excluded.gp_aware, gp_consent = excluded.gp_consent, platform_version = excluded.platform_version,
       read_only = excluded.read_only, purge_after = CASE WHEN excluded.read_only = 1 THEN coalesce(cases.purge_after, excluded.purge_after) END,
       updated_at = excluded.updated_at`,
  ).run({
    id: record.id,
    reference: record.reference,
    status,
    family: record.diseaseFamily,
    disease: record.disease,
    language: record.language,
    offeredAt: record.offeredAt,
    dueAt: record.dueAt,
    age: p.age ?? null,
    sex: p.sex ?? null,
    region: p.region ?? null,
    employment: p.employmentCategory ?? null,
    gpAware: bool(p.gpAware),
    gpConsent: bool(p.gpConsent),
    version: record.version,
    readOnly,
    purgeAfter: readOnly ? purgeDeadline(options.now, options.retentionDays) : null,
    now: options.now.toISOString(),
  });
}

/** Whether the expert has opened the case (documents arriving later are flagged new). */
export function wasOpened(db: CacheDatabase, caseId: string): boolean {
  return db.prepare('SELECT first_opened_at FROM cases WHERE id = ?').pluck().get(caseId) != null;
}

/** The case is no longer this expert's (reassigned): read-only, and it leaves this computer after the retention period. */
export function markReassigned(db: CacheDatabase, caseId: string, now: Date, retentionDays: number): void {
  db.prepare(`UPDATE cases SET status = 'reassigned', read_only = 1, purge_after = coalesce(purge_after, ?), updated_at = ? WHERE id = ?`).run(
    purgeDeadline(now, retentionDays),
    now.toISOString(),
    caseId,
  );
}

/** The finished cases whose retention period is over. */
export function expiredCaseIds(db: CacheDatabase, now: Date): string[] {
  return db
    .prepare<[string], string>('SELECT id FROM cases WHERE read_only = 1 AND purge_after IS NOT NULL AND purge_after <= ?')
    .pluck()
    .all(now.toISOString());
}

/** Removes the case row (its dependent rows go with it, by the schema's cascades). */
export function deleteCase(db: CacheDatabase, caseId: string): void {
  db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
}

/** The cases that will leave this computer, and when: shown as a banner (a decline the expert made is not announced). */
export function announcedRemovals(db: CacheDatabase): { caseId: string; reference: string; purgeAfter: string }[] {
  return db
    .prepare<[], { caseId: string; reference: string; purgeAfter: string }>(
      `SELECT id AS caseId, reference, purge_after AS purgeAfter FROM cases WHERE read_only = 1 AND purge_after IS NOT NULL AND status != 'declined' ORDER BY purge_after`,
    )
    .all();
}
