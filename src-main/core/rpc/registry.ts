// Handler tables: each domain declares its handlers in `core/<domain>/handlers.ts`; they are merged
// here into one table (a name declared twice is a start-up error), and every call is dispatched
// through `dispatch`, which validates input and output against the contract and never throws.
import { z } from 'zod';
import { methods, type CallRules, type MethodName, type MethodOutput, type Result } from '../../../contract';
import { parseCall } from '../../../src-preload/parse-call';
import { CoreError } from './core-error';
import type { CoreContext } from '../context';
import type { Logger } from '../log/logger';
import { daysSinceContact } from '../security/offline-limit';

export type Handler<M extends MethodName> = (ctx: CoreContext, input: z.output<(typeof methods)[M]['input']>) => Promise<MethodOutput<M>> | MethodOutput<M>;

export type HandlerTable = { [M in MethodName]?: Handler<M> };
export type CompleteHandlerTable = { [M in MethodName]: Handler<M> };

/** Merges domain tables; throws at start-up if two domains declare the same call. */
export function mergeHandlerTables(tables: Record<string, HandlerTable>): HandlerTable {
  const merged: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  for (const [domain, table] of Object.entries(tables)) {
    for (const [name, handler] of Object.entries(table)) {
      const previous = owner.get(name);
      if (previous) throw new Error(`Handler "${name}" is declared by both "${previous}" and "${domain}"`);
      owner.set(name, domain);
      merged[name] = handler;
    }
  }
  return merged as HandlerTable;
}

/** Fails at start-up if a call of the contract has no handler. */
export function assertComplete(table: HandlerTable): CompleteHandlerTable {
  const missing = Object.keys(methods).filter((name) => !(name in table));
  if (missing.length > 0) throw new Error(`No handler for: ${missing.join(', ')}`);
  return table as CompleteHandlerTable;
}

/** Past this, a call is logged as slow (it may have held core's thread, or waited on the disk). */
const SLOW_CALL_MS = 1000;

export async function dispatch(table: CompleteHandlerTable, ctx: CoreContext, log: Logger, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
  const call = parseCall(method, rawInput);
  if (!call.ok) return { ok: false, error: call.error };
  const spec = methods[call.method];
  // When a call answers beyond the usual is declared with it in the contract (CallRules).
  const rules: CallRules = 'rules' in spec ? spec.rules : {};
  const state = ctx.cache.state;
  // While locked only what the unlock screen needs answers; before the first set-up, what the first start needs.
  if ((state === 'locked' && !rules.whileLocked) || (state === 'uninitialized' && !rules.beforeSetUp)) {
    return fail('CACHE_LOCKED', 'The workstation is locked. Unlock it to continue; nothing was changed.');
  }
  try {
    // Past the offline limit the cases stay shut until a sign-in; settings and sign-in stay open.
    if (!rules.pastOfflineLimit && ctx.cache.state === 'unlocked' && ctx.sync.contactExpired()) {
      const days = daysSinceContact(ctx.cache.database(), ctx.clock.now());
      return fail('UNAUTHORIZED', `This workstation has not reached the platform for ${days ?? 'too many'} days. Sign in to open your cases.`);
    }
    // The table is complete and keyed by the contract, so this handler belongs to this input.
    const handler = table[call.method] as (ctx: CoreContext, input: unknown) => unknown;
    const started = performance.now();
    const value = await handler(ctx, call.input);
    // Heavy work belongs in the worker thread (work/): a slow call is named in the log (method only).
    const ms = performance.now() - started;
    if (ms > SLOW_CALL_MS && !rules.waits) log.warn('slow call', { method: call.method, ms: Math.round(ms) });
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      log.error('handler output does not match the contract', { method: call.method });
      return fail('INTERNAL', 'The workstation produced an unexpected answer.');
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof CoreError) return fail(error.code, error.message);
    log.error('handler failed', { method: call.method, error: log.describe(error) });
    return fail('INTERNAL', 'An unexpected error occurred in the workstation.');
  }
}

function fail(code: CoreError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
