// Signing in, and what each API call pays to be authenticated, on the reference platform in both
// modes: the password flow (POST /auth/login, opaque tokens looked up in its database) against its
// OpenID provider (the browser's trip through the provider's page, the code exchange with PKCE and
// the ID token checks of oauth4webapi, JWT access tokens checked by signature and audience).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './run';
import { median, percentile, timeEach } from './stats';
import { startPlatform, type RunningPlatform } from '../platform/server';
import { DEMO_EXPERT, ensureExpert } from '../platform/demo/seed';
import { ProviderBrowser } from '../tests/support/provider-browser';
import { beginAuthorization, completeAuthorization, refreshTokens, type OidcSettings } from '../src-main/core/sync/oidc-client';

const REDIRECT = 'http://127.0.0.1:9/callback';

async function platformIn(dir: string, signIn: 'password' | 'oidc'): Promise<RunningPlatform> {
  const platform = await startPlatform({ dataDir: join(dir, signIn), devControls: false, accessTokenTtlSeconds: 900, signIn });
  ensureExpert(platform.db, DEMO_EXPERT);
  return platform;
}

const account = { email: DEMO_EXPERT.email, password: DEMO_EXPERT.password };

export const benchmark: Benchmark = {
  description: 'Sign-in and per-call authentication: password flow against the OpenID provider (PKCE, ID token, JWT access tokens)',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'smo-bench-sign-in-'));
    const password = await platformIn(dir, 'password');
    const oidc = await platformIn(dir, 'oidc');
    try {
      const login = async () => {
        const response = await fetch(`${password.url}/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(account),
        });
        return (await response.json()) as { accessToken: string; refreshToken: string };
      };
      const settings: OidcSettings = { issuer: `${oidc.url}/oidc`, clientId: 'smo-workstation', scope: 'openid email profile expert-api' };
      const providerSignIn = async () => {
        const { authorizationUrl, pending } = await beginAuthorization(settings, REDIRECT, { deviceId: crypto.randomUUID(), locale: 'fr', loginHint: null });
        const callback = await new ProviderBrowser().signIn(authorizationUrl, account);
        return completeAuthorization(pending, new URL(callback));
      };
      await login();
      await providerSignIn(); // discovery and the provider's first answers, once
      const passwordSignIn = await timeEach(10, login);
      const oidcSignIn = await timeEach(10, providerSignIn);

      const opaque = await login();
      const jwt = await providerSignIn();
      const call = (url: string, token: string) => () =>
        fetch(`${url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer());
      await timeEach(20, call(password.url, opaque.accessToken));
      await timeEach(20, call(oidc.url, jwt.accessToken));
      const opaqueCalls = await timeEach(200, call(password.url, opaque.accessToken));
      const jwtCalls = await timeEach(200, call(oidc.url, jwt.accessToken));

      let refreshToken = jwt.refreshToken;
      const oidcRefresh = await timeEach(10, async () => {
        refreshToken = (await refreshTokens(settings, refreshToken))?.refreshToken ?? refreshToken;
      });
      return {
        passwordSignInMs: median(passwordSignIn),
        oidcSignInMs: median(oidcSignIn),
        oidcSignInRatio: median(oidcSignIn) / median(passwordSignIn),
        oidcRefreshMs: median(oidcRefresh),
        opaqueCallP50Ms: median(opaqueCalls),
        jwtCallP50Ms: median(jwtCalls),
        jwtCallP95Ms: percentile(jwtCalls, 95),
        jwtCallRatio: median(jwtCalls) / median(opaqueCalls),
      };
    } finally {
      await password.close();
      await oidc.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
