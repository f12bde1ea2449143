// Expert sign-in: scrypt password hashes, opaque bearer tokens stored hashed, access tokens that
// expire (and a refresh token to get new ones).
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { PlatformDb } from './db';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export function hashPassword(password: string, salt = randomBytes(16).toString('hex')) {
  return { salt, hash: scryptSync(password, salt, 32, { N: 2 ** 14 }).toString('hex') };
}

export function verifyPassword(password: string, salt: string, hash: string): boolean {
  const candidate = scryptSync(password, salt, 32, { N: 2 ** 14 });
  return timingSafeEqual(candidate, Buffer.from(hash, 'hex'));
}

const sha = (token: string) => createHash('sha256').update(token).digest('hex');

export function issueTokens(db: PlatformDb, expertId: string, accessTtlSeconds: number, now = Date.now()): TokenPair {
  const accessToken = randomBytes(32).toString('base64url');
  const refreshToken = randomBytes(32).toString('base64url');
  const insert = db.prepare('INSERT INTO tokens (token_hash, expert_id, kind, expires_at) VALUES (?, ?, ?, ?)');
  insert.run(sha(accessToken), expertId, 'access', now + accessTtlSeconds * 1000);
  insert.run(sha(refreshToken), expertId, 'refresh', now + 30 * 24 * 3600 * 1000);
  return { accessToken, refreshToken, expiresIn: accessTtlSeconds };
}

/** The expert a token belongs to, or null if unknown or expired. */
export function tokenOwner(db: PlatformDb, token: string, kind: 'access' | 'refresh', now = Date.now()): string | null {
  const row = db.prepare('SELECT expert_id, expires_at FROM tokens WHERE token_hash = ? AND kind = ?').get(sha(token), kind) as
    | { expert_id: string; expires_at: number }
    | undefined;
  return row && row.expires_at > now ? row.expert_id : null;
}

export function revokeToken(db: PlatformDb, token: string): void {
  db.prepare('DELETE FROM tokens WHERE token_hash = ?').run(sha(token));
}

/** Makes every access token of the expert expire now (the dev control behind "token expires mid-sync"). */
export function expireAccessTokens(db: PlatformDb, expertId: string): void {
  db.prepare(`UPDATE tokens SET expires_at = 0 WHERE expert_id = ? AND kind = 'access'`).run(expertId);
}
