// Opens the encrypted SQLite database of the case cache: SQLCipher scheme with a raw 32-byte key
// (no key derivation on open), WAL, full fsync on commit, temporary tables kept in memory so no
// plaintext ever reaches a temp file, and a page cache large enough for the working set.
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../rpc/core-error';

export type CacheDatabase = Database.Database;

export interface OpenOptions {
  /** better-sqlite3 native module built for this runtime (Electron); null: the default (Node). */
  nativeBinding?: string | null;
  /** Page cache in KiB. */
  cacheSizeKiB?: number;
  readonly?: boolean;
}

/** Owner only, like the vault: SQLite gives its -wal and -shm files the database file's mode. */
const FILE_MODE = 0o600;

export function openEncryptedDatabase(path: string, key: Uint8Array, options: OpenOptions = {}): CacheDatabase {
  if (key.length !== 32) throw new Error('The cache key must be 32 bytes');
  if (!options.readonly) {
    // Created owner-only before SQLite opens it (SQLite would use 0644 less the umask).
    closeSync(openSync(path, 'a', FILE_MODE));
    for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, FILE_MODE);
  }
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: options.readonly ?? false,
  });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`legacy=4`);
    // A raw key ("x'<64 hex>'") skips SQLCipher's PBKDF2: opening takes milliseconds, not 300 ms.
    db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
    // The first read proves the key: a wrong one fails here, before anything is written.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (error instanceof Error && /not a database|file is encrypted/i.test(error.message)) {
      throw new CoreError('CACHE_LOCKED', 'This key does not open the local case cache.');
    }
    throw error;
  }
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${options.cacheSizeKiB ?? 64 * 1024}`);
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // Every commit reaches the disk before it is acknowledged: outbox rows must survive power loss.
    db.pragma('synchronous = FULL');
  }
  return db;
}
