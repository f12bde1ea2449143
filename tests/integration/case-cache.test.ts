// The encrypted case cache on real files: set-up and unlock with a passphrase or the OS keychain,
// wrong keys and damaged states refused without damage, lock wiping access, reset telling what
// would be lost, and nothing readable at rest.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { insertOutboxRow } from '../../src-main/core/outbox/outbox';
import { LATEST_VERSION } from '../../src-main/core/cache/migrations';
import { makeTempDir } from '../support/temp-dir';
import { TEST_PASSPHRASE, TEST_UNLOCK_SECRET, testCache } from '../support/cache';
import { readAudit } from '../../src-main/core/security/audit-log';
import { TestKeychain } from '../support/fake-keychain';
import { makePdf } from '../support/fixture-pdf';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function dataDir(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir.path;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
const fingerprint = (dir: string) => Object.fromEntries(filesUnder(dir).map((f) => [f, createHash('sha256').update(readFileSync(f)).digest('hex')]));

const PATIENT = {
  name: 'Jeanne Dupont-Marchetti',
  diagnosis: 'Endométriose profonde avec atteinte rectale',
  question: 'Dois-je accepter la résection colorectale proposée ?',
  questionnaire: '{"item":[{"linkId":"pain","answer":[{"valueString":"Douleurs pelviennes cycliques depuis 2019"}]}]}',
};

async function writePatientData(cache: ReturnType<typeof testCache>) {
  const now = new Date().toISOString();
  await cache.write((db) => {
    db.prepare(
      `INSERT INTO cases (id, reference, status, disease_family, disease, language, offered_at, updated_at, patient_age, patient_sex, patient_region)
       VALUES ('c1', 'SMO-2026-0042', 'accepted', 'gynecological', 'endometriosis', 'fr', ?, ?, 34, 'female', 'Occitanie')`,
    ).run(now, now);
    db.prepare(`INSERT INTO first_opinions (case_id, diagnosis, proposed_treatment) VALUES ('c1', ?, 'Résection colorectale segmentaire')`).run(
      PATIENT.diagnosis,
    );
    db.prepare(`INSERT INTO questionnaire_responses (case_id, response_json) VALUES ('c1', ?)`).run(PATIENT.questionnaire);
    db.prepare(`INSERT INTO patient_questions (case_id, id, position, text) VALUES ('c1', 'q1', 1, ?)`).run(PATIENT.question);
    db.prepare(`INSERT INTO messages (id, case_id, direction, body, created_at, delivery_state) VALUES ('m1', 'c1', 'from_patient', ?, ?, 'received')`).run(
      `Bonjour, je suis ${PATIENT.name}`,
      now,
    );
    insertOutboxRow(db, 'message.send', 'c1', { body: `Réponse à ${PATIENT.name}` }, new Date());
  });
}

describe('set-up and unlock with a passphrase', () => {
  it('creates the cache, locks, and unlocks with the same passphrase', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    expect((await cache.status()).state).toBe('uninitialized');
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(await cache.status()).toMatchObject({ state: 'unlocked', protection: 'passphrase', counts: { cases: 0 } });
    await writePatientData(cache);
    await cache.lock();
    expect(await cache.status()).toMatchObject({ state: 'locked', counts: null });
    expect(() => cache.database()).toThrow(expect.objectContaining({ code: 'CACHE_LOCKED' }));
    await expect(cache.write(() => 1)).rejects.toMatchObject({ code: 'CACHE_LOCKED' });

    const reopened = testCache(dir); // as after a restart
    await reopened.unlock(TEST_PASSPHRASE);
    expect(reopened.database().prepare('SELECT diagnosis FROM first_opinions').pluck().get()).toBe(PATIENT.diagnosis);
    // The message, and the audit entries of the set-up and the unlock.
    expect((await reopened.status()).counts).toEqual({ cases: 1, attachments: 0, outbox: 3 });
  });

  it('refuses a wrong passphrase with CACHE_LOCKED, counts attempts, and modifies nothing', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await writePatientData(cache);
    await cache.lock();
    const before = fingerprint(dir);
    delete before[join(dir, 'cache.key.json')]; // holds the attempt counter, by design

    const err1 = await cache.unlock('wrong passphrase!').catch((e: unknown) => e);
    expect(err1).toMatchObject({ code: 'CACHE_LOCKED', message: expect.stringMatching(/not correct \(1 failed attempt\)/) });
    await expect(cache.unlock('another wrong one')).rejects.toMatchObject({ message: expect.stringMatching(/2 failed attempts/) });
    expect((await cache.status()).failedAttempts).toBe(2);

    const after = fingerprint(dir);
    delete after[join(dir, 'cache.key.json')];
    expect(after).toEqual(before);

    await cache.unlock(TEST_PASSPHRASE);
    expect((await cache.status()).failedAttempts).toBe(0);
  });

  it('makes further attempts wait after five wrong ones', async () => {
    const dir = dataDir();
    let now = Date.parse('2026-11-22T10:00:00Z');
    const clock = { now: () => new Date(now), monotonicMs: () => now };
    const cache = testCache(dir, { clock });
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await cache.lock();
    for (let i = 0; i < 5; i++) await cache.unlock(`wrong ${i} attempt`).catch(() => {});
    expect((await cache.status()).retryAfterSeconds).toBe(1);
    // Refused without even trying the passphrase, so not counted as an attempt.
    await expect(cache.unlock(TEST_PASSPHRASE)).rejects.toMatchObject({ message: expect.stringMatching(/Try again in 1 second\./) });
    expect((await cache.status()).failedAttempts).toBe(5);
    now += 1000;
    await expect(cache.unlock('wrong again')).rejects.toMatchObject({ message: expect.stringMatching(/6 failed attempts/) });
    expect((await cache.status()).retryAfterSeconds).toBe(2);
    now += 2000;
    await cache.unlock(TEST_PASSPHRASE);
    expect((await cache.status()).state).toBe('unlocked');
  });

  it('counts every wrong attempt when many arrive at once, refuses those past the limit, and audits each one', async () => {
    const dir = dataDir();
    let now = Date.parse('2026-11-22T10:00:00Z');
    const clock = { now: () => new Date(now), monotonicMs: () => now };
    const cache = testCache(dir, { clock });
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await cache.lock();
    const answers: string[] = [];
    for (let round = 0; round < 3; round++) {
      const burst = Array.from({ length: 30 }, (_, i) =>
        cache.unlock(`wrong ${round}-${i} attempt`).then(
          () => 'unlocked',
          (e: Error) => e.message,
        ),
      );
      answers.push(...(await Promise.all(burst)));
    }
    // Five are tried and found wrong; every later one waits its turn, then is refused unchecked.
    expect(answers.filter((a) => /not correct/.test(a))).toHaveLength(5);
    expect(answers.filter((a) => /Too many wrong attempts/.test(a))).toHaveLength(85);
    expect((await cache.status()).failedAttempts).toBe(5);
    now += 1000;
    await cache.unlock(TEST_PASSPHRASE);
    const actions = readAudit(cache.database()).map((e) => e.action);
    expect(actions.filter((a) => a === 'cache.unlock-failed')).toHaveLength(5);
    expect(actions.filter((a) => a === 'cache.unlock-refused')).toHaveLength(85);
    expect(actions.at(-1)).toBe('cache.unlocked');
  });

  it('says which unsynced changes a reset would lose, even while locked, then resets', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await writePatientData(cache);
    await cache.write((db) => {
      insertOutboxRow(db, 'case.accept', 'c1', {}, new Date());
      insertOutboxRow(db, 'report.submit', 'c1', {}, new Date());
    });
    await cache.lock();
    const lost = testCache(dir); // the expert forgot the passphrase
    expect((await lost.status()).unsynced).toEqual({ total: 4, byKind: { 'message.send': 1, 'case.accept': 1, 'report.submit': 1, 'audit.entries': 1 } });

    await lost.reset();
    expect(await lost.status()).toMatchObject({ state: 'uninitialized', unsynced: { total: 0 } });
    expect(filesUnder(dir)).toEqual([]);
    await lost.setup({ protection: 'passphrase', passphrase: 'a brand new passphrase' });
    // A fresh cache: nothing of the old one, only the audit entry of its own set-up.
    expect((await lost.status()).counts).toEqual({ cases: 0, attachments: 0, outbox: 1 });
  });

  it('refuses a database written by a newer app and leaves it untouched', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await cache.write((db) => db.pragma(`user_version = ${LATEST_VERSION + 3}`));
    await cache.lock();
    const before = readFileSync(join(dir, 'cache.db'));
    await expect(testCache(dir).unlock(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'CACHE_FROM_NEWER_VERSION' });
    expect(readFileSync(join(dir, 'cache.db')).equals(before)).toBe(true);
  });

  it('refuses to open the database file with any other key', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await writePatientData(cache);
    await cache.lock();
    const db = new Database(join(dir, 'cache.db'));
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`key="x'${randomBytes(32).toString('hex')}'"`);
    expect(() => db.prepare('SELECT count(*) FROM cases').get()).toThrow(/not a database/);
    db.close();
  });
});

describe('the OS keychain', () => {
  it('protects the key when it is a real secret store', async () => {
    const dir = dataDir();
    const keychain = new TestKeychain('kwallet6');
    const cache = testCache(dir, { keychain });
    await cache.setup({ protection: 'keychain', unlockSecret: TEST_UNLOCK_SECRET });
    await cache.lock();
    expect(readFileSync(join(dir, 'cache.key.json'), 'utf8')).toContain('"backend": "kwallet6"');
    await testCache(dir, { keychain }).unlock(undefined, { unlockSecret: TEST_UNLOCK_SECRET });
  });

  it('is refused when it is only basic_text obfuscation', async () => {
    const cache = testCache(dataDir(), { keychain: new TestKeychain('basic_text', false) });
    expect((await cache.status()).keychain).toEqual({ usable: false, backend: 'basic_text' });
    await expect(cache.setup({ protection: 'keychain', unlockSecret: TEST_UNLOCK_SECRET })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('detects and explains a change of keychain backend', async () => {
    const dir = dataDir();
    const keychain = new TestKeychain('gnome_libsecret');
    await testCache(dir, { keychain }).setup({ protection: 'keychain', unlockSecret: TEST_UNLOCK_SECRET });
    keychain.backend = 'kwallet6';
    const cache = testCache(dir, { keychain });
    expect(await cache.status()).toMatchObject({ state: 'locked', keychainProblem: 'backend-changed' });
    await expect(cache.unlock(undefined, { unlockSecret: TEST_UNLOCK_SECRET })).rejects.toMatchObject({
      code: 'CACHE_LOCKED',
      message: expect.stringMatching(/keychain changed \(was gnome_libsecret, now kwallet6\).*Reset the local cache and sync again/),
    });
  });

  it('explains a keychain that can no longer open the key', async () => {
    const dir = dataDir();
    const keychain = new TestKeychain();
    await testCache(dir, { keychain }).setup({ protection: 'keychain', unlockSecret: TEST_UNLOCK_SECRET });
    keychain.forget();
    await expect(testCache(dir, { keychain }).unlock(undefined, { unlockSecret: TEST_UNLOCK_SECRET })).rejects.toMatchObject({
      code: 'CACHE_LOCKED',
      message: expect.stringMatching(/could not open/),
    });
  });
});

describe('nothing readable at rest', () => {
  it('no file under the data directory contains the patient strings or the PDF', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await writePatientData(cache);
    const pdf = await makePdf([`Compte rendu opératoire — ${PATIENT.name}`, PATIENT.diagnosis], 3);
    const file = cache.vault.newFile();
    const writer = await cache.vault.createWriter(file);
    await writer.write(pdf);
    await writer.finish(createHash('sha256').update(pdf).digest('hex'));

    const needles: Buffer[] = [
      PATIENT.name,
      'Dupont',
      PATIENT.diagnosis,
      PATIENT.question,
      'Douleurs pelviennes',
      'SMO-2026-0042',
      'Occitanie',
      'endometriosis',
    ].flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);
    needles.push(pdf.subarray(0, 64), pdf.subarray(pdf.length / 2, pdf.length / 2 + 64), Buffer.from('%PDF-'));

    // While unlocked (WAL and shared-memory files present) and after locking.
    for (const phase of ['unlocked', 'locked']) {
      if (phase === 'locked') await cache.lock();
      const files = filesUnder(dir);
      expect(files.length).toBeGreaterThan(2);
      for (const path of files) {
        const bytes = readFileSync(path);
        for (const needle of needles) expect(bytes.includes(needle), `${phase}: ${path}`).toBe(false);
      }
    }
  });

  it('keeps its files private to the user', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(statSync(join(dir, 'cache.key.json')).mode & 0o077).toBe(0);
    expect(statSync(cache.vault.dir).mode & 0o077).toBe(0);
    await writePatientData(cache); // the write-ahead log and its index exist once written to
    for (const file of ['cache.db', 'cache.db-wal', 'cache.db-shm']) expect(statSync(join(dir, file)).mode & 0o077, file).toBe(0);
    for (const file of readdirSync(cache.vault.dir)) expect(statSync(join(cache.vault.dir, file)).mode & 0o077, file).toBe(0);
  });

  it('removes at unlock what a crash left in the vault with no row to name it, and keeps a partial download to resume', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await writePatientData(cache);
    await cache.write((db) =>
      db
        .prepare(
          `INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256, download_state, bytes_done, vault_file, vault_key)
                  VALUES ('a1', 'c1', 'pdf', 'cr.pdf', 'application/pdf', 10, ?, 'downloading', 4, 'cccc.partial', ?)`,
        )
        .run('0'.repeat(64), Buffer.alloc(32)),
    );
    await cache.lock();
    for (const name of ['aaaa.partial', 'bbbb.vault', 'cccc.partial']) writeFileSync(join(cache.vault.dir, name), 'x');
    await cache.unlock(TEST_PASSPHRASE);
    expect(readdirSync(cache.vault.dir)).toEqual(['cccc.partial']);
  });

  it('makes an existing database owner-only when it is opened', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    await cache.lock();
    chmodSync(join(dir, 'cache.db'), 0o644); // as an earlier version left it
    await cache.unlock(TEST_PASSPHRASE);
    expect(statSync(join(dir, 'cache.db')).mode & 0o077).toBe(0);
  });

  it('does not keep the key in clear in the key file', async () => {
    const dir = dataDir();
    const cache = testCache(dir);
    await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    const keyFile = readFileSync(join(dir, 'cache.key.json'), 'utf8');
    expect(keyFile).not.toContain(TEST_PASSPHRASE);
    expect(JSON.parse(keyFile).wrap).toMatchObject({ protection: 'passphrase', kdf: { name: 'scrypt', N: 1024 } });
    writeFileSync(join(dir, 'probe'), ''); // the directory stays writable for the cache
  });
});
