// The reference platform's OpenID provider: oidc-provider (a certified implementation), with the
// platform's experts as accounts and one registered public client, the workstation (authorization
// code with PKCE S256, loopback redirect on any port as RFC 8252 §7.3 allows, refresh tokens that
// rotate at each use). Its access tokens are JWTs for one audience, the expert API, which accepts
// nothing else. Everything it keeps lives in the platform's database (identity-store.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { errors, type Configuration, type InteractionResults } from 'oidc-provider';
import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { PlatformDb } from '../db';
import { ensureIdentityTables, grantDevice, identityKeys, recordGrantDevice, sqliteAdapter } from './identity-store';
import { errorPage, messagePage, pageLanguage, signOutPage } from './sign-in-page';

/** The workstation, as the provider knows it. */
export const WORKSTATION_CLIENT_ID = 'smo-workstation';
/** The one scope of the expert API. */
export const API_SCOPE = 'expert-api';
/** The loopback redirect the workstation registers; the provider accepts it on any port. */
export const WORKSTATION_REDIRECT_URI = 'http://127.0.0.1/callback';
const REFRESH_TOKEN_DAYS = 30;

export interface TokenHolder {
  expertId: string;
  deviceId: string | null;
}

export interface IdentityProvider {
  issuer: string;
  /** The expert API's identifier: the audience of every access token it accepts. */
  audience: string;
  provider: Provider;
  /** Serves the provider's endpoints (everything under /oidc). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The expert a bearer token was issued to, if it is one of this provider's access tokens for the API, valid now. */
  verifyAccessToken(token: string): Promise<TokenHolder | null>;
  /**
   * The workstation is the platform's own client: signing in is consenting. The consent step's
   * result: a grant of the identity scopes and the API, bound to the workstation (device id) that
   * asked, which its access tokens then carry. Null for another client (none is registered).
   */
  consent(interaction: { params: Record<string, unknown>; session?: { accountId?: string } | undefined }): Promise<InteractionResults | null>;
  /** Access tokens issued until now are refused from now on (the dev control behind "the token expires mid-sync"). */
  expireAccessTokens(expertId: string): void;
}

export const OIDC_MOUNT = '/oidc';

export function createIdentityProvider(db: PlatformDb, baseUrl: string, accessTokenTtlSeconds: number): IdentityProvider {
  ensureIdentityTables(db);
  const keys = identityKeys(db);
  const issuer = `${baseUrl}${OIDC_MOUNT}`;
  const audience = `${baseUrl}/api/v1`;

  const configuration: Configuration = {
    adapter: sqliteAdapter(db),
    clients: [
      {
        client_id: WORKSTATION_CLIENT_ID,
        client_name: 'SMO Expert Workstation',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        id_token_signed_response_alg: 'ES256',
        redirect_uris: [WORKSTATION_REDIRECT_URI],
        // The preview's own address (any port, like the redirect): the browser comes back to the app.
        post_logout_redirect_uris: ['http://127.0.0.1/'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [keys.signingKey] },
    cookies: { keys: keys.cookieKeys },
    scopes: ['openid', 'email', 'profile', API_SCOPE],
    claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
    // The workstation reads who signed in from the ID token (its access token is for the API only).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const expert = db
        .prepare<[string], { id: string; email: string; display_name: string }>('SELECT id, email, display_name FROM experts WHERE id = ?')
        .get(id);
      if (!expert) return undefined;
      return { accountId: expert.id, claims: () => ({ sub: expert.id, email: expert.email, name: expert.display_name }) };
    },
    interactions: { url: (_ctx, interaction) => `/signin/${interaction.uid}` },
    // The provider's own error page, in the page's language, naming the OAuth error for support.
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(pageLanguage(null, undefined, ctx.get('accept-language')), String(out.error));
    },
    extraParams: ['device_id'],
    extraTokenClaims: (_ctx, token) => {
      const device = 'grantId' in token && token.grantId ? grantDevice(db, token.grantId) : null;
      return device ? { device_id: device } : undefined;
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    // The refresh token outlives the provider's browser session: the workstation syncs for weeks.
    expiresWithSession: () => false,
    ttl: {
      AccessToken: accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 14 * 24 * 3600,
      Grant: REFRESH_TOKEN_DAYS * 24 * 3600,
      RefreshToken: REFRESH_TOKEN_DAYS * 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = signOutPage(pageLanguage(null, undefined, ctx.get('accept-language')), form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = messagePage(pageLanguage(null, undefined, ctx.get('accept-language')), 'signedOut');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== audience) throw new errors.InvalidTarget();
          return { scope: API_SCOPE, audience, accessTokenFormat: 'jwt', accessTokenTTL: accessTokenTtlSeconds, jwt: { sign: { alg: 'ES256' } } };
        },
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  const publicKey = { ...keys.signingKey };
  delete publicKey.d;
  const jwks = createLocalJWKSet({ keys: [publicKey] });
  /** Per expert: access tokens issued at or before this second are refused. */
  const notAfter = new Map<string, number>();

  return {
    issuer,
    audience,
    provider,
    handle(req, res) {
      // Mounted under /oidc: the provider sees its own paths and learns the mount from originalUrl.
      const original = req.url ?? '/';
      Object.assign(req, { originalUrl: original });
      req.url = original.slice(OIDC_MOUNT.length) || '/';
      void callback(req, res);
    },
    async verifyAccessToken(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, { issuer, audience, algorithms: ['ES256'], typ: 'at+jwt' }));
      } catch {
        return null;
      }
      if (typeof payload.sub !== 'string') return null;
      const cutoff = notAfter.get(payload.sub);
      if (cutoff !== undefined && (payload.iat ?? 0) <= cutoff) return null;
      return { expertId: payload.sub, deviceId: typeof payload.device_id === 'string' ? payload.device_id : null };
    },
    async consent(interaction) {
      const accountId = interaction.session?.accountId;
      if (interaction.params.client_id !== WORKSTATION_CLIENT_ID || !accountId) return null;
      const grant = new provider.Grant({ clientId: WORKSTATION_CLIENT_ID, accountId });
      grant.addOIDCScope(`openid email profile ${API_SCOPE}`);
      grant.addResourceScope(audience, API_SCOPE);
      const grantId = await grant.save();
      const device = interaction.params.device_id;
      if (typeof device === 'string' && device) recordGrantDevice(db, grantId, device);
      return { consent: { grantId } };
    },
    expireAccessTokens(expertId) {
      notAfter.set(expertId, Math.floor(Date.now() / 1000));
    },
  };
}
