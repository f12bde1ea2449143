// GET /.well-known/smo-platform (what this server is, before any sign-in); POST /auth/login,
// /auth/refresh, /auth/logout.
import { PasswordLogin, RefreshRequest } from '../../shared/platform-api/auth';
import { issueTokens, registerDevice, revokeToken, tokenOwner, verifyPassword } from '../auth';
import { HttpProblem, readJson, sendJson, type Router } from '../http';
import type { PlatformState } from '../state';
import { API_SCOPE, WORKSTATION_CLIENT_ID } from '../identity/identity-provider';

/** How the discovery document names the expert API; a workstation checks it. */
export const PLATFORM_SERVICE = 'smo-expert-api';

export function authRoutes(router: Router, state: PlatformState): void {
  const { db } = state;
  // A workstation given an address checks that it is a second-opinion platform before asking the
  // expert for a password. Nothing about experts or cases.
  router.on('GET', '/.well-known/smo-platform', ({ res }) => {
    sendJson(res, 200, {
      service: PLATFORM_SERVICE,
      apiVersion: 1,
      name: state.options.devControls ? 'SMO reference platform (demo data)' : 'SMO reference platform',
      // Only on a demonstration platform: the account a workstation started with it pre-fills.
      ...(state.options.demoAccount ? { demoAccount: state.options.demoAccount } : {}),
      // Only on a demonstration platform that is its experts' certification authority.
      ...(state.signatures.authority ? { issuesSigningCertificates: true } : {}),
      // How experts sign in: through the platform's OpenID provider, or with a password here.
      signIn: state.identity
        ? { method: 'oidc', issuer: state.identity.issuer, clientId: WORKSTATION_CLIENT_ID, scope: `openid email profile ${API_SCOPE}` }
        : { method: 'password' },
    });
  });
  // With a provider, the password never comes here: /auth/* is the password flow's.
  if (state.options.signIn === 'oidc') return;

  router.on('POST', '/auth/login', async ({ req, res }) => {
    const parsed = PasswordLogin.safeParse((await readJson(req)).value);
    if (!parsed.success) throw new HttpProblem(400, 'INVALID_REQUEST', 'An e-mail address and a password are required.');
    // Throttled per account and per address, before the password is even checked.
    const keys = [`account:${parsed.data.email.toLowerCase()}`, `address:${req.socket.remoteAddress ?? 'unknown'}`];
    const wait = state.logins.waitSeconds(keys);
    if (wait > 0) {
      throw new HttpProblem(429, 'TOO_MANY_ATTEMPTS', 'Too many sign-in attempts. Try again later.', undefined, { 'Retry-After': String(wait) });
    }
    const expert = db
      .prepare<[string], { id: string; email: string; display_name: string; specialty: string; password_salt: string; password_hash: string }>(
        'SELECT id, email, display_name, specialty, password_salt, password_hash FROM experts WHERE email = ?',
      )
      .get(parsed.data.email.toLowerCase());
    if (!expert || !verifyPassword(parsed.data.password, expert.password_salt, expert.password_hash)) {
      state.logins.failed(keys);
      throw new HttpProblem(401, 'INVALID_CREDENTIALS', 'The e-mail address or the password is not correct.');
    }
    // The account's count only: a valid sign-in must not clear an address that guesses others.
    state.logins.succeeded(keys.slice(0, 1));
    const deviceId = parsed.data.deviceId ?? null;
    if (deviceId && !registerDevice(db, deviceId, expert.id)) {
      throw new HttpProblem(403, 'DEVICE_REVOKED', 'This workstation was revoked; its local data must be erased.');
    }
    const tokens = issueTokens(db, expert.id, state.options.accessTokenTtlSeconds, deviceId);
    sendJson(res, 200, { ...tokens, expert: { id: expert.id, email: expert.email, displayName: expert.display_name, specialty: expert.specialty } });
  });

  router.on('POST', '/auth/refresh', async ({ req, res }) => {
    const parsed = RefreshRequest.safeParse((await readJson(req)).value);
    if (!parsed.success) throw new HttpProblem(400, 'INVALID_REQUEST', 'A refresh token is required.');
    const owner = tokenOwner(db, parsed.data.refreshToken, 'refresh');
    if (owner?.revoked) throw new HttpProblem(403, 'DEVICE_REVOKED', 'This workstation was revoked; its local data must be erased.');
    if (!owner) throw new HttpProblem(401, 'SESSION_EXPIRED', 'The session has ended. Sign in again.');
    revokeToken(db, parsed.data.refreshToken); // refresh tokens are single-use (rotation)
    sendJson(res, 200, issueTokens(db, owner.expertId, state.options.accessTokenTtlSeconds, owner.deviceId));
  });

  router.on('POST', '/auth/logout', async ({ req, res }) => {
    const parsed = RefreshRequest.safeParse((await readJson(req)).value);
    if (parsed.success) revokeToken(db, parsed.data.refreshToken);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) revokeToken(db, bearer);
    res.writeHead(204).end();
  });
}
