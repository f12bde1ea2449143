// Push: drains the outbox in order, case by case, each row with its idempotency key (the platform
// replays its first answer to a repeated key, so a row sent twice after a lost answer has one
// effect). A refusal (409...) parks the row and marks the case; a passing failure waits with
// backoff; the case's later rows wait behind it. Nothing is deleted until the platform has it.
import type { CaseCache } from '../cache/case-cache';
import type { CacheDatabase } from '../cache/database';
import type { OutboxKind } from '../outbox/outbox';
import type { PlatformClient } from './platform-client';
import { PlatformError, type PlatformFailure } from './platform-error';
import { backoffDelayMs } from './backoff';
import { acknowledgeAudit } from '../security/audit-log';
import { markMessageSent } from '../messages/message-store';

interface OutboxRow {
  seq: number;
  case_id: string | null;
  kind: OutboxKind;
  idempotency_key: string;
  payload_json: string;
  attempts: number;
  next_attempt_at: string | null;
}

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

const PATHS: Record<OutboxKind, (caseId: string) => string> = {
  'case.accept': (id) => `/api/v1/cases/${id}/accept`,
  'case.decline': (id) => `/api/v1/cases/${id}/decline`,
  'report.submit': (id) => `/api/v1/cases/${id}/reports`,
  'addendum.submit': (id) => `/api/v1/cases/${id}/reports`,
  'message.send': (id) => `/api/v1/cases/${id}/messages`,
  'review.session': (id) => `/api/v1/cases/${id}/review-sessions`,
  'audit.entries': () => '/api/v1/audit',
};

export async function push(client: PlatformClient, cache: CaseCache, options: PushOptions): Promise<PushResult> {
  const rows = cache.database().prepare(`SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq`).all() as OutboxRow[];
  const parked = new Set(
    cache.database().prepare(`SELECT DISTINCT case_id FROM outbox WHERE state = 'conflict'`).pluck().all() as (string | null)[],
  );
  const waiting = new Set<string | null>(parked);
  let sent = 0;
  const caseIds = new Set<string>();
  let retryAt: number | null = null;
  for (const row of rows) {
    if (waiting.has(row.case_id)) continue;
    const due = row.next_attempt_at ? Date.parse(row.next_attempt_at) : 0;
    if (due > options.now().getTime()) {
      waiting.add(row.case_id);
      retryAt = Math.min(retryAt ?? due, due);
      continue;
    }
    try {
      const answer = await client.json('POST', PATHS[row.kind](encodeURIComponent(row.case_id ?? '')), {
        body: JSON.parse(row.payload_json),
        idempotencyKey: row.idempotency_key,
      });
      await cache.write((db) => {
        db.prepare('DELETE FROM outbox WHERE seq = ?').run(row.seq);
        applyAnswer(db, row, answer, options);
        cache.noteOutboxChanged();
      });
      sent++;
      if (row.case_id) caseIds.add(row.case_id);
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      const { failure } = error;
      if (failure.kind === 'offline' || failure.kind === 'unauthorized' || failure.kind === 'revoked') return { sent, caseIds: [...caseIds], interrupted: failure, retryAt };
      waiting.add(row.case_id);
      if (failure.kind === 'refused') {
        if (row.case_id) caseIds.add(row.case_id);
        await cache.write((db) => {
          db.prepare(`UPDATE outbox SET state = 'conflict', last_error_code = ? WHERE seq = ?`).run(failure.code, row.seq);
          if (row.case_id) db.prepare('UPDATE cases SET sync_conflict = ? WHERE id = ?').run(failure.code, row.case_id);
          // A refused report stays on this computer, marked, for the expert to correct or export.
          const reportId = reportIdOf(row);
          if (reportId) db.prepare(`UPDATE submitted_reports SET state = 'rejected', rejection = ? WHERE id = ?`).run(failure.code, reportId);
        });
      } else {
        const delay = backoffDelayMs(row.attempts, options.retryBaseMs, options.retryCapMs, failure.retryAfterMs);
        const next = options.now().getTime() + delay;
        retryAt = Math.min(retryAt ?? next, next);
        await cache.write((db) =>
          db
            .prepare('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error_code = ? WHERE seq = ?')
            .run(new Date(next).toISOString(), `HTTP_${failure.status ?? 'NETWORK'}`, row.seq),
        );
      }
    }
  }
  return { sent, caseIds: [...caseIds], interrupted: null, retryAt };
}

/** What the platform's answer changes locally. */
function applyAnswer(db: CacheDatabase, row: OutboxRow, answer: unknown, options: PushOptions): void {
  if (row.kind === 'audit.entries') {
    // The platform holds the chain up to its head: that entry becomes the anchor.
    const head = (answer as { head?: { seq?: unknown; hash?: unknown } } | null)?.head;
    if (typeof head?.seq === 'number' && typeof head.hash === 'string') acknowledgeAudit(db, head.seq, head.hash, options.now());
    return;
  }
  if (!row.case_id) return;
  if (row.kind === 'message.send') {
    markMessageSent(db, (JSON.parse(row.payload_json) as { id: string }).id);
    return;
  }
  const record = (answer ?? {}) as { status?: unknown; version?: unknown; receipt?: unknown };
  if (row.kind === 'case.accept' && typeof record.version === 'number') {
    db.prepare(`UPDATE cases SET status = 'accepted', platform_version = ?, sync_conflict = NULL WHERE id = ?`).run(record.version, row.case_id);
  } else if (row.kind === 'case.decline') {
    const purgeAfter = new Date(options.now().getTime() + options.retentionDays * 24 * 3600_000).toISOString();
    db.prepare(`UPDATE cases SET status = 'declined', read_only = 1, purge_after = coalesce(purge_after, ?) WHERE id = ?`).run(purgeAfter, row.case_id);
  } else if (record.receipt) {
    const reportId = reportIdOf(row);
    if (reportId) db.prepare(`UPDATE submitted_reports SET state = 'submitted', receipt_json = ? WHERE id = ?`).run(JSON.stringify(record.receipt), reportId);
    if (row.kind === 'report.submit') db.prepare(`UPDATE cases SET status = 'submitted' WHERE id = ? AND status IN ('accepted', 'waiting_for_patient')`).run(row.case_id);
  }
}

function reportIdOf(row: OutboxRow): string | null {
  if (row.kind !== 'report.submit' && row.kind !== 'addendum.submit') return null;
  return (JSON.parse(row.payload_json) as { reportId?: string }).reportId ?? null;
}
