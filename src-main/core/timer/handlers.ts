// The `timer.*` calls: the workspace opening and closing, presence signals (input, focus,
// visibility; in Electron also the screen lock and sleep), the pause control, the answer to the
// idle prompt, and the sessions list with its corrections.
import type { HandlerTable } from '../rpc/registry';

export const timerHandlers = {
  'timer.state': (ctx) => ctx.timer.state(),
  'timer.open': (ctx, { caseId }) => ctx.timer.open(caseId),
  'timer.close': (ctx, { caseId }) => ctx.timer.close(caseId),
  'timer.signal': async (ctx, { signal }) => {
    // The screen lock and sleep lock the cache too; input keeps it open.
    await ctx.autoLock.signal(signal);
    return ctx.timer.signal(signal);
  },
  'timer.toggle': (ctx) => ctx.timer.toggle(),
  'timer.answerIdle': (ctx, { choice }) => ctx.timer.answerIdle(choice),
  'timer.sessions': (ctx, { caseId }) => ctx.timer.sessions(caseId),
  'timer.shorten': (ctx, { caseId, sessionId, seconds, reason }) => ctx.timer.shorten(caseId, sessionId, seconds, reason),
  'timer.remove': (ctx, { caseId, sessionId, reason }) => ctx.timer.remove(caseId, sessionId, reason),
} satisfies HandlerTable;
