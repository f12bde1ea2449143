// The expert's settings: the language, the platform's address, and the preferences the contract
// declares (contract/settings.ts: retention, image cache, idle threshold, auto-lock, offline limit,
// update feed, shortcuts).
// Kept in `settings.json` in the data directory: preferences only, never patient data, so they
// are readable before the encrypted cache is unlocked (the unlock screen needs the language).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Locale, PREFERENCE_DEFAULTS, PREFERENCE_FIELDS } from '../../../contract';
import { writeFileAtomic } from '../fs/atomic-write';

export const Settings = z.object({
  /** null: the system's language, until the expert picks one. */
  locale: Locale.nullable(),
  /** The platform the expert chose; null: the address the workstation was started with. */
  platformUrl: z.string().url().nullable(),
  ...PREFERENCE_FIELDS,
});
const DEFAULTS: Settings = { locale: null, platformUrl: null, ...PREFERENCE_DEFAULTS };
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
      // A key given as undefined changes nothing (a caller in the same process may spread an
      // optional field): it must not erase the preference.
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next = Settings.parse({ ...current, ...given });
      writeFileAtomic(path, JSON.stringify(next, null, 2));
      current = next;
      return next;
    },
  };
}

function load(path: string): Settings {
  if (!existsSync(path)) return DEFAULTS;
  try {
    // A preference the file does not have (added by a later version) takes its default.
    return Settings.parse({ ...DEFAULTS, ...(JSON.parse(readFileSync(path, 'utf8')) as object) });
  } catch {
    // A damaged preferences file must not stop the workstation: fall back to the defaults;
    // the next change rewrites it whole.
    return DEFAULTS;
  }
}
