// The audit trail's hash chain, as the expert API specifies it: the workstation computes it on
// every entry, the platform recomputes it on every entry it receives. Both import this one rule.
import { createHash } from 'node:crypto';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the hash covers: an entry without its own hash. */
export interface HashedAuditFields {
  seq: number;
  at: string;
  action: string;
  caseId: string | null;
  detail: Record<string, string | number | boolean>;
  prevHash: string;
}

/** SHA-256 over the entry's fields in a fixed order (detail keys sorted), the previous hash included. */
export function auditHash(entry: HashedAuditFields): string {
  const detail = Object.fromEntries(Object.entries(entry.detail).sort(([a], [b]) => a.localeCompare(b)));
  const canonical = JSON.stringify([entry.seq, entry.at, entry.action, entry.caseId, detail, entry.prevHash]);
  return createHash('sha256').update(canonical).digest('hex');
}
