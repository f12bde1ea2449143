// The installation and the expert's preferences (`app.*`): language, shortcuts, limits, the platform's address.
import { z } from 'zod';
import { type CallTable, Connectivity, Locale, NoInput } from './common';

/**
 * The workspace's shortcuts the expert may change (Settings), each a single character. The digit
 * row is not among them: its keys are the window presets by position, on any keyboard layout.
 */
export const SHORTCUT_ACTIONS = [
  'help',
  'nextDocument',
  'previousDocument',
  'nextPage',
  'previousPage',
  'zoomIn',
  'zoomOut',
  'rotate',
  'find',
  'toolWindow',
  'toolLength',
  'toolAngle',
  'toolEllipse',
  'toolProbe',
  'cine',
  'flipHorizontal',
  'flipVertical',
  'invert',
  'keyImage',
  'timerToggle',
  'readingMode',
  'compare',
  'linkViewport',
  'toolCrosshair',
  'mpr',
] as const;
export const ShortcutAction = z.enum(SHORTCUT_ACTIONS);
export type ShortcutAction = z.infer<typeof ShortcutAction>;
/** One character, what the key types (letters in lower case: a shortcut ignores Shift); no digit, no space. */
export const ShortcutKey = z.string().regex(/^[^\p{N}\p{Lu}\s]$/u);
/** The expert's choices (an action left out keeps its default); no key does two things. */
export const ShortcutBindings = z
  .partialRecord(ShortcutAction, ShortcutKey)
  .refine((bindings) => new Set(Object.values(bindings)).size === Object.values(bindings).length, 'A key can do only one thing.');
export type ShortcutBindings = z.infer<typeof ShortcutBindings>;

/** The auto-lock delay's bounds and default; there is no "never": an unattended laptop must lock. */
export const AUTO_LOCK_MINUTES = { min: 1, max: 120, default: 10 } as const;

/** Days a finished case (closed, withdrawn, reassigned, declined) stays on this computer. */
export const RETENTION_DAYS = { min: 0, max: 365, default: 7 } as const;

/** Days without contact with the platform before the cache stays shut until the next sign-in. */
export const OFFLINE_TTL_DAYS = { min: 1, max: 90, default: 30 } as const;

/** The image cache's bounds and default: enough for a 1,000-slice CT, not the whole RAM. */
export const IMAGE_CACHE_MIB = { min: 256, max: 8192, default: 1024 } as const;

/** How long without input before review time is flagged idle (a setting; 5 minutes by default). */
export const IDLE_THRESHOLD_SECONDS = { min: 10, max: 3600, default: 300 } as const;

/**
 * The expert's preferences, each with its bounds: core keeps them in settings.json (never patient
 * data), AppInfo shows them, and `app.updateSettings` changes any of them. A new preference is a
 * line here, its default below, and its control in Settings.
 */
export const PREFERENCE_FIELDS = {
  /** Days a finished case (closed, withdrawn, reassigned, declined) stays on this computer. */
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
  /** The DICOM viewer's decoded image cache bound, in MiB. */
  imageCacheMiB: z.number().int().min(IMAGE_CACHE_MIB.min).max(IMAGE_CACHE_MIB.max),
  /** The review timer flags time idle after this long without input. */
  idleThresholdSeconds: z.number().int().min(IDLE_THRESHOLD_SECONDS.min).max(IDLE_THRESHOLD_SECONDS.max),
  /** The cache locks after this long without input. */
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  /** Days without contact with the platform before a sign-in is required to open the cases. */
  offlineTtlDays: z.number().int().min(OFFLINE_TTL_DAYS.min).max(OFFLINE_TTL_DAYS.max),
  /** Where the desktop app looks for updates (https); null: updates are off, until the expert sets one. */
  updateFeedUrl: z.string().url().max(500).nullable(),
  /** The workspace shortcuts the expert changed; the others keep their defaults. */
  shortcuts: ShortcutBindings,
  /** Scanned documents and photos of documents are read (OCR) in the background as they arrive; off: only when opened. */
  backgroundOcr: z.boolean(),
};
export const Preferences = z.object(PREFERENCE_FIELDS);
export type Preferences = z.infer<typeof Preferences>;

export const PREFERENCE_DEFAULTS: Preferences = {
  retentionDays: RETENTION_DAYS.default,
  imageCacheMiB: IMAGE_CACHE_MIB.default,
  idleThresholdSeconds: IDLE_THRESHOLD_SECONDS.default,
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  offlineTtlDays: OFFLINE_TTL_DAYS.default,
  updateFeedUrl: null,
  shortcuts: {},
  backgroundOcr: true,
};

/** What `app.updateSettings` changes: any of the preferences, and the language. */
export const SettingsPatch = z
  .object({ locale: Locale, ...PREFERENCE_FIELDS })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  /** The platform this workstation works with (the expert's choice, else the one it was started with). */
  platformUrl: z.string().nullable(),
  /** The address the workstation was started with (pre-filled on the first start). */
  startPlatformUrl: z.string().nullable(),
  /** That start address is the built-in demo platform, with fictitious patients. */
  startPlatformIsDemo: z.boolean(),
  connectivity: Connectivity,
  locale: Locale,
  runtime: z.enum(['electron', 'preview', 'test']),
  ...PREFERENCE_FIELDS,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** What an address answered when checked as the platform (first start, Settings). */
export const PlatformCheck = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok'), name: z.string() }),
  /** Not https (plain http only on this computer). */
  z.object({ state: z.literal('insecure') }),
  /** Nothing answered: a wrong address, or no network. */
  z.object({ state: z.literal('unreachable') }),
  /** Something answered, but not the expert API of a second-opinion platform. */
  z.object({ state: z.literal('not-a-platform') }),
  /** A platform speaking a version of the API this workstation does not know. */
  z.object({ state: z.literal('unsupported'), apiVersion: z.number().int() }),
]);
export type PlatformCheck = z.infer<typeof PlatformCheck>;

/** The `settings` calls: name → input and output schemas. */
export const settingsMethods = {
  'app.info': { input: NoInput, output: AppInfo, rules: { whileLocked: true, beforeSetUp: true, pastOfflineLimit: true } },
  /** Changes some preferences (and the language); while the cases are locked, only the language. */
  'app.updateSettings': { input: SettingsPatch, output: AppInfo, rules: { whileLocked: true, beforeSetUp: true, pastOfflineLimit: true } },
  /** Checks an address before it is used: does it answer as a second-opinion platform? */
  'app.checkPlatform': {
    input: z.object({ url: z.string().url().max(500) }).strict(),
    output: PlatformCheck,
    rules: { beforeSetUp: true, pastOfflineLimit: true, waits: true },
  },
  /** The platform to work with; null: back to the address the workstation was started with. Only while no expert is signed in here. */
  'app.setPlatform': {
    input: z.object({ url: z.string().url().max(500).nullable() }).strict(),
    output: AppInfo,
    rules: { beforeSetUp: true, pastOfflineLimit: true },
  },
} as const satisfies CallTable;

/** The `settings` events core pushes: name → payload schema. */
export const settingsEvents = {
  'app.changed': AppInfo,
} as const satisfies Record<string, z.ZodType>;
