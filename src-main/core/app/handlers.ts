// The `app.*` calls: what the renderer needs to know about this installation, and its settings
// (language, image cache size, idle threshold of the review timer, the platform's address…).
import type { AppInfo } from '../../../src-preload/contract';
import type { CoreContext } from '../context';
import { isSecurePlatformUrl, localeFromSystem } from '../config';
import { CoreError } from '../rpc/core-error';
import type { HandlerTable } from '../rpc/registry';
import type { Settings } from '../settings/settings-store';
import { platformAddress } from '../settings/platform-address';
import { checkPlatform } from '../sync/platform-discovery';
import { readSession } from '../sync/session-store';

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
  'app.setShortcuts': (ctx, { bindings }) => changeSettings(ctx, { shortcuts: bindings }),
  // Used by the desktop app at its next start; https only, like the platform.
  'app.setUpdateFeed': (ctx, { url }) => {
    if (url !== null && !isSecurePlatformUrl(url)) throw new CoreError('INVALID_INPUT', 'The update address must use https.');
    return changeSettings(ctx, { updateFeedUrl: url });
  },
  'app.checkPlatform': (_ctx, { url }) => checkPlatform(url),
  // The cases on this computer belong to one platform: its address changes only while nobody is
  // signed in here (the first start, or after signing out, which erases the local data).
  'app.setPlatform': (ctx, { url }) => {
    if (url !== null && !isSecurePlatformUrl(url)) throw new CoreError('INVALID_INPUT', 'The platform address must use https.');
    if (ctx.cache.state === 'locked') throw new CoreError('CACHE_LOCKED', 'Unlock the workstation to change the platform.');
    if (ctx.cache.state === 'unlocked' && readSession(ctx.cache.database()) !== null) {
      throw new CoreError('CONFLICT', 'Sign out before changing the platform: the cases on this computer belong to the current one.');
    }
    const chosen = url === null || url === ctx.config.platformUrl ? null : url;
    const info = changeSettings(ctx, { platformUrl: chosen });
    ctx.emit('session.changed', ctx.sync.sessionStatus());
    return info;
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
  const platform = platformAddress(config, ctx.settings.get());
  return {
    version: config.version,
    dataDir: config.dataDir,
    platformUrl: platform.url,
    startPlatformUrl: config.platformUrl,
    startPlatformIsDemo: config.demoPlatform,
    connectivity: ctx.sync.platformConnectivity,
    locale: ctx.settings.get().locale ?? localeFromSystem(config.systemLocale),
    runtime: config.runtime,
    imageCacheMiB: ctx.settings.get().imageCacheMiB,
    idleThresholdSeconds: ctx.settings.get().idleThresholdSeconds,
    autoLockMinutes: ctx.settings.get().autoLockMinutes,
    offlineTtlDays: ctx.settings.get().offlineTtlDays,
    retentionDays: ctx.settings.get().retentionDays,
    updateFeedUrl: ctx.settings.get().updateFeedUrl,
    shortcuts: ctx.settings.get().shortcuts,
  };
}
