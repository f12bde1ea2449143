// The reference platform: the expert API over HTTP (see docs/platform-api.md), its own SQLite
// database and files. Used for development, demos and tests; the real platform implements the
// same API.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { deviceRevoked, tokenOwner, type TokenOwner } from './auth';
import { openPlatformDb, type PlatformDb } from './db';
import { HttpProblem, Router, sendProblem } from './http';
import { noFaults, type PlatformOptions, type PlatformState } from './state';
import { LoginThrottle } from './login-throttle';
import { authRoutes } from './routes/auth-routes';
import { caseRoutes } from './routes/case-routes';
import { contentRoutes } from './routes/content-routes';
import { actionRoutes } from './routes/action-routes';
import { devRoutes } from './routes/dev-routes';
import { signingRoutes } from './routes/signing-routes';
import { practiceRoutes } from './routes/practice-routes';
import { SignatureTrust } from './signatures/signature-trust';
import { signInRoutes } from './routes/sign-in-routes';
import { createIdentityProvider, OIDC_MOUNT } from './identity/identity-provider';

export interface RunningPlatform {
  url: string;
  server: Server;
  db: PlatformDb;
  state: PlatformState;
  close(): Promise<void>;
}

export function createPlatform(options: PlatformOptions): { server: Server; state: PlatformState; router: Router } {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = openPlatformDb(options.dataDir);
  const state: PlatformState = { db, options, faults: noFaults(), logins: new LoginThrottle(), signatures: new SignatureTrust(db, options.signing) };
  const router = new Router();
  authRoutes(router, state);
  if (options.signIn === 'oidc') signInRoutes(router, state);
  caseRoutes(router, state);
  contentRoutes(router, state);
  actionRoutes(router, state);
  signingRoutes(router, state);
  practiceRoutes(router, state);
  if (options.devControls) devRoutes(router, state);
  const server = createServer((req, res) => {
    handle(router, state, req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpProblem) return sendProblem(res, error, req.url);
      process.stderr.write(`platform: ${error instanceof Error ? error.stack : String(error)}\n`);
      sendProblem(res, new HttpProblem(500, 'INTERNAL', 'The platform failed to answer.'));
    });
  });
  return { server, state, router };
}

async function handle(router: Router, state: PlatformState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://platform.invalid');
  const isDev = url.pathname.startsWith('/dev/');
  // The scenario controls answer only a caller on this computer that names it (a web page that
  // rebinds a name to 127.0.0.1, or posts from another site, is refused).
  if (isDev && !calledLocally(req)) throw new HttpProblem(403, 'FORBIDDEN', 'Dev controls answer only on this computer.');
  if (!isDev && state.faults.unreachable) return void req.socket.destroy();
  const { failNext } = state.faults;
  if (!isDev && failNext.count > 0) {
    failNext.count--;
    const headers: Record<string, string> = failNext.retryAfterSeconds === null ? {} : { 'Retry-After': String(failNext.retryAfterSeconds) };
    // Drain the request body so the client sees the answer, not a reset connection.
    for await (const _ of req) void _;
    throw new HttpProblem(failNext.status, 'INJECTED_FAULT', 'Injected by a dev control.', undefined, headers);
  }
  if (state.identity && (url.pathname === OIDC_MOUNT || url.pathname.startsWith(`${OIDC_MOUNT}/`))) return state.identity.handle(req, res);
  let expertId: string | null = null;
  let deviceId: string | null = null;
  if (url.pathname.startsWith('/api/')) {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const owner = bearer ? await bearerOwner(state, bearer) : null;
    if (owner?.revoked) throw new HttpProblem(403, 'DEVICE_REVOKED', 'This workstation was revoked; its local data must be erased.');
    expertId = owner?.expertId ?? null;
    deviceId = owner?.deviceId ?? null;
    if (!expertId) {
      throw new HttpProblem(401, 'UNAUTHORIZED', 'Sign in again: the access token is missing or has expired.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
  }
  const match = router.match(req.method ?? 'GET', url.pathname);
  if (match === null) throw new HttpProblem(404, 'NOT_FOUND', 'No such resource.');
  if (match === 'method-not-allowed') throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'This method is not allowed here.');
  await match.handler({ req, res, params: match.params, url, expertId, deviceId });
}

/** Who a bearer token belongs to: with a provider, only its access tokens for the API count. */
async function bearerOwner(state: PlatformState, bearer: string): Promise<TokenOwner | null> {
  if (!state.identity) return tokenOwner(state.db, bearer, 'access');
  const holder = await state.identity.verifyAccessToken(bearer);
  if (!holder) return null;
  return { ...holder, revoked: holder.deviceId !== null && deviceRevoked(state.db, holder.deviceId) };
}

function calledLocally(req: IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

export async function startPlatform(options: PlatformOptions, port = 0, host = '127.0.0.1'): Promise<RunningPlatform> {
  const { server, state } = createPlatform(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  }).catch((error: unknown) => {
    state.db.close(); // the port is taken: the caller may try another
    throw error;
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  // The provider's issuer is this address: known once listening.
  if (options.signIn === 'oidc') state.identity = createIdentityProvider(state.db, url, options.accessTokenTtlSeconds);
  return {
    url,
    server,
    db: state.db,
    state,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      state.db.close();
    },
  };
}
