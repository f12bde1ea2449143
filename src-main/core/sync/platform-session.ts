// The expert's session with the platform: how the platform signs its experts in (its discovery
// document, learnt in the background), signing in with a password or on its OpenID provider in
// the browser, the session kept in the encrypted cache, and ending it (revocation, the provider's
// sign-out page). The sync engine owns it and runs the syncs it makes possible.
import type { SessionStatus } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { CoreConfig } from '../config';
import type { Logger } from '../log/logger';
import type { Clock } from '../ports';
import { CoreError } from '../rpc/core-error';
import type { SettingsStore } from '../settings/settings-store';
import { PlatformClient, signInToPlatform } from './platform-client';
import { PlatformError } from './platform-error';
import { readSession, saveSession, type ExpertSession } from './session-store';
import { contactExpired, noteContact } from '../security/offline-limit';
import { deviceIdOf, recordAudit } from '../security/audit-log';
import { platformAddress } from '../settings/platform-address';
import { discoveryOf, type PlatformDiscovery } from './platform-discovery';
import { BrowserSignIn } from './browser-sign-in';
import { endSessionUrl, OidcFailure, revokeToken, type OidcSettings, type OidcTokens } from './oidc-client';

export interface PlatformSessionDeps {
  config: CoreConfig;
  cache: CaseCache;
  settings: SettingsStore;
  clock: Clock;
  log: Logger;
  events: {
    session(status: SessionStatus): void;
    /** The expert signed in (a demonstration platform may then issue a signing certificate). */
    signedIn(): void;
    /** The platform revoked this device: core crypto-erases the cache. */
    revoked(): void;
  };
  /** The sync engine: what it is told, and what it knows of the session. */
  engine: {
    /** A session was opened: the platform answers, sync now. */
    opened(): void;
    wentOffline(): void;
    /** The platform refused the tokens since the last sign-in. */
    needsSignIn(): boolean;
  };
}

export class PlatformSession {
  /** The platform's discovery document (how it signs in, a demo's account), and for which address. */
  private discovery: PlatformDiscovery | null = null;
  private discoveredFor: string | null = null;
  private learning: Promise<void> | null = null;
  private lastDiscoveryFailure: { url: string; at: number } | null = null;
  /** A sign-in through the platform's OpenID provider, in the browser. */
  private readonly browser: BrowserSignIn;

  constructor(private readonly deps: PlatformSessionDeps) {
    this.browser = new BrowserSignIn({
      now: () => this.deps.clock.now().getTime(),
      finished: (tokens, provider) => this.adoptFromProvider(tokens, provider),
      changed: () => this.deps.events.session(this.status()),
    });
    // Early, so that the sign-in method (and a demo's account) is known by the time the sign-in is shown.
    this.learnPlatform();
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
        this.deps.engine.wentOffline();
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
    return this.status();
  }

  /**
   * Starts a sign-in on the platform's OpenID provider; the page to open in the browser.
   * `redirectUri`: the preview's own /callback; null in the desktop app (a loopback listener of its own).
   */
  async beginInBrowser(redirectUri: string | null): Promise<string> {
    const platformUrl = this.platformUrl();
    if (!platformUrl) throw new CoreError('OFFLINE', 'No platform address is configured.');
    const discovery = await discoveryOf(platformUrl);
    if (!discovery) {
      this.deps.engine.wentOffline();
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
  async completeInBrowser(callbackUrl: string): Promise<SessionStatus> {
    let callback: URL;
    try {
      callback = new URL(callbackUrl);
    } catch {
      throw new CoreError('INVALID_INPUT', 'The sign-in answer is not an address.');
    }
    await this.browser.complete(callback).catch(() => undefined); // the status says why
    return this.status();
  }

  cancelInBrowser(): SessionStatus {
    this.browser.cancel();
    return this.status();
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
    this.deps.log.info('signed in');
    this.deps.engine.opened();
    this.deps.events.session(this.status());
    this.deps.events.signedIn();
  }

  /**
   * Ends the platform session, sync stopped (best effort: offline, the tokens die with the local data). Through a
   * provider: its page that ends the browser's session there too, if it has one (`returnTo`: where
   * it sends the browser after), for the screen to open.
   */
  async end(returnTo: string | null): Promise<{ endSessionUrl: string | null }> {
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
  async stillNamesProvider(platformUrl: string, provider: OidcSettings): Promise<boolean> {
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
  platformUrl(): string | null {
    return platformAddress(this.deps.config, this.deps.settings.get()).url;
  }

  /**
   * Reads the platform's discovery document in the background (how it signs in; on the built-in
   * demo platform, the account its sign-in offers), then announces the session. Called when core
   * starts, at each unlock and when the status finds the address changed; at most every 30 s
   * while the platform does not answer.
   */
  learnPlatform(): void {
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
      this.deps.events.session(this.status());
    });
  }

  status(): SessionStatus {
    const session = this.deps.cache.state === 'unlocked' ? readSession(this.deps.cache.database()) : null;
    const contactExpired = this.contactExpired();
    const url = this.platformUrl();
    if (url !== this.discoveredFor) this.learnPlatform();
    const discovery = url !== null && url === this.discoveredFor ? this.discovery : null;
    return {
      signedIn: Boolean(session?.refreshToken) && !this.deps.engine.needsSignIn() && !contactExpired,
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
}
