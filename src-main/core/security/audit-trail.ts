// The audit trail as a service: records what the expert did (cases opened, documents viewed,
// exports, submissions, unlocks), batches document views (a series is read as hundreds of files,
// each recorded once per unlock), and checks the chain on demand.
import type { AuditStatus } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { Logger } from '../log/logger';
import type { Clock } from '../ports';
import { readAnchor, readAudit, recordAudit, verifyAuditChain, type AuditAction, type AuditDetail } from './audit-log';

const FLUSH_AFTER_MS = 1_000;

interface PendingView {
  at: Date;
  caseId: string;
  attachmentId: string;
}

export interface AuditTrailDeps {
  cache: CaseCache;
  clock: Clock;
  log: Logger;
}

export class AuditTrail {
  private seen = new Set<string>();
  private views: PendingView[] = [];
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: AuditTrailDeps) {}

  /** Records one action now, in its own transaction. */
  async record(action: AuditAction, caseId: string | null = null, detail: AuditDetail = {}): Promise<void> {
    // Views batched before this action come first: the chain stays in the order things happened.
    await this.flush();
    await this.deps.cache.write((db) => recordAudit(db, [{ at: this.deps.clock.now(), action, caseId, detail }]));
  }

  /** A document's bytes were opened for a viewer: recorded once per unlock, in batches. */
  viewed(caseId: string, attachmentId: string): void {
    if (this.seen.has(attachmentId)) return;
    this.seen.add(attachmentId);
    this.views.push({ at: this.deps.clock.now(), caseId, attachmentId });
    this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS);
  }

  /** Writes the batched views (before a lock, so none is lost). */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const views = this.views.splice(0);
    if (views.length === 0 || this.deps.cache.state !== 'unlocked') return;
    await this.deps.cache
      .write((db) =>
        recordAudit(
          db,
          views.map((v) => ({ at: v.at, action: 'document.viewed' as const, caseId: v.caseId, detail: { attachmentId: v.attachmentId } })),
        ),
      )
      .catch((error: unknown) => this.deps.log.error('audit entries not written', { error: this.deps.log.describe(error), count: views.length }));
  }

  /** Nothing to start: views are recorded as they come. */
  start(): void {}

  /** The cache locked: the next unlock records views anew (the views were flushed before the lock). */
  stop(): void {
    this.seen.clear();
  }

  status(): AuditStatus {
    const db = this.deps.cache.database();
    const entries = readAudit(db);
    const anchor = readAnchor(db);
    const verdict = verifyAuditChain(entries, anchor);
    const unsynced = Math.max(0, entries.length - (anchor?.seq ?? 0));
    return verdict.intact
      ? { intact: true, entries: entries.length, unsynced, brokenAt: null, problem: null }
      : { intact: false, entries: entries.length, unsynced, brokenAt: verdict.seq, problem: verdict.problem };
  }
}
