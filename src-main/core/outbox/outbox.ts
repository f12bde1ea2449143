// The outbox: every change the expert makes that the platform must learn of is written in the
// same transaction as a row here, with an idempotency key; the sender (sync/push.ts) drains it in
// order. This module owns the table: rows are added through the kind a domain declared (see
// outbox-kind.ts), parked, deferred and removed here, and every change is noted for the cache,
// which rewrites the unsynced summary after the transaction commits (no caller has to remember).
import { randomUUID } from 'node:crypto';
import type { CacheDatabase } from '../cache/database';
import { OUTBOX_KINDS } from '../../../contract';

export { OUTBOX_KINDS };
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxSummary {
  total: number;
  byKind: Partial<Record<OutboxKind, number>>;
}

/** A row as stored: its payload is read through its kind's schema, never cast. */
export interface OutboxRow {
  seq: number;
  caseId: string | null;
  kind: OutboxKind;
  idempotencyKey: string;
  payloadJson: string;
  attempts: number;
  nextAttemptAt: string | null;
}

/** Databases whose outbox changed since the cache last summarized it. */
const changed = new WeakSet<CacheDatabase>();

function noteChange(db: CacheDatabase): void {
  changed.add(db);
}

/** True once after the outbox of `db` changed: the cache then rewrites the unsynced summary. */
export function takeOutboxChange(db: CacheDatabase): boolean {
  return changed.delete(db);
}

/** Adds a row; call inside the transaction that makes the change it reports. Used by `OutboxKindSpec.add`. */
export function insertOutboxRow(
  db: CacheDatabase,
  kind: OutboxKind,
  caseId: string | null,
  payload: unknown,
  now: Date,
): { seq: number; idempotencyKey: string } {
  const idempotencyKey = randomUUID();
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO outbox (case_id, kind, idempotency_key, payload_json, created_at) VALUES (?, ?, ?, ?, ?)`)
    .run(caseId, kind, idempotencyKey, JSON.stringify(payload), now.toISOString());
  noteChange(db);
  return { seq: Number(lastInsertRowid), idempotencyKey };
}

interface StoredRow {
  seq: number;
  case_id: string | null;
  kind: OutboxKind;
  idempotency_key: string;
  payload_json: string;
  attempts: number;
  next_attempt_at: string | null;
}

/** The rows waiting to be sent, oldest first. */
export function pendingOutboxRows(db: CacheDatabase): OutboxRow[] {
  const rows = db
    .prepare<[], StoredRow>(
      `SELECT seq, case_id, kind, idempotency_key, payload_json, attempts, next_attempt_at FROM outbox WHERE state = 'pending' ORDER BY seq`,
    )
    .all();
  return rows.map((r) => ({
    seq: r.seq,
    caseId: r.case_id,
    kind: r.kind,
    idempotencyKey: r.idempotency_key,
    payloadJson: r.payload_json,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
  }));
}

/** The cases (null: the audit trail) with a row the platform refused: their later rows wait behind it. */
export function parkedOutboxCases(db: CacheDatabase): Set<string | null> {
  return new Set(db.prepare<[], string | null>(`SELECT DISTINCT case_id FROM outbox WHERE state = 'conflict'`).pluck().all());
}

/** The platform has it. */
export function removeOutboxRow(db: CacheDatabase, seq: number): void {
  db.prepare('DELETE FROM outbox WHERE seq = ?').run(seq);
  noteChange(db);
}

/** The platform refused it: kept, marked, until the expert acts (or the case leaves this computer). */
export function parkOutboxRow(db: CacheDatabase, seq: number, code: string): void {
  db.prepare(`UPDATE outbox SET state = 'conflict', last_error_code = ? WHERE seq = ?`).run(code, seq);
  noteChange(db);
}

/** A passing failure: tried again after `nextAttemptAt`. */
export function deferOutboxRow(db: CacheDatabase, seq: number, nextAttemptAt: Date, code: string): void {
  db.prepare('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error_code = ? WHERE seq = ?').run(nextAttemptAt.toISOString(), code, seq);
}

/** Drops a case's refused rows of these kinds (a refused report reopened as a draft). */
export function dropRefusedOutboxRows(db: CacheDatabase, caseId: string, kinds: readonly OutboxKind[]): void {
  db.prepare(`DELETE FROM outbox WHERE case_id = ? AND state = 'conflict' AND kind IN (${kinds.map(() => '?').join(', ')})`).run(caseId, ...kinds);
  noteChange(db);
}

/** A case leaving this computer takes its refused rows with it (pending ones are still sent). */
export function dropCaseRefusedOutboxRows(db: CacheDatabase, caseId: string): void {
  db.prepare(`DELETE FROM outbox WHERE case_id = ? AND state = 'conflict'`).run(caseId);
  noteChange(db);
}

/** Whether the case still has a row the platform refused. */
export function hasRefusedOutboxRows(db: CacheDatabase, caseId: string): boolean {
  return db.prepare(`SELECT 1 FROM outbox WHERE case_id = ? AND state = 'conflict'`).get(caseId) !== undefined;
}

/** Whether any of these kinds still waits for the case (a local decision the platform has not taken yet). */
export function hasOutboxRows(db: CacheDatabase, caseId: string, kinds: readonly OutboxKind[]): boolean {
  return db.prepare(`SELECT 1 FROM outbox WHERE case_id = ? AND kind IN (${kinds.map(() => '?').join(', ')})`).get(caseId, ...kinds) !== undefined;
}

/** The expert's changes still to send (the audit trail's rows are not the expert's to count). */
export function pendingChangeCount(db: CacheDatabase): number {
  return db.prepare<[], number>(`SELECT count(*) FROM outbox WHERE kind != 'audit.entries'`).pluck().get() ?? 0;
}

export function summarizeOutbox(db: CacheDatabase): OutboxSummary {
  const rows = db.prepare<[], { kind: OutboxKind; n: number }>('SELECT kind, count(*) AS n FROM outbox GROUP BY kind').all();
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byKind: Object.fromEntries(rows.map((r) => [r.kind, r.n])) };
}
