// The `cache.*` calls: status, first set-up, unlock, lock and reset of the local case cache.
// Each answers with the new status; the cache also announces it as a `cache.changed` event.
import type { HandlerTable } from '../rpc/registry';

export const cacheHandlers = {
  'cache.status': (ctx) => ctx.cache.status(),
  'cache.setup': async (ctx, input) => {
    await ctx.cache.setup(input);
    return ctx.cache.status();
  },
  'cache.unlock': async (ctx, { passphrase }) => {
    await ctx.cache.unlock(passphrase);
    return ctx.cache.status();
  },
  'cache.lock': async (ctx) => {
    // The review session ends now; its last write is queued before the database closes.
    if (ctx.cache.state === 'unlocked') ctx.timer.stop('locked');
    await ctx.cache.lock();
    return ctx.cache.status();
  },
  'cache.reset': async (ctx) => {
    await ctx.cache.reset();
    return ctx.cache.status();
  },
} satisfies HandlerTable;
