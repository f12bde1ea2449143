// The encrypted cache against plain SQLite, same workload, same settings (WAL, synchronous=FULL,
// same page cache), measured in the same run: 100k point reads, full scans, 100k inserts in
// transactions, 1,000 single-row commits, and the time to open the encrypted file.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncryptedDatabase } from '../src-main/core/cache/database';
import type { Benchmark } from './run';
import { median } from './stats';

const ROWS = 100_000;
const POINT_READS = 100_000;
const SCANS = 20;
const COMMITS = 1_000;
const CACHE_KIB = 64 * 1024;

type Db = Database.Database;

function openPlain(path: string): Db {
  const db = new Database(path);
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

function workload(db: Db) {
  db.exec('CREATE TABLE items (id TEXT PRIMARY KEY, case_id TEXT, payload TEXT)');
  const payload = randomBytes(120).toString('base64');
  const ids = Array.from({ length: ROWS }, (_, i) => `item-${i.toString(36)}-${(i * 7919) % 10007}`);
  const insert = db.prepare('INSERT INTO items VALUES (?, ?, ?)');
  const t0 = performance.now();
  for (let start = 0; start < ROWS; start += 1000) {
    db.transaction(() => {
      for (let i = start; i < start + 1000; i++) insert.run(ids[i], `case-${i % 500}`, payload);
    })();
  }
  const insertMs = performance.now() - t0;

  const get = db.prepare('SELECT * FROM items WHERE id = ?');
  const order = Array.from({ length: POINT_READS }, (_, i) => ids[(i * 48271) % ROWS]);
  for (let i = 0; i < 10_000; i++) get.get(order[i]); // warm the page cache
  const t1 = performance.now();
  for (const id of order) get.get(id);
  const readMs = performance.now() - t1;

  const scan = db.prepare('SELECT count(*), sum(length(payload)) FROM items WHERE case_id != ?');
  const scans: number[] = [];
  for (let i = 0; i < SCANS; i++) {
    const t = performance.now();
    scan.get('none');
    scans.push(performance.now() - t);
  }

  const one = db.prepare('INSERT INTO items VALUES (?, ?, ?)');
  const t2 = performance.now();
  for (let i = 0; i < COMMITS; i++) one.run(`commit-${i}`, 'case-x', payload);
  const commitMs = performance.now() - t2;
  return { insertMs, readMs, scanMs: median(scans), commitMs };
}

export const benchmark: Benchmark = {
  description: 'encrypted cache (SQLCipher, raw key) vs plain SQLite on the same workload',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'smo-bench-cache-'));
    try {
      const key = randomBytes(32);
      const plainDb = openPlain(join(dir, 'plain.db'));
      const plain = workload(plainDb);
      plainDb.close();
      const encryptedDb = openEncryptedDatabase(join(dir, 'cache.db'), key, { cacheSizeKiB: CACHE_KIB });
      const encrypted = workload(encryptedDb);
      encryptedDb.close();

      const opens: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        const db = openEncryptedDatabase(join(dir, 'cache.db'), key, { cacheSizeKiB: CACHE_KIB });
        opens.push(performance.now() - t);
        db.close();
      }
      return {
        rows: ROWS,
        read_overhead_ratio: encrypted.readMs / plain.readMs,
        scan_overhead_ratio: encrypted.scanMs / plain.scanMs,
        insert_overhead_ratio: encrypted.insertMs / plain.insertMs,
        commit_overhead_ratio: encrypted.commitMs / plain.commitMs,
        open_ms: median(opens),
        plain_point_read_us: (plain.readMs * 1000) / POINT_READS,
        encrypted_point_read_us: (encrypted.readMs * 1000) / POINT_READS,
        encrypted_scan_ms: encrypted.scanMs,
        encrypted_commit_ms: encrypted.commitMs / COMMITS,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
