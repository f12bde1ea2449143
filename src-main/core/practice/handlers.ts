// The `practice.*` calls: the expert's own practice, from the cached history.
import type { HandlerTable } from '../rpc/registry';
import { readPractice } from './practice-history';
import { practiceSummary } from './practice-summary';

export const practiceHandlers = {
  'practice.summary': (ctx, { period }) => practiceSummary(readPractice(ctx.cache.database()), period, ctx.clock.now()),
} satisfies HandlerTable;
