// The sync engine: runs push → pull → purge → downloads in the background every few minutes,
// after every local change and on demand, once the expert's session (PlatformSession) is open;
// tracks whether the platform is reachable and retries with backoff; tells the renderer how it
// goes (status and per-attachment progress).
import type { SessionStatus, SyncStatus } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { CoreConfig } from '../config';
import type { Logger } from '../log/logger';
import type { Clock } from '../ports';
import { CoreError } from '../rpc/core-error';
import type { SettingsStore } from '../settings/settings-store';
import { backoffDelayMs, timerDelayMs } from './backoff';
import { downloadPending, type DownloadProgress } from './downloads';
import { PlatformClient } from './platform-client';
import { PlatformError, type PlatformFailure } from './platform-error';
import { pull } from './pull';
import { push } from './push';
import { purgeExpiredCases } from './retention';
import { readSession, saveTokens } from './session-store';
import { announcedRemovals } from '../cases/case-store';
import { pendingChangeCount } from '../outbox/outbox';
import { PlatformSession } from './platform-session';
import { refreshPractice } from '../practice/practice-history';

export interface SyncEvents {
  status(status: SyncStatus): void;
  session(status: SessionStatus): void;
  progress(progress: DownloadProgress): void;
  casesChanged(caseIds: string[]): void;
  /** The platform revoked this device: core crypto-erases the cache. */
  revoked(): void;
  /** The expert signed in (a demonstration platform may then issue a signing certificate). */
  signedIn(): void;
}

export interface SyncEngineDeps {
  config: CoreConfig;
  cache: CaseCache;
  settings: SettingsStore;
  clock: Clock;
  log: Logger;
  events: SyncEvents;
}

export class SyncEngine {
  private connectivity: SyncStatus['connectivity'] = 'unknown';
  private running: Promise<void> | null = null;
  private again = false;
  private lastSyncAt: string | null = null;
  private lastError: SyncStatus['lastError'] = null;
  private needsSignIn = false;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private nextRunAt: number | null = null;
  private priorityCaseId: string | null = null;
  private stopController = new AbortController();
  private stopped = true;
  /** Who is signed in, and how the platform signs its experts in. */
  readonly session: PlatformSession;

  constructor(private readonly deps: SyncEngineDeps) {
    this.session = new PlatformSession({
      ...deps,
      engine: {
        opened: () => {
          this.needsSignIn = false;
          this.setConnectivity('online');
          this.requestRun(0);
        },
        wentOffline: () => this.setConnectivity('offline'),
        needsSignIn: () => this.needsSignIn,
      },
    });
  }

  get platformConnectivity(): SyncStatus['connectivity'] {
    return this.connectivity;
  }

  /** Starts background syncing (when the cache is unlocked and someone is signed in). */
  start(): void {
    this.session.learnPlatform();
    this.stopped = false;
    this.stopController = new AbortController();
    this.requestRun(0);
  }

  /** Stops background syncing; a download in progress keeps what it has and resumes later. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopController.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextRunAt = null;
    await this.running;
  }

  /** The expert opened this case: its documents come first. */
  prioritize(caseId: string | null): void {
    this.priorityCaseId = caseId;
  }

  /** Runs soon (debounced), e.g. after a local change; on demand with 0. */
  requestRun(delayMs = 300): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(delayMs);
  }

  /** Runs now and resolves when done (the "Sync now" button). */
  async runNow(): Promise<SyncStatus> {
    if (this.running) {
      this.again = true;
      await this.running;
    }
    await this.run();
    return this.status();
  }

  /** Ends the platform session once syncing has stopped (see PlatformSession.end). */
  async signOut(returnTo: string | null = null): Promise<{ endSessionUrl: string | null }> {
    await this.stop();
    return this.session.end(returnTo);
  }

  sessionStatus(): SessionStatus {
    return this.session.status();
  }

  /** Out of contact with the platform for longer than the offline limit (only with a platform). */
  contactExpired(): boolean {
    return this.session.contactExpired();
  }

  status(): SyncStatus {
    const unlocked = this.deps.cache.state === 'unlocked';
    const db = unlocked ? this.deps.cache.database() : null;
    const none = { pending: 0, corrupt: 0, bytesDone: 0, bytesTotal: 0 };
    const downloads = db
      ? (db
          .prepare<[], SyncStatus['downloads']>(
            `SELECT count(CASE WHEN download_state IN ('pending', 'downloading') THEN 1 END) AS pending,
                    count(CASE WHEN download_state = 'corrupt' THEN 1 END) AS corrupt,
                    coalesce(sum(CASE WHEN download_state = 'available' THEN size ELSE bytes_done END), 0) AS bytesDone,
                    coalesce(sum(size), 0) AS bytesTotal
             FROM attachments a JOIN cases c ON c.id = a.case_id WHERE c.read_only = 0 AND a.archive_id IS NULL`,
          )
          .get() ?? none)
      : none;
    // Not a case the expert declined: they know, and the inbox lists it as declined.
    const purgeNotices = db ? announcedRemovals(db) : [];
    return {
      connectivity: this.connectivity,
      running: this.running !== null,
      lastSyncAt: this.lastSyncAt,
      lastError: this.lastError,
      needsSignIn: unlocked ? !this.sessionStatus().signedIn : false,
      // The expert's own changes: audit entries travel the same way but are not work to wait for
      // (a reset or sign-out still lists them among what would be lost).
      pendingChanges: db ? pendingChangeCount(db) : 0,
      downloads,
      purgeNotices,
      nextRunAt: this.nextRunAt ? new Date(this.nextRunAt).toISOString() : null,
      skippedRecords: (db ? db.prepare<[], number>('SELECT count(*) FROM skipped_records').pluck().get() : 0) ?? 0,
    };
  }

  private schedule(requestedMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    const delayMs = timerDelayMs(requestedMs);
    this.nextRunAt = this.deps.clock.now().getTime() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delayMs);
    this.timer.unref?.();
  }

  private async run(): Promise<void> {
    if (this.running) return this.running;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextRunAt = null;
    this.running = this.runOnce().finally(() => {
      this.running = null;
    });
    this.emitStatus();
    await this.running;
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      this.schedule(0);
    } else if (!this.timer) {
      this.schedule(this.deps.config.sync.intervalMs);
    }
    this.emitStatus();
  }

  private async runOnce(): Promise<void> {
    const platformUrl = this.session.platformUrl();
    if (!platformUrl || this.deps.cache.state !== 'unlocked') return;
    const session = readSession(this.deps.cache.database());
    // Past the offline limit only a sign-in reopens the cases; a background sync must not.
    if (!session?.refreshToken || this.contactExpired()) {
      this.needsSignIn = true;
      return;
    }
    // A session opened on a provider the platform no longer names (it moved, or signs in otherwise
    // now) cannot be refreshed there: the expert signs in again, and keeps everything local.
    if (session.provider && !(await this.session.stillNamesProvider(platformUrl, session.provider))) {
      await this.deps.cache.write((db) => saveTokens(db, null, null));
      this.needsSignIn = true;
      this.deps.log.info('the platform names another sign-in provider: sign-in needed');
      this.deps.events.session(this.sessionStatus());
      return;
    }
    const client = new PlatformClient(platformUrl, this.deps.cache, () => this.deps.clock.now().getTime());
    const retentionDays = this.deps.settings.get().retentionDays;
    const { sync } = this.deps.config;
    try {
      const pushed = await push(client, this.deps.cache, {
        now: () => this.deps.clock.now(),
        retryBaseMs: sync.retryBaseMs,
        retryCapMs: sync.retryCapMs,
        retentionDays,
      });
      if (pushed.interrupted) throw new PlatformError(pushed.interrupted);
      const { changedCaseIds } = await pull(client, this.deps.cache, {
        now: () => this.deps.clock.now(),
        retentionDays,
        appVersion: this.deps.config.version,
        log: this.deps.log,
      });
      const purged = await purgeExpiredCases(this.deps.cache, this.deps.clock.now());
      if (changedCaseIds.length + purged.length + pushed.caseIds.length > 0)
        this.deps.events.casesChanged([...new Set([...changedCaseIds, ...purged, ...pushed.caseIds])]);
      this.setConnectivity('online');
      // "My practice": the expert's past opinions and the network's figures, every few hours or
      // after a report was sent; before the documents, which may take long (best effort: never
      // fails the sync).
      await refreshPractice(client, this.deps.cache, this.deps.clock.now(), pushed.caseIds.length > 0, this.deps.log);
      const stoppedBy = await downloadPending(client, this.deps.cache, {
        concurrency: sync.downloadConcurrency,
        priorityCaseId: this.priorityCaseId,
        signal: this.stopController.signal,
        onProgress: (p) => this.deps.events.progress(p),
      });
      this.deps.events.casesChanged(changedCaseIds);
      if (stoppedBy) throw new PlatformError(stoppedBy);
      this.failures = 0;
      this.lastError = null;
      this.lastSyncAt = this.deps.clock.now().toISOString();
      if (pushed.retryAt !== null) this.schedule(Math.max(0, pushed.retryAt - this.deps.clock.now().getTime()));
    } catch (error) {
      if (!(error instanceof PlatformError)) {
        this.lastError = error instanceof CoreError ? error.code : 'INTERNAL';
        this.deps.log.error('sync failed', { error: this.deps.log.describe(error) });
        this.retryLater(null);
        return;
      }
      this.onFailure(error.failure);
    }
  }

  private onFailure(failure: PlatformFailure): void {
    switch (failure.kind) {
      case 'offline':
        this.setConnectivity('offline');
        this.lastError = 'OFFLINE';
        this.retryLater(null);
        return;
      case 'revoked':
        this.lastError = 'UNAUTHORIZED';
        this.deps.log.warn('the platform revoked this device');
        this.deps.events.revoked();
        return;
      case 'unauthorized':
        this.needsSignIn = true;
        this.lastError = 'UNAUTHORIZED';
        this.deps.events.session(this.sessionStatus());
        return;
      case 'retry':
        this.lastError = failure.status === null ? 'OFFLINE' : 'PLATFORM_UNAVAILABLE';
        this.retryLater(failure.retryAfterMs);
        return;
      case 'refused':
        this.lastError = 'CONFLICT';
        this.deps.log.warn('platform refused a sync request', { status: failure.status, code: failure.code });
        return;
    }
  }

  private retryLater(retryAfterMs: number | null): void {
    const { retryBaseMs, retryCapMs, intervalMs } = this.deps.config.sync;
    const delay = Math.min(intervalMs, backoffDelayMs(this.failures++, retryBaseMs, retryCapMs, retryAfterMs));
    if (!this.stopped) this.schedule(Math.max(delay, retryAfterMs ?? 0));
  }

  private setConnectivity(next: SyncStatus['connectivity']): void {
    if (this.connectivity === next) return;
    this.connectivity = next;
    this.emitStatus();
  }

  private emitStatus(): void {
    try {
      this.deps.events.status(this.status());
    } catch {
      /* locked between the check and the query: the next change reports it */
    }
  }
}
