// The expert's platform session, kept in the encrypted cache: who is signed in, the tokens, and
// the OpenID provider that issued them (null: the platform's password flow).
import type { CacheDatabase } from '../cache/database';
import type { OidcSettings } from './oidc-client';

export interface ExpertSession {
  platformUrl: string;
  expertId: string;
  email: string;
  displayName: string;
  accessToken: string | null;
  refreshToken: string | null;
  provider: OidcSettings | null;
  idToken: string | null;
}

interface Row extends Omit<ExpertSession, 'provider'> {
  providerJson: string | null;
}

export function readSession(db: CacheDatabase): ExpertSession | null {
  const row = db
    .prepare<[], Row>(
      `SELECT platform_url AS platformUrl, expert_id AS expertId, email, display_name AS displayName,
              access_token AS accessToken, refresh_token AS refreshToken, provider_json AS providerJson, id_token AS idToken
       FROM expert_session WHERE id = 1`,
    )
    .get();
  if (!row) return null;
  const { providerJson, ...session } = row;
  return { ...session, provider: providerJson === null ? null : (JSON.parse(providerJson) as OidcSettings) };
}

export function saveSession(db: CacheDatabase, session: ExpertSession, now: Date): void {
  db.prepare(
    `INSERT INTO expert_session (id, platform_url, expert_id, email, display_name, access_token, refresh_token, provider_json, id_token, signed_in_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET platform_url = excluded.platform_url, expert_id = excluded.expert_id, email = excluded.email,
       display_name = excluded.display_name, access_token = excluded.access_token, refresh_token = excluded.refresh_token,
       provider_json = excluded.provider_json, id_token = excluded.id_token, signed_in_at = excluded.signed_in_at`,
  ).run(
    session.platformUrl,
    session.expertId,
    session.email,
    session.displayName,
    session.accessToken,
    session.refreshToken,
    session.provider === null ? null : JSON.stringify(session.provider),
    session.idToken,
    now.toISOString(),
  );
}

export function saveTokens(db: CacheDatabase, accessToken: string | null, refreshToken: string | null): void {
  db.prepare('UPDATE expert_session SET access_token = ?, refresh_token = ? WHERE id = 1').run(accessToken, refreshToken);
}
