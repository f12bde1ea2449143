// Talks to the platform's expert API: bearer token on every request, one transparent refresh when
// it has expired, problem+json answers turned into PlatformError failures the engine acts on.
import type { z } from 'zod';
import { PasswordSession, Problem, Tokens } from '../../../shared/platform-api/auth';
import type { CaseCache } from '../cache/case-cache';
import { PlatformError, parseRetryAfter } from './platform-error';
import { readSession, saveTokens } from './session-store';
import { readBoundedJson, readBoundedText } from './bounded-body';
import { platformUrl } from './platform-url';
import { OidcFailure, refreshTokens, type OidcSettings } from './oidc-client';

export interface RequestOptions {
  body?: unknown;
  idempotencyKey?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const refreshing = new WeakMap<CaseCache, Promise<string | null>>();

export class PlatformClient {
  constructor(
    private readonly baseUrl: string,
    private readonly cache: CaseCache,
    private readonly now: () => number = Date.now,
  ) {}

  /** A JSON request; resolves with the parsed body or throws PlatformError. */
  async json(method: string, path: string, options: RequestOptions = {}): Promise<unknown> {
    const response = await this.send(method, path, options);
    return response.status === 204 ? null : readBoundedJson(response);
  }

  /** A request whose body the caller streams (attachment content). */
  async send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    let response = await this.fetchOnce(method, path, options, this.accessToken());
    if (response.status === 401) {
      await response.body?.cancel();
      const refreshed = await this.refresh();
      if (!refreshed) throw new PlatformError({ kind: 'unauthorized' });
      response = await this.fetchOnce(method, path, options, refreshed);
      if (response.status === 401) {
        await response.body?.cancel();
        throw new PlatformError({ kind: 'unauthorized' });
      }
    }
    if (response.ok) return response;
    throw await failureOf(response, this.now());
  }

  private accessToken(): string | null {
    return readSession(this.cache.database())?.accessToken ?? null;
  }

  /** One refresh at a time per cache: refresh tokens are single-use, and a provider that sees one used twice ends the session. */
  private refresh(): Promise<string | null> {
    const running = refreshing.get(this.cache);
    if (running) return running;
    const started = this.refreshOnce().finally(() => refreshing.delete(this.cache));
    refreshing.set(this.cache, started);
    return started;
  }

  private async refreshOnce(): Promise<string | null> {
    const session = readSession(this.cache.database());
    const refreshToken = session?.refreshToken;
    if (!refreshToken) return null;
    if (session.provider) return this.refreshAtProvider(session.provider, refreshToken);
    const response = await this.fetchOnce('POST', '/auth/refresh', { body: { refreshToken } }, null);
    if (response.status === 401 || response.status === 400) {
      await response.body?.cancel();
      // The refresh token is spent: forget both tokens, so the expert is asked to sign in.
      await this.cache.write((db) => saveTokens(db, null, null));
      return null;
    }
    if (!response.ok) throw await failureOf(response, this.now());
    const tokens = Tokens.parse(await readBoundedJson(response, 64 * 1024));
    await this.cache.write((db) => saveTokens(db, tokens.accessToken, tokens.refreshToken));
    return tokens.accessToken;
  }

  /** A session from the platform's OpenID provider is refreshed there (the refresh token rotates). */
  private async refreshAtProvider(provider: OidcSettings, refreshToken: string): Promise<string | null> {
    let tokens;
    try {
      tokens = await refreshTokens(provider, refreshToken);
    } catch (error) {
      if (error instanceof OidcFailure && error.kind === 'unreachable') throw new PlatformError({ kind: 'offline' });
      throw new PlatformError({ kind: 'refused', status: 502, code: 'PROVIDER_ANSWER', detail: error instanceof Error ? error.message : '' });
    }
    await this.cache.write((db) => saveTokens(db, tokens?.accessToken ?? null, tokens?.refreshToken ?? null));
    return tokens?.accessToken ?? null;
  }

  private async fetchOnce(method: string, path: string, options: RequestOptions, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    try {
      return await fetch(platformUrl(this.baseUrl, path), {
        method,
        headers,
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? AbortSignal.timeout(30_000),
        redirect: 'error',
      });
    } catch {
      throw new PlatformError({ kind: 'offline' });
    }
  }
}

async function failureOf(response: Response, now: number): Promise<PlatformError> {
  const text = await readBoundedText(response, 64 * 1024).catch(() => '');
  let problem: z.infer<typeof Problem> = {};
  try {
    problem = Problem.parse(JSON.parse(text));
  } catch {
    /* not problem+json */
  }
  const { status } = response;
  if (status === 403 && problem.code === 'DEVICE_REVOKED') return new PlatformError({ kind: 'revoked' });
  if (status === 429 || status >= 500) {
    return new PlatformError({ kind: 'retry', status, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now) });
  }
  return new PlatformError({ kind: 'refused', status, code: problem.code ?? `HTTP_${status}`, detail: problem.detail ?? problem.title ?? '' });
}

/** Signs in with e-mail and password (no session yet); returns the tokens and the expert. */
export async function signInToPlatform(baseUrl: string, email: string, password: string, deviceId: string) {
  let response: Response;
  try {
    response = await fetch(platformUrl(baseUrl, '/auth/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email, password, deviceId }),
      signal: AbortSignal.timeout(30_000),
      // Like every platform call: a redirect would send the password to another server.
      redirect: 'error',
    });
  } catch {
    throw new PlatformError({ kind: 'offline' });
  }
  if (!response.ok) throw await failureOf(response, Date.now());
  return PasswordSession.parse(await readBoundedJson(response, 64 * 1024));
}
