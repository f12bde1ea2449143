// The expert's cases as a service: the inbox list, a case opened (recorded in the audit trail, its
// documents downloaded first), and the answer to an offer (accepted or declined here at once, sent
// to the platform by the next sync). The table itself is written by case-store.ts only.
import type { CaseDetail, CaseSummary } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { Clock } from '../ports';
import type { SettingsStore } from '../settings/settings-store';
import type { AuditTrail } from '../security/audit-trail';
import type { Notifications } from '../notifications/notifications';
import type { SyncEngine } from '../sync/sync-engine';
import { acceptCase, declineCase } from './case-decisions';
import { caseSummary, listCaseSummaries } from './case-summaries';
import { caseDetail } from './case-detail';
import { caseNotFound, markCaseOpened } from './case-store';

export interface CaseServiceDeps {
  cache: CaseCache;
  clock: Clock;
  settings: SettingsStore;
  audit: AuditTrail;
  notifications: Notifications;
  sync: SyncEngine;
  /** These cases changed (`cases.changed`). */
  changed: (caseIds: string[]) => void;
}

export class CaseService {
  constructor(private readonly deps: CaseServiceDeps) {}

  list(): CaseSummary[] {
    return listCaseSummaries(this.deps.cache.database());
  }

  get(caseId: string): CaseDetail {
    return caseDetail(this.deps.cache.database(), caseId);
  }

  /** The expert opens a case: recorded, marked seen, and its documents come first in the downloads. */
  async open(caseId: string): Promise<CaseDetail> {
    const { cache, audit, sync, clock } = this.deps;
    const detail = caseDetail(cache.database(), caseId);
    await audit.record('case.opened', caseId);
    await cache.write((db) => markCaseOpened(db, caseId, clock.now()));
    sync.prioritize(caseId);
    if (detail.documents.some((d) => d.downloadState !== 'available' && d.downloadState !== 'corrupt')) sync.requestRun();
    return detail;
  }

  async accept(caseId: string): Promise<CaseSummary> {
    await this.deps.cache.write((db) => acceptCase(db, caseId, this.deps.clock.now()));
    return this.afterDecision(caseId);
  }

  async decline(caseId: string, reason: string, details: string): Promise<CaseSummary> {
    const { cache, clock, settings } = this.deps;
    await cache.write((db) => declineCase(db, caseId, reason, details, clock.now(), settings.get().retentionDays));
    return this.afterDecision(caseId);
  }

  private afterDecision(caseId: string): CaseSummary {
    this.deps.changed([caseId]);
    // The offer's notification is answered.
    void this.deps.notifications.refresh();
    this.deps.sync.requestRun();
    const summary = caseSummary(this.deps.cache.database(), caseId);
    if (!summary) throw caseNotFound();
    return summary;
  }
}
