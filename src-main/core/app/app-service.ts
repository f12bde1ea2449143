// This installation as a service: what the renderer needs to know about it (version, data folder,
// platform, language) and the expert's settings, changed one patch at a time and announced as
// `app.changed`. The platform's address changes only while nobody is signed in here.
import type { AppInfo, Preferences, SessionStatus, SettingsPatch } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import { isSecurePlatformUrl, localeFromSystem, type CoreConfig } from '../config';
import { CoreError } from '../rpc/core-error';
import type { Settings, SettingsStore } from '../settings/settings-store';
import { platformAddress } from '../settings/platform-address';
import { readSession } from '../sync/session-store';
import type { SyncEngine } from '../sync/sync-engine';
import type { TimerService } from '../timer/timer-service';

export interface AppServiceDeps {
  config: CoreConfig;
  settings: SettingsStore;
  cache: CaseCache;
  sync: SyncEngine;
  timer: TimerService;
  /** The installation's information changed (`app.changed`). */
  changed: (info: AppInfo) => void;
  /** Who is signed in, or where, changed (`session.changed`). */
  sessionChanged: (status: SessionStatus) => void;
}

export class AppService {
  constructor(private readonly deps: AppServiceDeps) {}

  info(): AppInfo {
    const { config, settings, sync } = this.deps;
    const current = settings.get();
    return {
      version: config.version,
      dataDir: config.dataDir,
      platformUrl: platformAddress(config, current).url,
      startPlatformUrl: config.platformUrl,
      startPlatformIsDemo: config.demoPlatform,
      connectivity: sync.platformConnectivity,
      locale: current.locale ?? localeFromSystem(config.systemLocale),
      runtime: config.runtime,
      ...preferencesOf(current),
    };
  }

  updateSettings(patch: SettingsPatch): AppInfo {
    // The unlock screen may change its language; every other preference waits for the unlock.
    if (this.deps.cache.state !== 'unlocked' && Object.entries(patch).some(([key, value]) => key !== 'locale' && value !== undefined)) {
      throw new CoreError('CACHE_LOCKED', 'Unlock the workstation to change its settings.');
    }
    // Used by the desktop app at its next start; https only, like the platform.
    if (patch.updateFeedUrl != null && !isSecurePlatformUrl(patch.updateFeedUrl)) throw new CoreError('INVALID_INPUT', 'The update address must use https.');
    const info = this.change(patch);
    // The idle threshold applies to the session under way; a retention period, to cases that finish from now on.
    if (patch.idleThresholdSeconds !== undefined) void this.deps.timer.announce();
    return info;
  }

  /** The cases on this computer belong to one platform: its address changes only while nobody is
   * signed in here (the first start, or after signing out, which erases the local data). */
  setPlatform(url: string | null): AppInfo {
    const { cache, config, sync } = this.deps;
    if (url !== null && !isSecurePlatformUrl(url)) throw new CoreError('INVALID_INPUT', 'The platform address must use https.');
    if (cache.state === 'locked') throw new CoreError('CACHE_LOCKED', 'Unlock the workstation to change the platform.');
    if (cache.state === 'unlocked' && readSession(cache.database()) !== null) {
      throw new CoreError('CONFLICT', 'Sign out before changing the platform: the cases on this computer belong to the current one.');
    }
    const chosen = url === null || url === config.platformUrl ? null : url;
    const info = this.change({ platformUrl: chosen });
    this.deps.sessionChanged(sync.sessionStatus());
    return info;
  }

  private change(patch: Partial<Settings>): AppInfo {
    this.deps.settings.update(patch);
    const info = this.info();
    this.deps.changed(info);
    return info;
  }
}

/** The preferences among the settings (not the chosen language or platform, which AppInfo shows resolved). */
function preferencesOf(settings: Settings): Preferences {
  const { locale: _locale, platformUrl: _platformUrl, ...preferences } = settings;
  return preferences;
}
