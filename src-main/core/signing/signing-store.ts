// The signing identity's row in the encrypted cache (schema 15): at most one, replaced on import.
import type { SigningCertificate } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import type { SigningIdentity } from './signing-identity';

export interface StoredIdentity {
  identity: SigningIdentity;
  source: SigningCertificate['source'];
}

export function readIdentity(db: CacheDatabase): StoredIdentity | null {
  const row = db
    .prepare<[], { key_pkcs8: Buffer; chain_json: string; source: SigningCertificate['source'] }>('SELECT key_pkcs8, chain_json, source FROM signing_identity')
    .get();
  if (!row) return null;
  const chain = (JSON.parse(row.chain_json) as string[]).map((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
  return { identity: { keyPkcs8: new Uint8Array(row.key_pkcs8), chain }, source: row.source };
}

export function writeIdentity(db: CacheDatabase, stored: StoredIdentity, at: Date): void {
  db.prepare(
    `INSERT INTO signing_identity (id, key_pkcs8, chain_json, source, added_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET key_pkcs8 = excluded.key_pkcs8, chain_json = excluded.chain_json, source = excluded.source, added_at = excluded.added_at`,
  ).run(
    Buffer.from(stored.identity.keyPkcs8),
    JSON.stringify(stored.identity.chain.map((der) => Buffer.from(der).toString('base64'))),
    stored.source,
    at.toISOString(),
  );
}

export function deleteIdentity(db: CacheDatabase): void {
  db.prepare('DELETE FROM signing_identity').run();
}
