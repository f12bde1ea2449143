// The `messages.*` calls: a case's thread, writing to the patient (a message or a request for
// information, which puts the case in "waiting for patient"), and marking the thread read.
import type { HandlerTable } from '../rpc/registry';
import { CoreError } from '../rpc/core-error';
import { holdForPatient, requireCase } from '../cases/case-store';
import { listMessages, markThreadRead, queueMessage } from './message-store';

export const messagesHandlers = {
  'messages.list': (ctx, { caseId }) => listMessages(ctx.cache.database(), caseId),
  'messages.send': async (ctx, { caseId, body, kind }) => {
    const message = await ctx.cache.write((db) => {
      if (requireCase(db, caseId).readOnly) throw new CoreError('CONFLICT', 'This case is closed: no more messages can be sent from here.');
      const queued = queueMessage(db, caseId, body, kind, ctx.clock.now());
      // Asking for information puts the case on hold, here at once and on the platform when it is sent.
      if (kind === 'info_request') holdForPatient(db, caseId);
      return queued;
    });
    ctx.emit('cases.changed', { caseIds: [caseId] });
    ctx.sync.requestRun(0);
    return message;
  },
  'messages.markRead': async (ctx, { caseId }) => {
    const unread = await ctx.cache.write((db) => markThreadRead(db, caseId));
    ctx.emit('cases.changed', { caseIds: [caseId] });
    await ctx.notifications.refresh();
    return { unread };
  },
} satisfies HandlerTable;
