// Accepting or declining an offered case: the local status changes and the outbox row that tells
// the platform are written in one transaction, so it works offline and is sent exactly once.
import type { CacheDatabase } from '../cache/database';
import { addToOutbox } from '../outbox/outbox';
import { CoreError } from '../rpc/core-error';

function offeredCase(db: CacheDatabase, caseId: string): void {
  const row = db.prepare('SELECT status, read_only AS readOnly FROM cases WHERE id = ?').get(caseId) as { status: string; readOnly: number } | undefined;
  if (!row) throw new CoreError('CASE_NOT_FOUND', 'This case is not on this workstation.');
  if (row.readOnly || row.status !== 'offered') {
    throw new CoreError('CONFLICT', `This case can no longer be accepted or declined (it is ${row.status}).`);
  }
}

export function acceptCase(db: CacheDatabase, caseId: string, now: Date): void {
  offeredCase(db, caseId);
  db.prepare(`UPDATE cases SET status = 'accepted', updated_at = ? WHERE id = ?`).run(now.toISOString(), caseId);
  addToOutbox(db, { caseId, kind: 'case.accept', payload: { attestation: { notDirectlyInCharge: true, statedAt: now.toISOString() } } }, now);
}

export function declineCase(db: CacheDatabase, caseId: string, reason: string, details: string, now: Date, retentionDays: number): void {
  offeredCase(db, caseId);
  const purgeAfter = new Date(now.getTime() + retentionDays * 24 * 3600_000).toISOString();
  db.prepare(`UPDATE cases SET status = 'declined', read_only = 1, purge_after = ?, updated_at = ? WHERE id = ?`).run(purgeAfter, now.toISOString(), caseId);
  addToOutbox(db, { caseId, kind: 'case.decline', payload: { reason, details } }, now);
}
