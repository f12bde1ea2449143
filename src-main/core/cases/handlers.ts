// The `cases.*` calls: the inbox list, accepting and declining offered cases.
import type { CaseSummary } from '../../../contract';
import type { CoreContext } from '../context';
import type { HandlerTable } from '../rpc/registry';
import { acceptCase, declineCase } from './case-decisions';
import { caseSummary, listCaseSummaries } from './case-summaries';
import { caseDetail } from './case-detail';
import { caseNotFound, markCaseOpened } from './case-store';

export const casesHandlers = {
  'cases.list': (ctx) => listCaseSummaries(ctx.cache.database()),
  'cases.open': async (ctx, { caseId }) => {
    const detail = caseDetail(ctx.cache.database(), caseId);
    await ctx.audit.record('case.opened', caseId);
    await ctx.cache.write((db) => markCaseOpened(db, caseId, ctx.clock.now()));
    // The open case's documents download first.
    ctx.sync.prioritize(caseId);
    if (detail.documents.some((d) => d.downloadState !== 'available' && d.downloadState !== 'corrupt')) ctx.sync.requestRun();
    return detail;
  },
  'cases.get': (ctx, { caseId }) => caseDetail(ctx.cache.database(), caseId),
  'cases.accept': async (ctx, { caseId }) => {
    await ctx.cache.write((db) => acceptCase(db, caseId, ctx.clock.now()));
    return afterDecision(ctx, caseId);
  },
  'cases.decline': async (ctx, { caseId, reason, details }) => {
    await ctx.cache.write((db) => declineCase(db, caseId, reason, details, ctx.clock.now(), ctx.settings.get().retentionDays));
    return afterDecision(ctx, caseId);
  },
} satisfies HandlerTable;

function afterDecision(ctx: CoreContext, caseId: string): CaseSummary {
  ctx.emit('cases.changed', { caseIds: [caseId] });
  // The offer's notification is answered.
  void ctx.notifications.refresh();
  ctx.sync.requestRun();
  const summary = caseSummary(ctx.cache.database(), caseId);
  if (!summary) throw caseNotFound();
  return summary;
}
