// The `cache.*` calls: status, first set-up, unlock, lock and reset of the local case cache.
// Each answers with the new status; the cache also announces it as a `cache.changed` event.
import type { HandlerTable } from '../rpc/registry';

export const cacheHandlers = {
  'cache.status': (ctx) => ctx.cache.status(),
  'cache.setup': async (ctx, input) => {
    await ctx.cache.setup(input);
    return ctx.cache.status();
  },
  'cache.unlock': async (ctx, { passphrase, unlockSecret, password }) => {
    await ctx.cache.unlock(passphrase, { unlockSecret, password });
    return ctx.cache.status();
  },
  'cache.lock': async (ctx) => {
    await ctx.lock('expert');
    return ctx.cache.status();
  },
  'cache.reset': async (ctx) => {
    await ctx.cache.reset();
    return ctx.cache.status();
  },
} satisfies HandlerTable;
