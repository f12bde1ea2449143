// The `messages.*` calls: a case's thread, writing to the patient (a message or a request for
// information, which puts the case in "waiting for patient"), and marking the thread read.
import type { HandlerTable } from '../rpc/registry';
import { CoreError } from '../rpc/core-error';
import { listMessages, markThreadRead, queueMessage } from './message-store';

export const messagesHandlers = {
  'messages.list': (ctx, { caseId }) => listMessages(ctx.cache.database(), caseId),
  'messages.send': async (ctx, { caseId, body, kind }) => {
    const message = await ctx.cache.write((db) => {
      const row = db.prepare('SELECT status, read_only FROM cases WHERE id = ?').get(caseId) as { status: string; read_only: number } | undefined;
      if (!row) throw new CoreError('CASE_NOT_FOUND', 'This case is not on this workstation.');
      if (row.read_only) throw new CoreError('CONFLICT', 'This case is closed: no more messages can be sent from here.');
      const queued = queueMessage(db, caseId, body, kind, ctx.clock.now());
      // Asking for information puts the case on hold, here at once and on the platform when it is sent.
      if (kind === 'info_request' && row.status === 'accepted') db.prepare(`UPDATE cases SET status = 'waiting_for_patient' WHERE id = ?`).run(caseId);
      ctx.cache.noteOutboxChanged();
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
