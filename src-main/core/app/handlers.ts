// The `app.*` calls: what the renderer needs to know about this installation, and its settings
// (language, image cache size, idle threshold of the review timer).
import type { AppInfo } from '../../../src-preload/contract';
import type { CoreContext } from '../context';
import { isSecurePlatformUrl, localeFromSystem } from '../config';
import { CoreError } from '../rpc/core-error';
import type { HandlerTable } from '../rpc/registry';
import type { Settings } from '../settings/settings-store';

export const appHandlers = {
  'app.info': (ctx) => appInfo(ctx),
  'app.setLocale': (ctx, { locale }) => changeSettings(ctx, { locale }),
  'app.setImageCache': (ctx, { mib }) => changeSettings(ctx, { imageCacheMiB: mib }),
  'app.setIdleThreshold': (ctx, { seconds }) => {
    const info = changeSettings(ctx, { idleThresholdSeconds: seconds });
    void ctx.timer.announce();
    return info;
  },
  'app.setAutoLock': (ctx, { minutes }) => changeSettings(ctx, { autoLockMinutes: minutes }),
  'app.setOfflineTtl': (ctx, { days }) => changeSettings(ctx, { offlineTtlDays: days }),
  // Applies to cases that finish from now on; a removal date already announced is kept.
  'app.setRetention': (ctx, { days }) => changeSettings(ctx, { retentionDays: days }),
  // Used by the desktop app at its next start; https only, like the platform.
  'app.setUpdateFeed': (ctx, { url }) => {
    if (url !== null && !isSecurePlatformUrl(url)) throw new CoreError('INVALID_INPUT', 'The update address must use https.');
    return changeSettings(ctx, { updateFeedUrl: url });
  },
} satisfies HandlerTable;

function changeSettings(ctx: CoreContext, patch: Partial<Settings>): AppInfo {
  ctx.settings.update(patch);
  const info = appInfo(ctx);
  ctx.emit('app.changed', info);
  return info;
}

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
    idleThresholdSeconds: ctx.settings.get().idleThresholdSeconds,
    autoLockMinutes: ctx.settings.get().autoLockMinutes,
    offlineTtlDays: ctx.settings.get().offlineTtlDays,
    retentionDays: ctx.settings.get().retentionDays,
    updateFeedUrl: ctx.settings.get().updateFeedUrl,
  };
}
