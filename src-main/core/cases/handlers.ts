// The `cases.*` calls: the inbox list, opening a case, accepting and declining offered cases.
import type { HandlerTable } from '../rpc/registry';

export const casesHandlers = {
  'cases.list': (ctx) => ctx.cases.list(),
  'cases.open': (ctx, { caseId }) => ctx.cases.open(caseId),
  'cases.get': (ctx, { caseId }) => ctx.cases.get(caseId),
  'cases.accept': (ctx, { caseId }) => ctx.cases.accept(caseId),
  'cases.decline': (ctx, { caseId, reason, details }) => ctx.cases.decline(caseId, reason, details),
} satisfies HandlerTable;
