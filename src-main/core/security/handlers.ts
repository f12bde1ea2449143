// The `audit.*` calls: the audit trail's state (entries, not yet acknowledged, chain intact).
import type { HandlerTable } from '../rpc/registry';

export const auditHandlers = {
  'audit.status': async (ctx) => {
    await ctx.audit.flush();
    return ctx.audit.status();
  },
} satisfies HandlerTable;
