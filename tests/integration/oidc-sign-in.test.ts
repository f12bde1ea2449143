// Signing in through the reference platform's OpenID provider (oidc-provider), with core's calls
// and a cookie-keeping browser on the provider's real pages: authorization code with PKCE, the ID
// token, the loopback redirect of the desktop app, refresh with rotation, revocation at sign-out,
// an expired session, a wrong state, a token for another audience, a provider out of reach.
import { afterEach, describe, expect, it } from 'vitest';
import { SignJWT, importJWK } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, startTestPlatform, type TestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { ProviderBrowser } from '../support/provider-browser';
import type { CaseSummary, SessionStatus, SyncStatus } from '../../contract';
import { readSession } from '../../src-main/core/sync/session-store';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const PREVIEW_CALLBACK = 'http://127.0.0.1:5999/callback';

async function setup() {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const platform = await startTestPlatform(`${dir.path}/platform`, { signIn: 'oidc' });
  cleanups.push(() => platform.close());
  const core = await startTestCore(`${dir.path}/workstation`, platform.url);
  cleanups.push(() => core.close());
  return { platform, core };
}

type Core = Awaited<ReturnType<typeof setup>>['core'];

async function signIn(core: Core, browser = new ProviderBrowser()) {
  const { authorizationUrl } = (await core.call('session.beginSignIn', { redirectUri: PREVIEW_CALLBACK })) as { authorizationUrl: string };
  const callback = await browser.signIn(authorizationUrl, EXPERT);
  const status = (await core.call('session.completeSignIn', { callbackUrl: callback })) as SessionStatus;
  return { authorizationUrl, callback, status, browser };
}

const session = (core: Core) => readSession(core.ctx.cache.database());

/** The provider's token endpoint, called as a client would (to see what a spent or revoked token gets). */
async function tokenRequest(platform: TestPlatform, refreshToken: string) {
  const response = await fetch(`${platform.url}/oidc/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'smo-workstation' }).toString(),
  });
  return { status: response.status, body: (await response.json()) as { error?: string; refresh_token?: string } };
}

describe('sign-in through the platform’s OpenID provider', () => {
  it('the discovery document names the provider; code with PKCE S256, state and nonce; the provider’s page in French with the demo account; then the cases', async () => {
    const { platform, core } = await setup();
    const discovery = (await (await fetch(`${platform.url}/.well-known/smo-platform`)).json()) as { signIn: { method: string; issuer: string } };
    expect(discovery.signIn).toMatchObject({ method: 'oidc', issuer: `${platform.url}/oidc` });
    await expect.poll(async () => ((await core.call('session.status')) as SessionStatus).signInMethod).toBe('oidc');

    const { authorizationUrl, callback, status, browser } = await signIn(core);
    const query = new URL(authorizationUrl).searchParams;
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(query.get('state')).toBeTruthy();
    expect(query.get('nonce')).toBeTruthy();
    expect(query.get('redirect_uri')).toBe(PREVIEW_CALLBACK);
    expect(query.get('password')).toBeNull();
    // The provider's own page, in the workstation's language, with the demo account filled in.
    const page = browser.pages[0]?.html ?? '';
    expect(page).toContain('Connexion à la plateforme');
    expect(page).toContain(`value="${EXPERT.email}"`);
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();
    expect(new URL(callback).searchParams.get('iss')).toBe(`${platform.url}/oidc`);

    expect(status).toMatchObject({ signedIn: true, expert: { email: EXPERT.email, displayName: EXPERT.displayName }, browserSignIn: null });
    const sync = (await core.call('sync.now')) as SyncStatus;
    expect(sync.lastError).toBeNull();
    expect(((await core.call('cases.list', {})) as CaseSummary[]).length).toBeGreaterThan(0);
    // The session keeps the provider, the tokens and the ID token, in the encrypted cache only.
    expect(session(core)).toMatchObject({ provider: { issuer: `${platform.url}/oidc`, clientId: 'smo-workstation' } });
    expect(session(core)?.idToken?.split('.')).toHaveLength(3);
  });

  it('the API accepts only the provider’s access tokens for it: another audience, another key or no token are refused', async () => {
    const { platform, core } = await setup();
    await signIn(core);
    const accessToken = session(core)?.accessToken ?? '';
    const call = (token: string) => fetch(`${platform.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await call(accessToken)).toBe(200);
    // Signed with the provider's own key, but for another audience.
    const jwk = JSON.parse(platform.db.prepare<[], string>(`SELECT value FROM identity_keys WHERE name = 'signing'`).pluck().get() ?? '{}') as Record<
      string,
      string
    >;
    const key = await importJWK(jwk, 'ES256');
    const [, payload] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const forged = (aud: string) => new SignJWT({ ...claims, aud }).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: jwk.kid ?? '' }).sign(key);
    expect(await call(await forged('https://another-api.example'))).toBe(401);
    expect(await call(await forged(String(claims.aud)))).toBe(200); // the same claims pass: the audience alone was refused
    // The ID token is not an access token.
    expect(await call(session(core)?.idToken ?? '')).toBe(401);
    expect(await call('opaque-password-flow-token')).toBe(401);
  });

  it('refresh tokens rotate: an expired access token is renewed, the spent refresh token no longer counts', async () => {
    const { platform, core } = await setup();
    await signIn(core);
    const first = session(core);
    await platform.dev('/dev/experts/expire-tokens');
    const sync = (await core.call('sync.now')) as SyncStatus;
    expect(sync.lastError).toBeNull();
    const second = session(core);
    expect(second?.accessToken).not.toBe(first?.accessToken);
    expect(second?.refreshToken).not.toBe(first?.refreshToken);
    expect((await tokenRequest(platform, first?.refreshToken ?? '')).body.error).toBe('invalid_grant');
  });

  it('an expired session asks to sign in again and keeps the local work', async () => {
    const { platform, core } = await setup();
    await signIn(core);
    await core.call('sync.now');
    const before = ((await core.call('cases.list', {})) as CaseSummary[]).length;
    await platform.dev('/dev/experts/expire-tokens', { refresh: true });
    const sync = (await core.call('sync.now')) as SyncStatus;
    expect(sync.needsSignIn).toBe(true);
    expect(((await core.call('session.status')) as SessionStatus).signedIn).toBe(false);
    expect(((await core.call('cases.list', {})) as CaseSummary[]).length).toBe(before);
    // Signing in again through the provider goes on with the same cases.
    expect((await signIn(core)).status.signedIn).toBe(true);
    expect(((await core.call('sync.now')) as SyncStatus).lastError).toBeNull();
  });

  it('a session from a provider the platform no longer names asks to sign in again, not “offline”', async () => {
    const { core } = await setup();
    await signIn(core);
    // As if the platform had moved its provider since (another issuer in its discovery document).
    const stored = session(core);
    await core.ctx.cache.write((db) =>
      db.prepare('UPDATE expert_session SET provider_json = ?').run(JSON.stringify({ ...stored?.provider, issuer: 'http://127.0.0.1:9/oidc' })),
    );
    const sync = (await core.call('sync.now')) as SyncStatus;
    expect(sync).toMatchObject({ needsSignIn: true, connectivity: 'online' });
    expect((await signIn(core)).status.signedIn).toBe(true);
    expect(((await core.call('sync.now')) as SyncStatus).lastError).toBeNull();
  });

  it('signing out revokes the refresh token on the provider, and its sign-out page ends the browser’s session there', async () => {
    const { platform, core } = await setup();
    const { browser } = await signIn(core);
    const refreshToken = session(core)?.refreshToken ?? '';
    const identity = async () => (await (await fetch(`${platform.url}/dev/identity`)).json()) as { refreshTokens: number; sessions: number };
    expect(await identity()).toEqual({ refreshTokens: 1, sessions: 1 });
    const returnTo = 'http://127.0.0.1:5999/';
    const { endSessionUrl } = (await core.call('session.signOut', { confirm: true, returnTo })) as { endSessionUrl: string };
    expect((await tokenRequest(platform, refreshToken)).body.error).toBe('invalid_grant');
    expect(new URL(endSessionUrl).searchParams.get('id_token_hint')).toMatch(/^ey/);
    // The provider's page asks, in the browser that signed in; confirmed, it ends the session and comes back.
    const page = await browser.go(endSessionUrl, returnTo);
    if ('stoppedAt' in page) throw new Error('The provider did not ask');
    expect(page.html).toContain('Se déconnecter de la plateforme sur ce navigateur ?');
    const action = /<form[^>]*action="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const done = await browser.go(new URL(action, page.url).href, returnTo, { method: 'POST', form: new URLSearchParams({ xsrf, logout: 'yes' }) });
    expect(done).toEqual({ stoppedAt: returnTo });
    expect(await identity()).toEqual({ refreshTokens: 0, sessions: 0 });
  });

  it('an answer with another state is refused, and says so', async () => {
    const { core } = await setup();
    const { authorizationUrl } = (await core.call('session.beginSignIn', { redirectUri: PREVIEW_CALLBACK })) as { authorizationUrl: string };
    const callback = new URL(await new ProviderBrowser().signIn(authorizationUrl, EXPERT));
    callback.searchParams.set('state', 'not-the-one-sent');
    const status = (await core.call('session.completeSignIn', { callbackUrl: callback.href })) as SessionStatus;
    expect(status.signedIn).toBe(false);
    expect(status.browserSignIn).toEqual({ state: 'failed', problem: 'state-mismatch' });
    // The code was not spent on a wrong answer, but this sign-in is over: a new one starts clean.
    expect((await signIn(core)).status.signedIn).toBe(true);
  });

  it('a wrong password stays on the provider’s page with its sentence; nothing reaches the workstation', async () => {
    const { core } = await setup();
    const { authorizationUrl } = (await core.call('session.beginSignIn', { redirectUri: PREVIEW_CALLBACK })) as { authorizationUrl: string };
    const browser = new ProviderBrowser();
    await expect(browser.signIn(authorizationUrl, { email: EXPERT.email, password: 'wrong' })).rejects.toThrow(/answered 401/);
    expect(browser.pages.at(-1)?.html).toContain('L’adresse e-mail ou le mot de passe n’est pas correct.');
    // The demo password is not filled in again over the one that was wrong.
    expect(browser.pages.at(-1)?.html).toContain('name="password" type="password" autocomplete="current-password" required value=""');
    expect((await core.call('session.status')) as SessionStatus).toMatchObject({ signedIn: false, browserSignIn: { state: 'waiting' } });
  });

  it('in the desktop app the browser comes back to a loopback listener of the workstation, on a port of its own', async () => {
    const { core } = await setup();
    const { authorizationUrl } = (await core.call('session.beginSignIn', {})) as { authorizationUrl: string };
    const redirect = new URL(new URL(authorizationUrl).searchParams.get('redirect_uri') ?? '');
    expect(redirect.hostname).toBe('127.0.0.1');
    expect(redirect.pathname).toBe('/callback');
    const browser = new ProviderBrowser();
    const callback = await browser.signIn(authorizationUrl, EXPERT);
    const page = await fetch(callback).then((r) => r.text());
    expect(page).toContain('Connexion réussie');
    expect(((await core.call('session.status')) as SessionStatus).signedIn).toBe(true);
    // One answer only: the listener is closed.
    await expect(fetch(callback)).rejects.toThrow();
  });

  it('a platform whose provider is out of reach says so', async () => {
    const { core } = await setupWithDeadProvider();
    await expect(core.call('session.beginSignIn', { redirectUri: PREVIEW_CALLBACK })).rejects.toThrow(/sign-in service cannot be reached/);
  });
});

/** A platform whose discovery document names a provider nobody answers for. */
async function setupWithDeadProvider() {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const server = createServer((req, res) => {
    if (req.url !== '/.well-known/smo-platform') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        service: 'smo-expert-api',
        apiVersion: 1,
        name: 'P',
        signIn: { method: 'oidc', issuer: 'http://127.0.0.1:9/oidc', clientId: 'x', scope: 'openid' },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const core = await startTestCore(`${dir.path}/workstation`, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  cleanups.push(() => core.close());
  return { core };
}
