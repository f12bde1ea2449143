// The `app.*` calls: what the renderer needs to know about this installation, and its settings
// (the language, the preferences, the platform's address).
import type { HandlerTable } from '../rpc/registry';
import { checkPlatform } from '../sync/platform-discovery';

export const appHandlers = {
  'app.info': (ctx) => ctx.app.info(),
  'app.updateSettings': (ctx, patch) => ctx.app.updateSettings(patch),
  // Asks a platform that is not ours yet: nothing here changes.
  'app.checkPlatform': (_ctx, { url }) => checkPlatform(url),
  'app.setPlatform': (ctx, { url }) => ctx.app.setPlatform(url),
} satisfies HandlerTable;
