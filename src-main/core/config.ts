// The configuration a core process is started with, sent by its host (Electron shell, browser
// preview or a test) in the first message. Validated: it crosses a process boundary.
import { z } from 'zod';
import { Locale } from '../../src-preload/contract';

export const CoreConfig = z.object({
  /** Directory that holds everything the workstation stores for this user. */
  dataDir: z.string().min(1),
  /** Base URL of the platform's expert API, or null when none is configured yet. */
  platformUrl: z.string().url().nullable(),
  runtime: z.enum(['electron', 'preview', 'test']),
  /** The operating system's language, used until the expert picks one. */
  systemLocale: z.string(),
  version: z.string(),
  /** Path of a better-sqlite3 native module built for this runtime's ABI (Electron), if any. */
  sqliteBinding: z.string().nullable().default(null),
  /** Whether the host offers the OS keychain (Electron). Otherwise the cache uses a passphrase. */
  keychain: z.boolean().default(false),
});
export type CoreConfig = z.infer<typeof CoreConfig>;

/** The first supported language matching an OS locale such as `fr-FR` or `en_US.UTF-8`. */
export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
