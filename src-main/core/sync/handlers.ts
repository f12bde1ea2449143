// The `session.*` and `sync.*` calls: sign in and out of the platform, see and trigger
// synchronisation.
import type { HandlerTable } from '../rpc/registry';

export const syncHandlers = {
  'session.status': (ctx) => ctx.sync.sessionStatus(),
  'session.signIn': (ctx, { email, password }) => ctx.sync.session.signIn(email, password),
  'session.beginSignIn': async (ctx, { redirectUri }) => ({ authorizationUrl: await ctx.sync.session.beginInBrowser(redirectUri ?? null) }),
  'session.completeSignIn': (ctx, { callbackUrl }) => ctx.sync.session.completeInBrowser(callbackUrl),
  'session.cancelSignIn': (ctx) => ctx.sync.session.cancelInBrowser(),
  // Signing out leaves nothing behind: the renderer has shown what is unsynced and asked first.
  'session.signOut': async (ctx, { returnTo }) => {
    const { endSessionUrl } = await ctx.sync.signOut(returnTo ?? null);
    await ctx.eraseCache('signed-out');
    return { ...(await ctx.cache.status()), endSessionUrl };
  },
  'sync.status': (ctx) => ctx.sync.status(),
  'sync.now': (ctx) => ctx.sync.runNow(),
} satisfies HandlerTable;
