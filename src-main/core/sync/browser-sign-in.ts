// A sign-in through the platform's OpenID provider, in the expert's browser: one at a time, from
// the address handed to the browser to the answer at the redirect (the preview's own address, or
// in the desktop app a loopback listener of its own), then the tokens handed to the sync engine.
// How it went stays readable (session status) for the screen that waits for it.
import type { BrowserSignInProblem, BrowserSignInStatus } from '../../../contract';
import {
  beginAuthorization,
  completeAuthorization,
  OidcFailure,
  type AuthorizationExtras,
  type OidcSettings,
  type OidcTokens,
  type PendingAuthorization,
} from './oidc-client';
import { startLoopbackRedirect, type LoopbackRedirect } from './loopback-redirect';
import { CoreError } from '../rpc/core-error';

/** How long the provider's page may take before the answer is refused (its own interaction lasts as long). */
const PATIENCE_MS = 10 * 60_000;

export interface BrowserSignInDeps {
  now: () => number;
  /** The provider answered with tokens: the engine opens the session (may refuse: another expert's cache). */
  finished(tokens: OidcTokens, settings: OidcSettings): Promise<void>;
  /** The status changed (waiting, failed, done). */
  changed(): void;
}

export class BrowserSignIn {
  private pending: { authorization: PendingAuthorization; loopback: LoopbackRedirect | null; startedAt: number } | null = null;
  private problem: BrowserSignInProblem | null = null;

  constructor(private readonly deps: BrowserSignInDeps) {}

  status(): BrowserSignInStatus | null {
    if (this.pending) return { state: 'waiting', problem: null };
    return this.problem ? { state: 'failed', problem: this.problem } : null;
  }

  /**
   * The address of the provider's sign-in page. `redirectUri`: where the browser comes back (the
   * preview's own /callback); null in the desktop app, which listens on a loopback port of its own.
   */
  async begin(settings: OidcSettings, extras: AuthorizationExtras, redirectUri: string | null): Promise<string> {
    this.cancel();
    const loopback = redirectUri
      ? null
      : await startLoopbackRedirect((callback) =>
          this.complete(callback).then(
            () => 'signed-in' as const,
            () => 'failed' as const,
          ),
        );
    try {
      const { authorizationUrl, pending } = await beginAuthorization(settings, redirectUri ?? loopback?.redirectUri ?? '', extras);
      this.pending = { authorization: pending, loopback, startedAt: this.deps.now() };
      this.problem = null;
      this.deps.changed();
      return authorizationUrl;
    } catch (error) {
      loopback?.close();
      throw error;
    }
  }

  /** The provider's answer (the full redirect address). Any failure ends this sign-in: the expert starts again. */
  async complete(callback: URL): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    try {
      if (!pending || this.deps.now() - pending.startedAt > PATIENCE_MS) throw new OidcFailure('expired');
      const tokens = await completeAuthorization(pending.authorization, callback);
      await this.deps.finished(tokens, pending.authorization.settings);
      this.problem = null;
    } catch (error) {
      this.problem = problemOf(error);
      throw error;
    } finally {
      this.deps.changed();
    }
  }

  /** The expert gave up (or starts again): the answer of the earlier page will be refused. */
  cancel(): void {
    this.pending?.loopback?.close();
    this.pending = null;
    this.problem = null;
  }
}

function problemOf(error: unknown): BrowserSignInProblem {
  if (error instanceof OidcFailure) return error.kind;
  if (error instanceof CoreError && error.code === 'CONFLICT') return 'other-expert';
  return 'invalid-answer';
}
