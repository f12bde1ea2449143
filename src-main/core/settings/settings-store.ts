// The expert's preferences: language, retention of finished cases, the image cache's size, the
// review timer's idle threshold, the auto-lock delay, the offline time-to-live, the platform's
// address, the update feed, the keyboard shortcuts.
// Kept in `settings.json` in the data directory: preferences only, never patient data, so they
// are readable before the encrypted cache is unlocked (the unlock screen needs the language).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AUTO_LOCK_MINUTES, IDLE_THRESHOLD_SECONDS, IMAGE_CACHE_MIB, Locale, OFFLINE_TTL_DAYS, RETENTION_DAYS, ShortcutBindings } from '../../../src-preload/contract';
import { writeFileAtomic } from '../fs/atomic-write';

export const Settings = z.object({
  locale: Locale.nullable().default(null),
  /** Days a closed, withdrawn, reassigned or declined case stays on this computer. */
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max).default(RETENTION_DAYS.default),
  /** The DICOM viewer's decoded image cache bound, in MiB. */
  imageCacheMiB: z.number().int().min(IMAGE_CACHE_MIB.min).max(IMAGE_CACHE_MIB.max).default(IMAGE_CACHE_MIB.default),
  /** The review timer flags time idle after this long without input. */
  idleThresholdSeconds: z.number().int().min(IDLE_THRESHOLD_SECONDS.min).max(IDLE_THRESHOLD_SECONDS.max).default(IDLE_THRESHOLD_SECONDS.default),
  /** The cache locks after this long without input. */
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max).default(AUTO_LOCK_MINUTES.default),
  /** Days without contact with the platform before a sign-in is required to open the cases. */
  offlineTtlDays: z.number().int().min(OFFLINE_TTL_DAYS.min).max(OFFLINE_TTL_DAYS.max).default(OFFLINE_TTL_DAYS.default),
  /** The platform the expert chose; null: the address the workstation was started with. */
  platformUrl: z.string().url().nullable().default(null),
  /** Where the desktop app looks for updates; none (updates off) until the expert sets one. */
  updateFeedUrl: z.string().url().nullable().default(null),
  /** The workspace shortcuts the expert changed; the others keep their defaults. */
  shortcuts: ShortcutBindings.default({}),
});
export type Settings = z.infer<typeof Settings>;

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

export function openSettingsStore(dataDir: string): SettingsStore {
  const path = join(dataDir, 'settings.json');
  let current = load(path);
  return {
    get: () => current,
    update(patch) {
      const next = Settings.parse({ ...current, ...patch });
      writeFileAtomic(path, JSON.stringify(next, null, 2));
      current = next;
      return next;
    },
  };
}

function load(path: string): Settings {
  if (!existsSync(path)) return Settings.parse({});
  try {
    return Settings.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // A damaged preferences file must not stop the workstation: fall back to the defaults;
    // the next change rewrites it whole.
    return Settings.parse({});
  }
}
