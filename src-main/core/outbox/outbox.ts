// The outbox: every change the expert makes that the platform must learn of is written in the
// same transaction as a row here, with an idempotency key; the sync engine drains it in order.
import { randomUUID } from 'node:crypto';
import type { CacheDatabase } from '../cache/database';

import { OUTBOX_KINDS } from '../../../src-preload/contract';

export { OUTBOX_KINDS };
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxEntry {
  caseId: string | null;
  kind: OutboxKind;
  payload: unknown;
}

export interface OutboxSummary {
  total: number;
  byKind: Partial<Record<OutboxKind, number>>;
}

/** Adds a row; call inside the transaction that makes the change it reports. */
export function addToOutbox(db: CacheDatabase, entry: OutboxEntry, now: Date): { seq: number; idempotencyKey: string } {
  const idempotencyKey = randomUUID();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO outbox (case_id, kind, idempotency_key, payload_json, created_at) VALUES (?, ?, ?, ?, ?)`,
    )
    .run(entry.caseId, entry.kind, idempotencyKey, JSON.stringify(entry.payload), now.toISOString());
  return { seq: Number(lastInsertRowid), idempotencyKey };
}

export function summarizeOutbox(db: CacheDatabase): OutboxSummary {
  const rows = db.prepare('SELECT kind, count(*) AS n FROM outbox GROUP BY kind').all() as { kind: OutboxKind; n: number }[];
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byKind: Object.fromEntries(rows.map((r) => [r.kind, r.n])) };
}
