// The sync engine: signs in, and runs push → pull → purge → downloads in the background every few
// minutes, after every local change and on demand; tracks whether the platform is reachable and
// retries with backoff; tells the renderer how it goes (status and per-attachment progress).
import type { SessionStatus, SyncStatus } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { CoreConfig } from '../config';
import type { Logger } from '../log/logger';
import type { Clock } from '../ports';
import { CoreError } from '../rpc/core-error';
import type { SettingsStore } from '../settings/settings-store';
import { backoffDelayMs, timerDelayMs } from './backoff';
import { downloadPending, type DownloadProgress } from './downloads';
import { PlatformClient, signInToPlatform } from './platform-client';
import { PlatformError, type PlatformFailure } from './platform-error';
import { pull } from './pull';
import { push } from './push';
import { purgeExpiredCases } from './retention';
import { readSession, saveSession, saveTokens, type ExpertSession } from './session-store';
import { contactExpired, noteContact } from '../security/offline-limit';
import { deviceIdOf, recordAudit } from '../security/audit-log';
import { platformAddress } from '../settings/platform-address';
import { announcedRemovals } from '../cases/case-store';
import { pendingChangeCount } from '../outbox/outbox';
import { discoveryOf, type PlatformDiscovery } from './platform-discovery';
import { BrowserSignIn } from './browser-sign-in';
import { endSessionUrl, OidcFailure, revokeToken, type OidcSettings, type OidcTokens } from './oidc-client';
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
  /** The platform's discovery document (how it signs in, a demo's account), and for which address. */
  private discovery: PlatformDiscovery | null = null;
  private discoveredFor: string | null = null;
  private learning: Promise<void> | null = null;
  private lastDiscoveryFailure: { url: string; at: number } | null = null;
  /** A sign-in through the platform's OpenID provider, in the browser. */
  private readonly browser: BrowserSignIn;

  constructor(private readonly deps: SyncEngineDeps) {
    this.browser = new BrowserSignIn({
      now: () => this.deps.clock.now().getTime(),
      finished: (tokens, provider) => this.adoptFromProvider(tokens, provider),
      changed: () => this.deps.events.session(this.sessionStatus()),
    });
    // Early, so that the sign-in method (and a demo's account) is known by the time the sign-in is shown.
    this.learnPlatform();
  }

  get platformConnectivity(): SyncStatus['connectivity'] {
    return this.connectivity;
  }

  /** Starts background syncing (when the cache is unlocked and someone is signed in). */
  start(): void {
    this.learnPlatform();
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

  async signIn(email: string, password: string): Promise<SessionStatus> {
    const platformUrl = this.platformUrl();
    if (!platformUrl) throw new CoreError('OFFLINE', 'No platform address is configured.');
    const db = this.deps.cache.database();
    let answer;
    try {
      answer = await signInToPlatform(platformUrl, email, password, deviceIdOf(db));
    } catch (error) {
      if (error instanceof PlatformError && error.failure.kind === 'revoked') {
        this.deps.events.revoked();
        throw new CoreError('UNAUTHORIZED', 'The platform has revoked this workstation; its local data has been erased.');
      }
      if (error instanceof PlatformError && error.failure.kind === 'refused' && error.failure.status === 401) {
        throw new CoreError('UNAUTHORIZED', 'The e-mail address or the password is not correct.');
      }
      if (error instanceof PlatformError && error.failure.kind === 'retry' && error.failure.status === 429) {
        throw new CoreError('TOO_MANY_ATTEMPTS', 'Too many sign-in attempts. Wait a few minutes, then try again.');
      }
      if (error instanceof PlatformError && error.failure.kind !== 'refused') {
        this.setConnectivity('offline');
        throw new CoreError('OFFLINE', 'The platform cannot be reached. Check the connection and try again.');
      }
      throw error;
    }
    await this.adopt({
      platformUrl,
      expertId: answer.expert.id,
      email: answer.expert.email,
      displayName: answer.expert.displayName,
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken,
      provider: null,
      idToken: null,
    });
    return this.sessionStatus();
  }

  /**
   * Starts a sign-in on the platform's OpenID provider; the page to open in the browser.
   * `redirectUri`: the preview's own /callback; null in the desktop app (a loopback listener of its own).
   */
  async beginBrowserSignIn(redirectUri: string | null): Promise<string> {
    const platformUrl = this.platformUrl();
    if (!platformUrl) throw new CoreError('OFFLINE', 'No platform address is configured.');
    const discovery = await discoveryOf(platformUrl);
    if (!discovery) {
      this.setConnectivity('offline');
      throw new CoreError('OFFLINE', 'The platform cannot be reached. Check the connection and try again.');
    }
    this.discovery = discovery;
    if (discovery.signIn?.method !== 'oidc') throw new CoreError('INVALID_INPUT', 'This platform signs in with a password.');
    const db = this.deps.cache.database();
    const { issuer, clientId, scope } = discovery.signIn;
    try {
      return await this.browser.begin(
        { issuer, clientId, scope },
        { deviceId: deviceIdOf(db), locale: this.deps.settings.get().locale ?? 'fr', loginHint: readSession(db)?.email ?? null },
        redirectUri,
      );
    } catch (error) {
      if (error instanceof OidcFailure && error.kind === 'unreachable') {
        throw new CoreError('OFFLINE', "The platform's sign-in service cannot be reached. Try again in a few minutes; if it lasts, contact the platform.");
      }
      throw error;
    }
  }

  /** The provider's answer at the preview's /callback (the desktop app's loopback listener completes on its own). */
  async completeBrowserSignIn(callbackUrl: string): Promise<SessionStatus> {
    let callback: URL;
    try {
      callback = new URL(callbackUrl);
    } catch {
      throw new CoreError('INVALID_INPUT', 'The sign-in answer is not an address.');
    }
    await this.browser.complete(callback).catch(() => undefined); // the status says why
    return this.sessionStatus();
  }

  cancelBrowserSignIn(): SessionStatus {
    this.browser.cancel();
    return this.sessionStatus();
  }

  private async adoptFromProvider(tokens: OidcTokens, provider: OidcSettings): Promise<void> {
    const platformUrl = this.platformUrl();
    if (!platformUrl) throw new CoreError('OFFLINE', 'No platform address is configured.');
    const { account } = tokens;
    await this.adopt({
      platformUrl,
      expertId: account.id,
      email: account.email,
      displayName: account.displayName,
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      provider,
      idToken: tokens.idToken,
    });
  }

  /** Opens the session the platform granted: stored encrypted, announced, then a sync. */
  private async adopt(session: ExpertSession): Promise<void> {
    const previous = readSession(this.deps.cache.database());
    if (previous && previous.expertId !== session.expertId) {
      throw new CoreError('CONFLICT', "This workstation holds another expert's cases. Reset the local data before signing in as someone else.");
    }
    await this.deps.cache.write((d) => {
      saveSession(d, session, this.deps.clock.now());
      noteContact(d, this.deps.clock.now());
      recordAudit(d, [{ at: this.deps.clock.now(), action: 'session.signed-in' }]);
    });
    this.needsSignIn = false;
    this.setConnectivity('online');
    this.deps.log.info('signed in');
    this.deps.events.session(this.sessionStatus());
    this.deps.events.signedIn();
    this.requestRun(0);
  }

  /**
   * Ends the platform session (best effort: offline, the tokens die with the local data). Through a
   * provider: its page that ends the browser's session there too, if it has one (`returnTo`: where
   * it sends the browser after), for the screen to open.
   */
  async signOut(returnTo: string | null = null): Promise<{ endSessionUrl: string | null }> {
    await this.stop();
    const platformUrl = this.platformUrl();
    const session = this.deps.cache.state === 'unlocked' ? readSession(this.deps.cache.database()) : null;
    if (!platformUrl || !session) return { endSessionUrl: null };
    const notConfirmed = () => this.deps.log.warn('sign-out not confirmed by the platform');
    if (session.provider) {
      // The refresh token is revoked there (RFC 7009), and with it the grant's tokens.
      if (session.refreshToken) await revokeToken(session.provider, session.refreshToken).catch(notConfirmed);
      return { endSessionUrl: await endSessionUrl(session.provider, session.idToken, returnTo) };
    }
    if (!session.refreshToken) return { endSessionUrl: null };
    const client = new PlatformClient(platformUrl, this.deps.cache, () => this.deps.clock.now().getTime());
    await client.json('POST', '/auth/logout', { body: { refreshToken: session.refreshToken }, signal: AbortSignal.timeout(5_000) }).catch(notConfirmed);
    return { endSessionUrl: null };
  }

  /** Whether the platform's discovery document still names this provider (true when it cannot be read: the sync then says offline). */
  private async stillNamesProvider(platformUrl: string, provider: OidcSettings): Promise<boolean> {
    let discovery = this.discoveredFor === platformUrl ? this.discovery : null;
    if (!discovery) {
      discovery = await discoveryOf(platformUrl);
      if (!discovery) return true;
      this.discovery = discovery;
      this.discoveredFor = platformUrl;
    }
    return discovery.signIn?.method === 'oidc' && discovery.signIn.issuer === provider.issuer && discovery.signIn.clientId === provider.clientId;
  }

  /** The platform's address now: the expert may choose another before signing in. */
  private platformUrl(): string | null {
    return platformAddress(this.deps.config, this.deps.settings.get()).url;
  }

  /**
   * Reads the platform's discovery document in the background (how it signs in; on the built-in
   * demo platform, the account its sign-in offers), then announces the session. Called when core
   * starts, at each unlock and when the status finds the address changed; at most every 30 s
   * while the platform does not answer.
   */
  private learnPlatform(): void {
    const url = this.platformUrl();
    if (!url || this.discoveredFor === url || this.learning) return;
    if (this.lastDiscoveryFailure && this.lastDiscoveryFailure.url === url && Date.now() - this.lastDiscoveryFailure.at < 30_000) return;
    this.learning = discoveryOf(url).then((discovery) => {
      this.learning = null;
      if (this.platformUrl() !== url) return;
      if (!discovery) {
        this.lastDiscoveryFailure = { url, at: Date.now() };
        // The sign-in screen waits for it: ask again after the pause.
        setTimeout(() => this.learnPlatform(), 30_500).unref();
        return;
      }
      this.discovery = discovery;
      this.discoveredFor = url;
      this.deps.events.session(this.sessionStatus());
    });
  }

  sessionStatus(): SessionStatus {
    const session = this.deps.cache.state === 'unlocked' ? readSession(this.deps.cache.database()) : null;
    const contactExpired = this.contactExpired();
    const url = this.platformUrl();
    if (url !== this.discoveredFor) this.learnPlatform();
    const discovery = url !== null && url === this.discoveredFor ? this.discovery : null;
    return {
      signedIn: Boolean(session?.refreshToken) && !this.needsSignIn && !contactExpired,
      expert: session ? { email: session.email, displayName: session.displayName } : null,
      platformUrl: url,
      contactExpired,
      demoCredentials: platformAddress(this.deps.config, this.deps.settings.get()).demo ? (discovery?.demoAccount ?? null) : null,
      signInMethod: discovery ? (discovery.signIn?.method ?? 'password') : null,
      browserSignIn: this.browser.status(),
    };
  }

  /** Out of contact with the platform for longer than the offline limit (only with a platform). */
  contactExpired(): boolean {
    if (this.platformUrl() === null || this.deps.cache.state !== 'unlocked') return false;
    return contactExpired(this.deps.cache.database(), this.deps.clock.now(), this.deps.settings.get().offlineTtlDays);
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
    const platformUrl = this.platformUrl();
    if (!platformUrl || this.deps.cache.state !== 'unlocked') return;
    const session = readSession(this.deps.cache.database());
    // Past the offline limit only a sign-in reopens the cases; a background sync must not.
    if (!session?.refreshToken || this.contactExpired()) {
      this.needsSignIn = true;
      return;
    }
    // A session opened on a provider the platform no longer names (it moved, or signs in otherwise
    // now) cannot be refreshed there: the expert signs in again, and keeps everything local.
    if (session.provider && !(await this.stillNamesProvider(platformUrl, session.provider))) {
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
