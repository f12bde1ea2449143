// The configuration a core process is started with, sent by its host (Electron shell, browser
// preview or a test) in the first message. Validated: it crosses a process boundary.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Locale } from '../../contract';

/** The templates beside the sources (Node, tsx, tests); the bundled Electron core is told where they are. */
const SOURCE_TEMPLATES_DIR = fileURLToPath(new URL('../../resources/report-templates', import.meta.url));
const SOURCE_HANGING_PROTOCOLS_DIR = fileURLToPath(new URL('../../resources/hanging-protocols', import.meta.url));

/**
 * Patient data travels only over TLS: a platform address must be https, except on this computer
 * (the built-in demo platform and tests listen on loopback).
 */
export function isSecurePlatformUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

export const CoreConfig = z.object({
  /** Directory that holds everything the workstation stores for this user. */
  dataDir: z.string().min(1),
  /** Base URL of the platform's expert API, or null when none is configured yet. */
  platformUrl: z.string().url().refine(isSecurePlatformUrl, 'The platform address must use https (plain http only on this computer).').nullable(),
  runtime: z.enum(['electron', 'preview', 'test']),
  /** The operating system's language, used until the expert picks one. */
  systemLocale: z.string(),
  version: z.string(),
  /** Path of a better-sqlite3 native module built for this runtime's ABI (Electron), if any. */
  sqliteBinding: z.string().nullable().default(null),
  /** Whether the host offers the OS keychain (Electron). Otherwise the cache uses a passphrase. */
  keychain: z.boolean().default(false),
  /** Where the report templates are (`resources/report-templates`); a packaged app passes its own. */
  reportTemplatesDir: z
    .string()
    .min(1)
    .default(() => SOURCE_TEMPLATES_DIR),
  /** Where the hanging protocols are (`resources/hanging-protocols`); a packaged app passes its own. */
  hangingProtocolsDir: z
    .string()
    .min(1)
    .default(() => SOURCE_HANGING_PROTOCOLS_DIR),
  /** Where tesseract's French and English data sit side by side (a packaged app's resources); null: from their npm packages. */
  ocrLanguagesDir: z.string().min(1).nullable().default(null),
  /** The report's fonts (a packaged app's resources); null: the npm package's. */
  reportFontsDir: z.string().min(1).nullable().default(null),
  /**
   * The start address is the built-in demo platform the host started. Its discovery document then
   * offers the demo account, which the sign-in pre-fills; no password is compiled into the app.
   */
  demoPlatform: z.boolean().default(false),
  /** Why this core is starting: its host restarts it after a crash, and the unlock screen says so. */
  startReason: z.enum(['start', 'after-crash']).default('start'),
  /** How often the auto-lock checks the time since the last input (tests shorten it). */
  autoLockCheckMs: z.number().int().positive().default(10_000),
  sync: z
    .object({
      /** A background sync this often. */
      intervalMs: z
        .number()
        .int()
        .positive()
        .default(5 * 60_000),
      /** First retry delay after a failure; doubles with full jitter up to the cap. */
      retryBaseMs: z.number().int().positive().default(2_000),
      retryCapMs: z
        .number()
        .int()
        .positive()
        .default(5 * 60_000),
      downloadConcurrency: z.number().int().min(1).max(8).default(3),
    })
    .default({ intervalMs: 5 * 60_000, retryBaseMs: 2_000, retryCapMs: 5 * 60_000, downloadConcurrency: 3 }),
});
export type CoreConfig = z.infer<typeof CoreConfig>;
/** What a host sends: defaults may be left out. */
export type CoreConfigInput = z.input<typeof CoreConfig>;

/** The first supported language matching an OS locale such as `fr-FR` or `en_US.UTF-8`. */
export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
