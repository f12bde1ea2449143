// The `app.*` calls: what the renderer needs to know about this installation, and its settings
// (language, image cache size).
import type { AppInfo } from '../../../src-preload/contract';
import type { CoreContext } from '../context';
import { localeFromSystem } from '../config';
import type { HandlerTable } from '../rpc/registry';

export const appHandlers = {
  'app.info': (ctx) => appInfo(ctx),
  'app.setLocale': (ctx, { locale }) => {
    ctx.settings.update({ locale });
    const info = appInfo(ctx);
    ctx.emit('app.changed', info);
    return info;
  },
  'app.setImageCache': (ctx, { mib }) => {
    ctx.settings.update({ imageCacheMiB: mib });
    const info = appInfo(ctx);
    ctx.emit('app.changed', info);
    return info;
  },
} satisfies HandlerTable;

function appInfo(ctx: CoreContext): AppInfo {
  const { config } = ctx;
  return {
    version: config.version,
    dataDir: config.dataDir,
    platformUrl: config.platformUrl,
    connectivity: ctx.sync.platformConnectivity,
    locale: ctx.settings.get().locale ?? localeFromSystem(config.systemLocale),
    runtime: config.runtime,
    imageCacheMiB: ctx.settings.get().imageCacheMiB,
  };
}
