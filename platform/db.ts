// The platform's own database (plain SQLite: this is the server side, not the expert's laptop).
import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';

export type PlatformDb = Database.Database;

/** Owner only: the platform's database holds cases (SQLite gives -wal and -shm the same mode). */
export function openPlatformDb(dataDir: string): PlatformDb {
  const path = join(dataDir, 'platform.db');
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS experts (
      id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
      specialty TEXT NOT NULL, password_salt TEXT NOT NULL, password_hash TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS tokens (
      token_hash TEXT PRIMARY KEY, expert_id TEXT NOT NULL REFERENCES experts (id),
      kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')), expires_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS cases (
      id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, expert_id TEXT NOT NULL REFERENCES experts (id),
      status TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
      disease_family TEXT NOT NULL, disease TEXT NOT NULL, language TEXT NOT NULL,
      offered_at TEXT NOT NULL, due_at TEXT, patient_json TEXT NOT NULL, first_opinion_json TEXT NOT NULL,
      questionnaire_json TEXT NOT NULL, questions_json TEXT NOT NULL, updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS attachments (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases (id), kind TEXT NOT NULL, name TEXT NOT NULL,
      media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, path TEXT NOT NULL, added_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS attachments_case ON attachments (case_id);
    CREATE TABLE IF NOT EXISTS feed (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, expert_id TEXT NOT NULL, case_id TEXT NOT NULL,
      type TEXT NOT NULL, at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS feed_expert ON feed (expert_id, seq);
    CREATE TABLE IF NOT EXISTS submissions (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, expert_id TEXT NOT NULL,
      kind TEXT NOT NULL, body_json TEXT NOT NULL, received_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS submissions_case ON submissions (case_id, kind);
    -- Review time: each session as the workstation last sent it (a correction replaces it).
    CREATE TABLE IF NOT EXISTS review_sessions (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, expert_id TEXT NOT NULL, body_json TEXT NOT NULL,
      counted_seconds INTEGER NOT NULL, updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS messages (
      id TEXT PRIMARY KEY, case_id TEXT NOT NULL, direction TEXT NOT NULL, kind TEXT NOT NULL,
      body TEXT NOT NULL, created_at TEXT NOT NULL, read_at TEXT
    );
    -- Workstations an expert signed in from; a revoked one is refused and erases its cache.
    CREATE TABLE IF NOT EXISTS devices (
      id TEXT PRIMARY KEY, expert_id TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, revoked_at TEXT
    );
    -- Each device's audit trail, as the workstation chained it.
    CREATE TABLE IF NOT EXISTS audit_entries (
      device_id TEXT NOT NULL, seq INTEGER NOT NULL, expert_id TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
      case_id TEXT, detail_json TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, received_at TEXT NOT NULL,
      PRIMARY KEY (device_id, seq)
    );
    CREATE TABLE IF NOT EXISTS idempotency (
      expert_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
      status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,
      PRIMARY KEY (expert_id, key)
    );
  `);
  // Platforms created before devices existed: tokens gain the device they were issued to.
  const tokenColumns = db.prepare<[], { name: string }>('PRAGMA table_info(tokens)').all();
  if (!tokenColumns.some((c) => c.name === 'device_id')) db.exec('ALTER TABLE tokens ADD COLUMN device_id TEXT');
  return db;
}
