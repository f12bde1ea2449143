// The `app.*` calls: what the renderer needs to know about this installation, and its settings
// (the language, the preferences, the platform's address).
import type { AppInfo, Preferences } from '../../../contract';
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
  'app.updateSettings': (ctx, patch) => {
    // The unlock screen may change its language; every other preference waits for the unlock.
    if (ctx.cache.state !== 'unlocked' && Object.keys(patch).some((key) => key !== 'locale')) {
      throw new CoreError('CACHE_LOCKED', 'Unlock the workstation to change its settings.');
    }
    // Used by the desktop app at its next start; https only, like the platform.
    if (patch.updateFeedUrl != null && !isSecurePlatformUrl(patch.updateFeedUrl)) throw new CoreError('INVALID_INPUT', 'The update address must use https.');
    const info = changeSettings(ctx, patch);
    // The idle threshold applies to the session under way; a retention period, to cases that finish from now on.
    if (patch.idleThresholdSeconds !== undefined) void ctx.timer.announce();
    return info;
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
    ...preferencesOf(ctx.settings.get()),
  };
}

/** The preferences among the settings (not the chosen language or platform, which AppInfo shows resolved). */
function preferencesOf(settings: Settings): Preferences {
  const { locale: _locale, platformUrl: _platformUrl, ...preferences } = settings;
  return preferences;
}
