// The `messages.*` calls: a case's thread, writing to the patient (a message or a request for
// information, which puts the case in "waiting for patient"), and marking the thread read.
import type { HandlerTable } from '../rpc/registry';

export const messagesHandlers = {
  'messages.list': (ctx, { caseId }) => ctx.messages.list(caseId),
  'messages.send': (ctx, { caseId, body, kind }) => ctx.messages.send(caseId, body, kind),
  'messages.markRead': (ctx, { caseId }) => ctx.messages.markRead(caseId),
} satisfies HandlerTable;
