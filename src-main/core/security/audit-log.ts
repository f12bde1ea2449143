// The audit trail: who did what to which case, as an append-only log in the encrypted cache where
// each entry carries the hash of the one before. An entry edited, removed or reordered breaks the
// chain; an entry removed from the end is caught by the anchor, the last entry the platform
// acknowledged. Entries name cases and documents by id only, never by their content.
import { AUDIT_ACTIONS } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { z } from 'zod';
import { declareOutboxKind } from '../outbox/outbox-kind';
import { GENESIS_HASH, auditHash } from '../../../shared/audit-hash';

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditDetail = Record<string, string | number | boolean>;

export interface AuditEntry {
  seq: number;
  at: string;
  action: AuditAction;
  caseId: string | null;
  detail: AuditDetail;
  prevHash: string;
  hash: string;
}

/** Appends one entry. Call inside the transaction of the change it records, when there is one. */
export function appendAudit(db: CacheDatabase, at: Date, action: AuditAction, caseId: string | null = null, detail: AuditDetail = {}): AuditEntry {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
  const entry = { seq: (last?.seq ?? 0) + 1, at: at.toISOString(), action, caseId, detail, prevHash: last?.hash ?? GENESIS_HASH };
  const hash = auditHash(entry);
  db.prepare('INSERT INTO audit_log (seq, at, action, case_id, detail_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    entry.seq,
    entry.at,
    action,
    caseId,
    JSON.stringify(detail),
    entry.prevHash,
    hash,
  );
  return { ...entry, hash };
}

/**
 * Records actions: appends the entries and queues them for the platform in one outbox row, in the
 * caller's transaction (so an entry is never written without being sent, nor sent twice).
 */
export function recordAudit(
  db: CacheDatabase,
  records: readonly { at: Date; action: AuditAction; caseId?: string | null; detail?: AuditDetail }[],
): AuditEntry[] {
  const entries = records.map((r) => appendAudit(db, r.at, r.action, r.caseId ?? null, r.detail ?? {}));
  const last = entries.at(-1);
  if (last) AUDIT_ENTRIES.add(db, null, { deviceId: deviceIdOf(db), entries }, new Date(last.at));
  return entries;
}

/** This installation's id, sent at sign-in and with the audit entries (the platform can revoke it). */
export function deviceIdOf(db: CacheDatabase): string {
  const id = db.prepare<[], string>('SELECT device_id FROM device WHERE id = 1').pluck().get();
  // Written by the migration that created the table: its absence is a damaged cache.
  if (id === undefined) throw new Error('This installation has no device id.');
  return id;
}

interface AuditRow {
  seq: number;
  at: string;
  action: AuditAction;
  case_id: string | null;
  detail_json: string;
  prev_hash: string;
  hash: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  action: row.action,
  caseId: row.case_id,
  detail: JSON.parse(row.detail_json) as AuditDetail,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The whole trail, in order (what the platform has not acknowledged travels in outbox rows). */
export function readAudit(db: CacheDatabase): AuditEntry[] {
  const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').all();
  return rows.map(toEntry);
}

export function readAnchor(db: CacheDatabase): { seq: number; hash: string } | null {
  return db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_anchor WHERE id = 1').get() ?? null;
}

/** The platform holds the entries up to `seq`: they are marked sent and `seq` becomes the anchor. */
export function acknowledgeAudit(db: CacheDatabase, seq: number, hash: string, at: Date): void {
  db.prepare('UPDATE audit_log SET synced = 1 WHERE seq <= ? AND synced = 0').run(seq);
  db.prepare(
    `INSERT INTO audit_anchor (id, seq, hash, acknowledged_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, acknowledged_at = excluded.acknowledged_at`,
  ).run(seq, hash, at.toISOString());
}

export type AuditVerdict = { intact: true; entries: number } | { intact: false; seq: number; problem: 'edited' | 'removed' | 'truncated' };

/**
 * Checks the chain: sequence numbers without gaps from 1, each entry's hash recomputed, each link to
 * the previous hash, and the anchor still present with its hash.
 */
export function verifyAuditChain(entries: readonly AuditEntry[], anchor: { seq: number; hash: string } | null = null): AuditVerdict {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { intact: false, seq: expectedSeq, problem: 'removed' };
    if (entry.prevHash !== prevHash) return { intact: false, seq: entry.seq, problem: entry.prevHash === GENESIS_HASH ? 'removed' : 'edited' };
    if (auditHash(entry) !== entry.hash) return { intact: false, seq: entry.seq, problem: 'edited' };
    prevHash = entry.hash;
    expectedSeq++;
  }
  if (anchor) {
    const anchored = entries[anchor.seq - 1];
    if (!anchored) return { intact: false, seq: anchor.seq, problem: 'truncated' };
    if (anchored.hash !== anchor.hash) return { intact: false, seq: anchor.seq, problem: 'edited' };
  }
  return { intact: true, entries: entries.length };
}

const SentEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  caseId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  prevHash: z.string(),
  hash: z.string(),
});

/**
 * The audit trail's outbox kind: entries sent in order with this installation's id; the platform
 * answers with the head of the chain it holds, which becomes the anchor here.
 */
export const AUDIT_ENTRIES = declareOutboxKind({
  kind: 'audit.entries',
  path: () => '/api/v1/audit',
  payload: z.object({ deviceId: z.string(), entries: z.array(SentEntry) }),
  answer: z.object({ head: z.object({ seq: z.number().int(), hash: z.string() }) }),
  accepted: (db, _item, { head }, { now }) => acknowledgeAudit(db, head.seq, head.hash, now),
});

export const auditOutboxKinds = { 'audit.entries': AUDIT_ENTRIES };
