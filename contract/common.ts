// What every part of the contract shares: the error codes and the result shape, the languages, the ids.
import { z } from 'zod';

/** Every way a call can fail. The renderer shows one translated sentence per code. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'INTERNAL',
  'CORE_UNAVAILABLE',
  'CACHE_LOCKED',
  'CACHE_FROM_NEWER_VERSION',
  'CASE_NOT_FOUND',
  'CONTENT_NOT_FOUND',
  'ATTACHMENT_CORRUPT',
  'UNSUPPORTED_DICOM',
  'OFFLINE',
  'PLATFORM_UNAVAILABLE',
  'CONFLICT',
  'UNAUTHORIZED',
  /** Too large or too complex to process in bounded time and memory (a patient's file, a text). */
  'TOO_LARGE',
  /** Not enough free space on this computer's disk for what was asked (a download, an archive). */
  'DISK_FULL',
  /** Too many wrong attempts (a sign-in): wait before the next one. */
  'TOO_MANY_ATTEMPTS',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const CallError = z.object({ code: ErrorCode, message: z.string() });
export type CallError = z.infer<typeof CallError>;

/** What crosses the boundary: never a thrown exception, always plain data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

export const LOCALES = ['fr', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Connectivity = z.enum(['online', 'offline', 'unknown']);

/** A call without input. */
export const NoInput = z.object({}).strict();

/** A case, as the platform names it. */
export const CaseId = z.string().min(1).max(100);
/** A document (an attachment of a case, or a file extracted from one). */
export const DocumentId = z.string().min(1).max(100);

/** Template text in both languages of the UI. */
export const LocalText = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalText = z.infer<typeof LocalText>;

/**
 * When a call answers beyond the usual (the cases unlocked, contact with the platform within the
 * offline limit), declared with the call rather than listed by name in the dispatcher.
 */
export interface CallRules {
  /** Also while the cases are locked: what the unlock screen needs. */
  whileLocked?: true;
  /** Also before the first set-up: what the first start needs. */
  beforeSetUp?: true;
  /** Also past the offline limit: settings, the lock, the sign-in and sync stay open, the cases stay shut. */
  pastOfflineLimit?: true;
  /** Waits for the network, a key derivation or a whole sync by design: not logged as a slow call. */
  waits?: true;
}

/** The shape every domain's table of calls satisfies. */
export type CallTable = Record<string, { input: z.ZodType; output: z.ZodType; rules?: CallRules }>;
