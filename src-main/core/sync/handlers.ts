// The `session.*` and `sync.*` calls: sign in to the platform, see and trigger synchronisation.
import type { HandlerTable } from '../rpc/registry';

export const syncHandlers = {
  'session.status': (ctx) => ctx.sync.sessionStatus(),
  'session.signIn': (ctx, { email, password }) => ctx.sync.signIn(email, password),
  'sync.status': (ctx) => ctx.sync.status(),
  'sync.now': (ctx) => ctx.sync.runNow(),
} satisfies HandlerTable;
