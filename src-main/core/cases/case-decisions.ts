// Accepting or declining an offered case: the local status changes and the outbox row that tells
// the platform are written in one transaction, so it works offline and is sent exactly once.
import type { CacheDatabase } from '../cache/database';
import { CoreError } from '../rpc/core-error';
import { CASE_ACCEPT, CASE_DECLINE } from './case-outbox';
import { acceptHere, declineHere, requireCase } from './case-store';

function offeredCase(db: CacheDatabase, caseId: string): void {
  const found = requireCase(db, caseId);
  if (found.readOnly || found.status !== 'offered') {
    throw new CoreError('CONFLICT', `This case can no longer be accepted or declined (it is ${found.status}).`);
  }
}

export function acceptCase(db: CacheDatabase, caseId: string, now: Date): void {
  offeredCase(db, caseId);
  acceptHere(db, caseId, now);
  CASE_ACCEPT.add(db, caseId, { attestation: { notDirectlyInCharge: true, statedAt: now.toISOString() } }, now);
}

export function declineCase(db: CacheDatabase, caseId: string, reason: string, details: string, now: Date, retentionDays: number): void {
  offeredCase(db, caseId);
  declineHere(db, caseId, now, retentionDays);
  CASE_DECLINE.add(db, caseId, { reason, details }, now);
}
