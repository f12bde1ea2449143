// What the platform's OpenID provider keeps, in the platform's database rather than in memory, so
// that a restart of the platform signs nobody out: the provider's records (sessions, grants,
// codes, refresh tokens…) through oidc-provider's adapter interface, and its keys (the token
// signing key, the cookie keys), made once.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { PlatformDb } from '../db';

export function ensureIdentityTables(db: PlatformDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS oidc_records (
      model TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL, grant_id TEXT, uid TEXT,
      expires_at INTEGER, consumed_at INTEGER, PRIMARY KEY (model, id)
    );
    CREATE INDEX IF NOT EXISTS oidc_records_grant ON oidc_records (grant_id);
    CREATE INDEX IF NOT EXISTS oidc_records_uid ON oidc_records (uid);
    CREATE TABLE IF NOT EXISTS identity_keys (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- Which workstation a grant was made for (its device id): access tokens carry it.
    CREATE TABLE IF NOT EXISTS grant_devices (grant_id TEXT PRIMARY KEY, device_id TEXT NOT NULL);
  `);
}

interface Row {
  payload: string;
  expires_at: number | null;
  consumed_at: number | null;
}

/** oidc-provider's adapter over one table; `now` in milliseconds (tests move it). */
export function sqliteAdapter(db: PlatformDb, now: () => number = Date.now) {
  return class SqliteAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      db.prepare(
        `INSERT INTO oidc_records (model, id, payload, grant_id, uid, expires_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id, uid = excluded.uid,
           expires_at = excluded.expires_at`,
      ).run(this.model, id, JSON.stringify(payload), payload.grantId ?? null, payload.uid ?? null, expiresIn ? now() + expiresIn * 1000 : null);
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return this.read(
        db.prepare<[string, string], Row>('SELECT payload, expires_at, consumed_at FROM oidc_records WHERE model = ? AND id = ?').get(this.model, id),
      );
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.read(
        db.prepare<[string, string], Row>('SELECT payload, expires_at, consumed_at FROM oidc_records WHERE model = ? AND uid = ?').get(this.model, uid),
      );
    }

    async findByUserCode(): Promise<AdapterPayload | undefined> {
      return undefined; // the device flow is not offered
    }

    async consume(id: string): Promise<void> {
      db.prepare('UPDATE oidc_records SET consumed_at = ? WHERE model = ? AND id = ?').run(Math.floor(now() / 1000), this.model, id);
    }

    async destroy(id: string): Promise<void> {
      db.prepare('DELETE FROM oidc_records WHERE model = ? AND id = ?').run(this.model, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      db.prepare('DELETE FROM oidc_records WHERE grant_id = ?').run(grantId);
    }

    private read(row: Row | undefined): AdapterPayload | undefined {
      if (!row) return undefined;
      if (row.expires_at !== null && row.expires_at <= now()) return undefined;
      const payload = JSON.parse(row.payload) as AdapterPayload;
      return row.consumed_at === null ? payload : { ...payload, consumed: row.consumed_at };
    }
  };
}

export interface IdentityKeys {
  /** The private JWK the provider signs ID and access tokens with (ES256). */
  signingKey: Record<string, unknown>;
  /** Keys of the provider's signed cookies. */
  cookieKeys: string[];
}

/** The provider's keys, made on first use and kept (a new key at each start would void every token). */
export function identityKeys(db: PlatformDb): IdentityKeys {
  const stored = db.prepare<[string], string>('SELECT value FROM identity_keys WHERE name = ?').pluck();
  let signing = stored.get('signing');
  if (!signing) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: 'ES256', use: 'sig' };
    signing = JSON.stringify(jwk);
    db.prepare('INSERT INTO identity_keys (name, value) VALUES (?, ?)').run('signing', signing);
  }
  let cookies = stored.get('cookies');
  if (!cookies) {
    cookies = JSON.stringify([randomBytes(32).toString('base64url')]);
    db.prepare('INSERT INTO identity_keys (name, value) VALUES (?, ?)').run('cookies', cookies);
  }
  return { signingKey: JSON.parse(signing) as Record<string, unknown>, cookieKeys: JSON.parse(cookies) as string[] };
}

export function recordGrantDevice(db: PlatformDb, grantId: string, deviceId: string): void {
  db.prepare('INSERT INTO grant_devices (grant_id, device_id) VALUES (?, ?) ON CONFLICT (grant_id) DO UPDATE SET device_id = excluded.device_id').run(
    grantId,
    deviceId,
  );
}

export function grantDevice(db: PlatformDb, grantId: string): string | null {
  return db.prepare<[string], string>('SELECT device_id FROM grant_devices WHERE grant_id = ?').pluck().get(grantId) ?? null;
}
