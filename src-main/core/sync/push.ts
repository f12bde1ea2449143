// Push: drains the outbox in order, case by case, each row with its idempotency key (the platform
// replays its first answer to a repeated key, so a row sent twice after a lost answer has one
// effect). It knows no kind: each row is read, addressed and answered through the kind its domain
// declared (core/outbox-kinds.ts). A refusal (409...) parks the row and marks the case; a passing
// failure waits with backoff; the case's later rows wait behind it. Nothing is deleted until the
// platform has it.
import type { CaseCache } from '../cache/case-cache';
import { markSyncConflict } from '../cases/case-store';
import { OUTBOX_KIND_TABLE } from '../outbox-kinds';
import type { ReadOutboxRow } from '../outbox/outbox-kind';
import { deferOutboxRow, parkOutboxRow, parkedOutboxCases, pendingOutboxRows, removeOutboxRow, type OutboxRow } from '../outbox/outbox';
import type { PlatformClient } from './platform-client';
import { PlatformError, type PlatformFailure } from './platform-error';
import { backoffDelayMs } from './backoff';

export interface PushResult {
  sent: number;
  /** The cases whose changes the platform took or refused (their local state moved on). */
  caseIds: string[];
  /** What stopped the drain (offline, signed out), if anything. */
  interrupted: PlatformFailure | null;
  /** When the earliest deferred row may be retried, if any. */
  retryAt: number | null;
}

export interface PushOptions {
  now: () => Date;
  retryBaseMs: number;
  retryCapMs: number;
  retentionDays: number;
}

/** A stored payload its kind can no longer read (written by another version): kept aside, never sent. */
const UNREADABLE_PAYLOAD = 'UNREADABLE_PAYLOAD';

export async function push(client: PlatformClient, cache: CaseCache, options: PushOptions): Promise<PushResult> {
  const rows = pendingOutboxRows(cache.database());
  const waiting = parkedOutboxCases(cache.database());
  let sent = 0;
  const caseIds = new Set<string>();
  let retryAt: number | null = null;
  /** The platform refused the row (or it cannot be read): kept aside, the case marked, its later rows held. */
  const refuse = async (row: OutboxRow, code: string, read: ReadOutboxRow | null) => {
    waiting.add(row.caseId);
    if (row.caseId) caseIds.add(row.caseId);
    await cache.write((db) => {
      parkOutboxRow(db, row.seq, code);
      if (row.caseId) markSyncConflict(db, row.caseId, code);
      read?.refused(db, code);
    });
  };
  for (const row of rows) {
    if (waiting.has(row.caseId)) continue;
    const due = row.nextAttemptAt ? Date.parse(row.nextAttemptAt) : 0;
    if (due > options.now().getTime()) {
      waiting.add(row.caseId);
      retryAt = Math.min(retryAt ?? due, due);
      continue;
    }
    const read = OUTBOX_KIND_TABLE[row.kind].read(row);
    if (!read) {
      await refuse(row, UNREADABLE_PAYLOAD, null);
      continue;
    }
    try {
      const answer = await client.json('POST', read.path, { body: read.body, idempotencyKey: row.idempotencyKey });
      await cache.write((db) => {
        removeOutboxRow(db, row.seq);
        read.accepted(db, answer, { now: options.now(), retentionDays: options.retentionDays });
      });
      sent++;
      if (row.caseId) caseIds.add(row.caseId);
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      const { failure } = error;
      if (failure.kind === 'offline' || failure.kind === 'unauthorized' || failure.kind === 'revoked')
        return { sent, caseIds: [...caseIds], interrupted: failure, retryAt };
      if (failure.kind === 'refused') {
        await refuse(row, failure.code, read);
      } else {
        waiting.add(row.caseId);
        const delay = backoffDelayMs(row.attempts, options.retryBaseMs, options.retryCapMs, failure.retryAfterMs);
        const next = options.now().getTime() + delay;
        retryAt = Math.min(retryAt ?? next, next);
        await cache.write((db) => deferOutboxRow(db, row.seq, new Date(next), `HTTP_${failure.status ?? 'NETWORK'}`));
      }
    }
  }
  return { sent, caseIds: [...caseIds], interrupted: null, retryAt };
}
