// Protection of the local data (`cache.*`), the sign-in (`session.*`) and the audit trail (`audit.*`).
import { z } from 'zod';
import { type CallTable, NoInput } from './common';
import { OutboxKind } from './sync';

/** Why the cache is locked now: the expert chose to, or it locked itself. */
/** Why the cases are locked; `core-restarted`: the workstation's core stopped unexpectedly and its host started it again. */
export const LOCK_REASONS = ['expert', 'inactivity', 'screen-locked', 'suspended', 'core-restarted'] as const;

/** Why the local data was erased: the platform revoked this device, or the expert signed out. */
export const ERASE_REASONS = ['device-revoked', 'signed-out'] as const;

/** What the audit trail records. */
export const AUDIT_ACTIONS = [
  'cache.set-up',
  'cache.unlocked',
  'cache.unlock-failed',
  /** An unlock refused unchecked: too many wrong attempts, it had to wait. */
  'cache.unlock-refused',
  'case.opened',
  'document.viewed',
  'export.made',
  'report.submitted',
  'session.signed-in',
  /** A signing certificate was imported or issued (its fingerprint), or removed. */
  'signing.certificate-added',
  'signing.certificate-removed',
] as const;

export const AuditStatus = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  /** Entries the platform has not acknowledged yet. */
  unsynced: z.number().int(),
  brokenAt: z.number().int().nullable(),
  problem: z.enum(['edited', 'removed', 'truncated']).nullable(),
});
export type AuditStatus = z.infer<typeof AuditStatus>;

/** Passphrases: long enough to resist guessing once the laptop is lost. */
export const PASSPHRASE_MIN_LENGTH = 10;
const Passphrase = z.string().min(PASSPHRASE_MIN_LENGTH).max(1024);
/** The local unlock secret of a keychain-protected cache: something the person knows, checked here, never sent. */
export const UNLOCK_SECRET_MIN_LENGTH = 6;
const UnlockSecret = z.string().min(UNLOCK_SECRET_MIN_LENGTH).max(1024);

export const CacheStatus = z.object({
  state: z.enum(['uninitialized', 'locked', 'unlocked']),
  protection: z.enum(['keychain', 'passphrase']).nullable(),
  /** The OS keychain: usable only with a real secret store (never Linux basic_text). */
  keychain: z.object({ usable: z.boolean(), backend: z.string() }),
  keychainProblem: z.enum(['unavailable', 'backend-changed']).nullable(),
  failedAttempts: z.number().int().nonnegative(),
  retryAfterSeconds: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  counts: z.object({ cases: z.number().int(), attachments: z.number().int(), outbox: z.number().int() }).nullable(),
  /** Changes not yet sent to the platform, by kind: what a reset would lose. */
  unsynced: z.object({ total: z.number().int().nonnegative(), byKind: z.partialRecord(OutboxKind, z.number().int()) }),
  /** Why it locked, when it was open earlier in this run. */
  lockReason: z.enum(LOCK_REASONS).nullable(),
  /** A keychain unlock also asks for something the person knows (re-authentication). */
  keychainReauth: z.boolean(),
  /** Which: the local unlock secret chosen at set-up, or (a cache set up before it existed) the platform password. */
  keychainSecret: z.enum(['unlock-secret', 'platform-password']).nullable(),
  /** The local data was destroyed (keys first): when and why, until a new cache is set up. */
  erased: z.object({ reason: z.enum(ERASE_REASONS), at: z.string() }).nullable(),
});
export type CacheStatus = z.infer<typeof CacheStatus>;

/** Why a sign-in through the platform's OpenID provider did not end signed in. */
export const BROWSER_SIGN_IN_PROBLEMS = ['unreachable', 'state-mismatch', 'denied', 'invalid-answer', 'expired', 'other-expert'] as const;
export const BrowserSignInProblem = z.enum(BROWSER_SIGN_IN_PROBLEMS);
export type BrowserSignInProblem = z.infer<typeof BrowserSignInProblem>;
export const BrowserSignInStatus = z.object({ state: z.enum(['waiting', 'failed']), problem: BrowserSignInProblem.nullable() });
export type BrowserSignInStatus = z.infer<typeof BrowserSignInStatus>;

/** The address the preview's page comes back to from the provider: its own /callback, on this computer. */
const LoopbackCallback = z
  .string()
  .max(200)
  .regex(/^http:\/\/127\.0\.0\.1:\d{1,5}\/callback$/, 'A loopback /callback address.');

/** The preview's own root, where a provider's sign-out page may send the browser back. */
const LoopbackRoot = z
  .string()
  .max(200)
  .regex(/^http:\/\/127\.0\.0\.1:\d{1,5}\/$/, 'A loopback root address.');

export const SessionStatus = z.object({
  signedIn: z.boolean(),
  expert: z.object({ email: z.string(), displayName: z.string() }).nullable(),
  platformUrl: z.string().nullable(),
  /** No contact with the platform for longer than the offline limit: sign in to open the cases. */
  contactExpired: z.boolean(),
  /** Only when the app runs against its built-in demo platform: the demo expert's sign-in. */
  demoCredentials: z.object({ email: z.string(), password: z.string() }).nullable(),
  /** How this platform signs experts in, as its discovery document says (null: not known yet, out of reach). */
  signInMethod: z.enum(['oidc', 'password']).nullable(),
  /** A sign-in through the provider's page: waiting for the browser, or why it failed. */
  browserSignIn: BrowserSignInStatus.nullable(),
});
export type SessionStatus = z.infer<typeof SessionStatus>;

/** The `security` calls: name → input and output schemas. */
export const securityMethods = {
  'audit.status': { input: NoInput, output: AuditStatus },
  'cache.status': { input: NoInput, output: CacheStatus, rules: { whileLocked: true, beforeSetUp: true, pastOfflineLimit: true } },
  'cache.setup': {
    input: z.discriminatedUnion('protection', [
      z.object({ protection: z.literal('passphrase'), passphrase: Passphrase }).strict(),
      z.object({ protection: z.literal('keychain'), unlockSecret: UnlockSecret }).strict(),
    ]),
    output: CacheStatus,
    rules: { beforeSetUp: true, pastOfflineLimit: true, waits: true },
  },
  'cache.unlock': {
    /** `unlockSecret`: the local secret that re-authenticates a keychain unlock; `password`: the platform password, for a cache set up before it. */
    input: z
      .object({ passphrase: z.string().max(1024).optional(), unlockSecret: z.string().max(1024).optional(), password: z.string().max(1024).optional() })
      .strict(),
    output: CacheStatus,
    rules: { whileLocked: true, beforeSetUp: true, pastOfflineLimit: true, waits: true },
  },
  'cache.lock': { input: NoInput, output: CacheStatus, rules: { whileLocked: true, beforeSetUp: true, pastOfflineLimit: true } },
  'cache.reset': {
    input: z.object({ confirm: z.literal(true) }).strict(),
    output: CacheStatus,
    rules: { whileLocked: true, beforeSetUp: true, pastOfflineLimit: true },
  },
  'session.status': { input: NoInput, output: SessionStatus, rules: { pastOfflineLimit: true } },
  'session.signIn': {
    input: z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1024) }).strict(),
    output: SessionStatus,
    rules: { pastOfflineLimit: true, waits: true },
  },
  /** Starts a sign-in on the platform's OpenID provider: the page to open in the browser. */
  'session.beginSignIn': {
    input: z.object({ redirectUri: LoopbackCallback.optional() }).strict(),
    output: z.object({ authorizationUrl: z.string().url() }),
    rules: { pastOfflineLimit: true, waits: true },
  },
  /** The provider's answer where the browser came back (the preview's /callback, with its query). */
  'session.completeSignIn': {
    input: z.object({ callbackUrl: z.string().max(8192) }).strict(),
    output: SessionStatus,
    rules: { pastOfflineLimit: true, waits: true },
  },
  'session.cancelSignIn': { input: NoInput, output: SessionStatus, rules: { pastOfflineLimit: true } },
  /** `returnTo`: where the provider's sign-out page sends the browser after (the preview's own address). */
  'session.signOut': {
    input: z.object({ confirm: z.literal(true), returnTo: LoopbackRoot.optional() }).strict(),
    /** `endSessionUrl`: the provider's page that ends the browser's session there too, to open (null: none, or the password flow). */
    output: CacheStatus.extend({ endSessionUrl: z.string().url().nullable() }),
    rules: { pastOfflineLimit: true, waits: true },
  },
} as const satisfies CallTable;

/** The `security` events core pushes: name → payload schema. */
export const securityEvents = {
  'cache.changed': CacheStatus,
  'session.changed': SessionStatus,
} as const satisfies Record<string, z.ZodType>;
