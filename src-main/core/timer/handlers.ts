// The `timer.*` calls: the workspace opening and closing, presence signals (input, focus,
// visibility; in Electron also the screen lock and sleep), the pause control, the answer to the
// idle prompt, and the sessions list with its corrections.
import type { HandlerTable } from '../rpc/registry';
import type { CoreContext } from '../context';
import { requireCase } from '../cases/case-store';

/** The workspace's case must be on this workstation before its time is counted. */
function assertCase(ctx: CoreContext, caseId: string): void {
  requireCase(ctx.cache.database(), caseId);
}

export const timerHandlers = {
  'timer.state': (ctx) => ctx.timer.state(),
  'timer.open': (ctx, { caseId }) => {
    assertCase(ctx, caseId);
    return ctx.timer.apply((t) => t.open(caseId));
  },
  'timer.close': (ctx, { caseId }) => ctx.timer.apply((t) => t.snapshot().caseId === caseId && t.close()),
  'timer.signal': async (ctx, { signal }) => {
    // The screen lock and sleep lock the cache too; input keeps it open.
    await ctx.autoLock.signal(signal);
    return ctx.timer.apply((t) => t.signal(signal));
  },
  'timer.toggle': (ctx) => ctx.timer.apply((t) => t.toggle()),
  'timer.answerIdle': (ctx, { choice }) => ctx.timer.apply((t) => t.answerIdle(choice)),
  'timer.sessions': (ctx, { caseId }) => ctx.timer.sessions(caseId),
  'timer.shorten': (ctx, { caseId, sessionId, seconds, reason }) => ctx.timer.shorten(caseId, sessionId, seconds, reason),
  'timer.remove': (ctx, { caseId, sessionId, reason }) => ctx.timer.remove(caseId, sessionId, reason),
} satisfies HandlerTable;
