// Synchronisation with the platform (`sync.*`): its status, download progress, the kinds of pending changes.
import { z } from 'zod';
import { type CallTable, Connectivity, ErrorCode, NoInput } from './common';

export const OUTBOX_KINDS = ['case.accept', 'case.decline', 'report.submit', 'addendum.submit', 'message.send', 'review.session', 'audit.entries'] as const;
export const OutboxKind = z.enum(OUTBOX_KINDS);

export const SyncStatus = z.object({
  connectivity: Connectivity,
  running: z.boolean(),
  lastSyncAt: z.string().nullable(),
  /** Why the last run stopped, if it did: OFFLINE, UNAUTHORIZED, or the platform's error. */
  lastError: ErrorCode.nullable(),
  needsSignIn: z.boolean(),
  pendingChanges: z.number().int().nonnegative(),
  downloads: z.object({ pending: z.number().int(), corrupt: z.number().int(), bytesDone: z.number(), bytesTotal: z.number() }),
  /** Cases that will leave this computer, and when. */
  purgeNotices: z.array(z.object({ caseId: z.string(), reference: z.string(), purgeAfter: z.string() })),
  nextRunAt: z.string().nullable(),
  /** The platform's records this version could not read: sync went on without them (a newer version fetches them again). */
  skippedRecords: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncProgress = z.object({ caseId: z.string(), attachmentId: z.string(), bytesDone: z.number(), bytesTotal: z.number() });

/** The `sync` calls: name → input and output schemas. */
export const syncMethods = {
  'sync.status': { input: NoInput, output: SyncStatus, rules: { pastOfflineLimit: true } },
  'sync.now': { input: NoInput, output: SyncStatus, rules: { pastOfflineLimit: true, waits: true } },
} as const satisfies CallTable;

/** The `sync` events core pushes: name → payload schema. */
export const syncEvents = {
  'sync.changed': SyncStatus,
  'sync.progress': SyncProgress,
} as const satisfies Record<string, z.ZodType>;
