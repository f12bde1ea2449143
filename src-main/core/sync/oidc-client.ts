// OpenID Connect for the workstation, a public native client (RFC 8252) done with oauth4webapi:
// authorization code with PKCE (S256), `state` and `nonce`; the ID token checked (issuer, audience,
// expiry, nonce, signature); refresh tokens used once (the provider rotates them); revocation at
// sign-out (RFC 7009). What the platform's discovery document names: the issuer, our client id,
// the scopes. The provider's metadata is read once per run.
import * as oauth from 'oauth4webapi';
import type { BrowserSignInProblem } from '../../../contract';
import { isSecurePlatformUrl } from '../config';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

/** An authorization under way: what its answer is checked against. */
export interface PendingAuthorization {
  settings: OidcSettings;
  redirectUri: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcTokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
  /** From the ID token: who signed in. */
  account: { id: string; email: string; displayName: string };
}

/** Why a sign-in through the provider did not end signed in; each has its sentence. */
export type OidcFailureKind = Exclude<BrowserSignInProblem, 'other-expert'>;

export class OidcFailure extends Error {
  constructor(
    readonly kind: OidcFailureKind,
    detail = '',
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
  }
}

const TIMEOUT_MS = 15_000;
const servers = new Map<string, oauth.AuthorizationServer>();

/** Plain http only for a provider on this computer, like the platform itself. */
function requestOptions(issuer: string) {
  return { signal: AbortSignal.timeout(TIMEOUT_MS), [oauth.allowInsecureRequests]: new URL(issuer).protocol === 'http:' };
}

async function authorizationServer(settings: OidcSettings): Promise<oauth.AuthorizationServer> {
  const known = servers.get(settings.issuer);
  if (known) return known;
  if (!isSecurePlatformUrl(settings.issuer)) throw new OidcFailure('invalid-answer', 'the provider must use https');
  const issuer = new URL(settings.issuer);
  let response: Response;
  try {
    response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...requestOptions(settings.issuer) });
  } catch {
    throw new OidcFailure('unreachable');
  }
  try {
    const server = await oauth.processDiscoveryResponse(issuer, response);
    servers.set(settings.issuer, server);
    return server;
  } catch (error) {
    throw new OidcFailure('invalid-answer', error instanceof Error ? error.message : '');
  }
}

const client = (settings: OidcSettings): oauth.Client => ({ client_id: settings.clientId });

export interface AuthorizationExtras {
  /** This workstation, so that the tokens are bound to it (and a revoked one is refused). */
  deviceId: string;
  /** The expert's language, for the provider's page. */
  locale: 'fr' | 'en';
  /** The e-mail address of the expert who signed in here before, for the provider's form. */
  loginHint: string | null;
}

/** The address to send the expert's browser to, and what its answer will be checked against. */
export async function beginAuthorization(
  settings: OidcSettings,
  redirectUri: string,
  extras: AuthorizationExtras,
): Promise<{ authorizationUrl: string; pending: PendingAuthorization }> {
  const server = await authorizationServer(settings);
  if (!server.authorization_endpoint) throw new OidcFailure('invalid-answer', 'no authorization endpoint');
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const pending: PendingAuthorization = { settings, redirectUri, codeVerifier, state: oauth.generateRandomState(), nonce: oauth.generateRandomNonce() };
  const url = new URL(server.authorization_endpoint);
  const query = url.searchParams;
  query.set('client_id', settings.clientId);
  query.set('response_type', 'code');
  query.set('redirect_uri', redirectUri);
  query.set('scope', settings.scope);
  query.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  query.set('code_challenge_method', 'S256');
  query.set('state', pending.state);
  query.set('nonce', pending.nonce);
  // The person proves who they are at each sign-in here (a session the browser kept is not enough).
  query.set('prompt', 'login');
  query.set('ui_locales', extras.locale);
  query.set('device_id', extras.deviceId);
  if (extras.loginHint) query.set('login_hint', extras.loginHint);
  return { authorizationUrl: url.href, pending };
}

/** The provider's answer at the redirect address, exchanged for tokens (the code, with the PKCE verifier). */
export async function completeAuthorization(pending: PendingAuthorization, callback: URL): Promise<OidcTokens> {
  const server = await authorizationServer(pending.settings);
  let parameters: URLSearchParams;
  try {
    parameters = oauth.validateAuthResponse(server, client(pending.settings), callback, pending.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) throw new OidcFailure('denied', error.error);
    throw new OidcFailure('state-mismatch', error instanceof Error ? error.message : '');
  }
  let response: Response;
  try {
    response = await oauth.authorizationCodeGrantRequest(
      server,
      client(pending.settings),
      oauth.None(),
      parameters,
      pending.redirectUri,
      pending.codeVerifier,
      requestOptions(pending.settings.issuer),
    );
  } catch {
    throw new OidcFailure('unreachable');
  }
  let result: oauth.TokenEndpointResponse;
  try {
    result = await oauth.processAuthorizationCodeResponse(server, client(pending.settings), response, { expectedNonce: pending.nonce, requireIdToken: true });
  } catch (error) {
    throw new OidcFailure('invalid-answer', error instanceof Error ? error.message : '');
  }
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (!claims || !result.refresh_token || !result.id_token) throw new OidcFailure('invalid-answer', 'no ID token or refresh token');
  const email = typeof claims.email === 'string' ? claims.email : '';
  const name = typeof claims.name === 'string' ? claims.name : email;
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token,
    idToken: result.id_token,
    account: { id: claims.sub, email, displayName: name },
  };
}

/** New tokens for a refresh token (spent by this call: the provider rotates it); null once it no longer counts. */
export async function refreshTokens(settings: OidcSettings, refreshToken: string): Promise<{ accessToken: string; refreshToken: string } | null> {
  const server = await authorizationServer(settings);
  let response: Response;
  try {
    response = await oauth.refreshTokenGrantRequest(server, client(settings), oauth.None(), refreshToken, requestOptions(settings.issuer));
  } catch {
    throw new OidcFailure('unreachable');
  }
  try {
    const result = await oauth.processRefreshTokenResponse(server, client(settings), response);
    return { accessToken: result.access_token, refreshToken: result.refresh_token ?? refreshToken };
  } catch (error) {
    // invalid_grant: expired, revoked or already used. The expert signs in again.
    if (error instanceof oauth.ResponseBodyError && error.error === 'invalid_grant') return null;
    if (error instanceof oauth.ResponseBodyError && response.status < 500) return null;
    throw new OidcFailure(response.status >= 500 ? 'unreachable' : 'invalid-answer', error instanceof Error ? error.message : '');
  }
}

/** Revokes the refresh token (and with it the grant's tokens) at sign-out. */
export async function revokeToken(settings: OidcSettings, refreshToken: string): Promise<void> {
  const server = await authorizationServer(settings);
  if (!server.revocation_endpoint) return;
  const response = await oauth.revocationRequest(server, client(settings), oauth.None(), refreshToken, {
    ...requestOptions(settings.issuer),
    additionalParameters: { token_type_hint: 'refresh_token' },
  });
  await oauth.processRevocationResponse(response);
}

/**
 * The provider's page that ends its own session in the browser (RP-initiated logout), if it has
 * one; `returnTo`: where it sends the browser after (a registered loopback address), or nowhere.
 */
export async function endSessionUrl(settings: OidcSettings, idToken: string | null, returnTo: string | null): Promise<string | null> {
  const server = await authorizationServer(settings).catch(() => null);
  if (!server?.end_session_endpoint) return null;
  const url = new URL(server.end_session_endpoint);
  url.searchParams.set('client_id', settings.clientId);
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  if (returnTo) url.searchParams.set('post_logout_redirect_uri', returnTo);
  return url.href;
}

/** Forgets what was learnt of providers (tests start several). */
export function forgetProviders(): void {
  servers.clear();
}
