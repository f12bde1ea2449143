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

export function issueTokens(db: PlatformDb, expertId: string, accessTtlSeconds: number, deviceId: string | null, now = Date.now()): TokenPair {
  const accessToken = randomBytes(32).toString('base64url');
  const refreshToken = randomBytes(32).toString('base64url');
  const insert = db.prepare('INSERT INTO tokens (token_hash, expert_id, kind, expires_at, device_id) VALUES (?, ?, ?, ?, ?)');
  insert.run(sha(accessToken), expertId, 'access', now + accessTtlSeconds * 1000, deviceId);
  insert.run(sha(refreshToken), expertId, 'refresh', now + 30 * 24 * 3600 * 1000, deviceId);
  return { accessToken, refreshToken, expiresIn: accessTtlSeconds };
}

export interface TokenOwner {
  expertId: string;
  deviceId: string | null;
  /** The device was revoked: the workstation must erase its local data. */
  revoked: boolean;
}

/** Who a token belongs to, or null if unknown or expired. */
export function tokenOwner(db: PlatformDb, token: string, kind: 'access' | 'refresh', now = Date.now()): TokenOwner | null {
  const row = db
    .prepare<[string, string], { expert_id: string; expires_at: number; device_id: string | null; revoked_at: string | null }>(
      `SELECT t.expert_id, t.expires_at, t.device_id, d.revoked_at FROM tokens t LEFT JOIN devices d ON d.id = t.device_id
       WHERE t.token_hash = ? AND t.kind = ?`,
    )
    .get(sha(token), kind);
  if (!row || row.expires_at <= now) return null;
  return { expertId: row.expert_id, deviceId: row.device_id, revoked: row.revoked_at !== null };
}

/** Records a sign-in from a device; false if that device was revoked. */
export function registerDevice(db: PlatformDb, deviceId: string, expertId: string, now = new Date()): boolean {
  const row = db.prepare<[string], { revoked_at: string | null }>('SELECT revoked_at FROM devices WHERE id = ?').get(deviceId);
  if (row?.revoked_at) return false;
  db.prepare(
    `INSERT INTO devices (id, expert_id, first_seen, last_seen) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen`,
  ).run(deviceId, expertId, now.toISOString(), now.toISOString());
  return true;
}

export function deviceRevoked(db: PlatformDb, deviceId: string): boolean {
  return db.prepare<[string], string | null>('SELECT revoked_at FROM devices WHERE id = ?').pluck().get(deviceId) != null;
}

export function revokeToken(db: PlatformDb, token: string): void {
  db.prepare('DELETE FROM tokens WHERE token_hash = ?').run(sha(token));
}

/** Makes every access token of the expert expire now (the dev control behind "token expires mid-sync"). */
export function expireAccessTokens(db: PlatformDb, expertId: string): void {
  db.prepare(`UPDATE tokens SET expires_at = 0 WHERE expert_id = ? AND kind = 'access'`).run(expertId);
}
