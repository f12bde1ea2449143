// The encrypting SQLite module loads under Node from a plain `npm install` (the Electron build is
// kept apart, see scripts/electron-sqlite.mjs), encrypts with a raw key, and refuses a wrong key.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { makeTempDir } from '../support/temp-dir';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function openEncrypted(path: string, key: Buffer) {
  const db = new Database(path);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma(`key="x'${key.toString('hex')}'"`);
  return db;
}

describe('better-sqlite3-multiple-ciphers under Node', () => {
  it('stores rows encrypted on disk and reads them back with the same raw key', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir.path, 'cache.db');
    const key = randomBytes(32);
    const db = openEncrypted(path, key);
    db.exec('CREATE TABLE t (v TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run('Endométriose profonde, patiente de 34 ans');
    db.close();

    expect(readFileSync(path).includes(Buffer.from('Endom'))).toBe(false);
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const reopened = openEncrypted(path, key);
    expect(reopened.prepare('SELECT v FROM t').pluck().get()).toBe('Endométriose profonde, patiente de 34 ans');
    reopened.close();
  });

  it('refuses a wrong key', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir.path, 'cache.db');
    const db = openEncrypted(path, randomBytes(32));
    db.exec('CREATE TABLE t (v TEXT)');
    db.close();
    const wrong = openEncrypted(path, randomBytes(32));
    expect(() => wrong.prepare('SELECT count(*) FROM t').get()).toThrow(/not a database/);
    wrong.close();
  });
});
