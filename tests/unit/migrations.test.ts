// Each migration on a fresh database, and the guard against databases from a newer app.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../src-main/core/cache/migrations';

function freshDatabase() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('migration %i (%s) applies on a fresh database', (version) => {
    const db = freshDatabase();
    migrate(db, version - 1);
    expect(migrate(db, version)).toEqual([version]);
    expect(schemaVersion(db)).toBe(version);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('apply once: a second run does nothing', () => {
    const db = freshDatabase();
    migrate(db);
    expect(migrate(db)).toEqual([]);
  });

  it('refuse a database written by a newer app and change nothing', () => {
    const db = freshDatabase();
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    const tables = db.prepare('SELECT name FROM sqlite_master ORDER BY name').pluck().all();
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'CACHE_FROM_NEWER_VERSION' }));
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
    expect(db.prepare('SELECT name FROM sqlite_master ORDER BY name').pluck().all()).toEqual(tables);
  });

  it('roll back a migration that fails half-way', () => {
    const db = freshDatabase();
    const broken = { version: 1, name: 'broken', up: (d: typeof db) => d.exec('CREATE TABLE half (x); CREATE TABLE half (y);') };
    expect(() => db.transaction(() => broken.up(db))()).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  });
});

describe('schema 1', () => {
  const db = freshDatabase();
  migrate(db);
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO cases (id, reference, status, disease_family, disease, language, offered_at, updated_at)
     VALUES ('c1', 'SMO-2026-0001', 'offered', 'gynecological', 'endometriosis', 'fr', ?, ?)`,
  ).run(now, now);

  it('holds every table the workstation needs', () => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    for (const table of [
      'expert_session',
      'sync_state',
      'cases',
      'first_opinions',
      'questionnaire_responses',
      'patient_questions',
      'attachments',
      'messages',
      'report_drafts',
      'submitted_reports',
      'review_sessions',
      'measurements',
      'outbox',
      'audit_log',
    ]) {
      expect(tables).toContain(table);
    }
  });

  it('refuses an unknown case status', () => {
    expect(() => db.prepare("UPDATE cases SET status = 'lost' WHERE id = 'c1'").run()).toThrow(/CHECK/);
  });

  it('refuses an attachment marked available without its vault file and key', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256, download_state)
           VALUES ('a1', 'c1', 'pdf', 'cr.pdf', 'application/pdf', 10, 'x', 'available')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('refuses a review session shortened below zero or lengthened beyond what was measured', () => {
    const insert = db.prepare(`INSERT INTO review_sessions (id, case_id, started_at, active_seconds, adjusted_seconds) VALUES (?, 'c1', ?, 600, ?)`);
    expect(() => insert.run('s1', now, 601)).toThrow(/CHECK/);
    expect(() => insert.run('s2', now, -1)).toThrow(/CHECK/);
    expect(() => insert.run('s3', now, 300)).not.toThrow();
  });

  it('keeps the audit log append-only', () => {
    db.prepare(`INSERT INTO audit_log (at, action, prev_hash, hash) VALUES (?, 'case.opened', '0', 'h1')`).run(now);
    expect(() => db.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE audit_log SET synced = 1`).run()).not.toThrow();
  });

  it('removes a case with everything that belongs to it', () => {
    db.prepare(`INSERT INTO first_opinions (case_id, diagnosis, proposed_treatment) VALUES ('c1', 'd', 't')`).run();
    db.prepare(`INSERT INTO patient_questions (case_id, id, position, text) VALUES ('c1', 'q1', 1, 'Faut-il opérer ?')`).run();
    db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
    expect(db.prepare('SELECT count(*) FROM first_opinions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM patient_questions').pluck().get()).toBe(0);
  });
});

describe('schema 14 (dates and text read from documents)', () => {
  it('makes the pages OCR already read searchable, and the text leaves with its attachment', () => {
    const db = freshDatabase();
    migrate(db, 13);
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO cases (id, reference, status, disease_family, disease, language, offered_at, updated_at)
       VALUES ('c1', 'SMO-2026-0001', 'offered', 'gynecological', 'endometriosis', 'fr', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256) VALUES ('a1', 'c1', 'pdf', 'scan.pdf', 'application/pdf', 10, 'x')`,
    ).run();
    const word = (text: string, line: number) => ({ text, confidence: 90, line, transform: [10, 0, 0, 10, 0, 0], width: 20 });
    db.prepare('INSERT INTO recognised_pages (attachment_id, page, width, height, words_json) VALUES (?, ?, ?, ?, ?)').run(
      'a1',
      2,
      595,
      842,
      JSON.stringify([word('Nodule', 0), word('recto-vaginale', 0), word('Cœlioscopie', 1)]),
    );
    migrate(db);
    const found = (match: string) => db.prepare('SELECT attachment_id, page, source, text FROM document_text WHERE document_text MATCH ?').all(match);
    expect(found('"recto"')).toEqual([{ attachment_id: 'a1', page: 2, source: 'recognised', text: 'Nodule recto-vaginale\nCœlioscopie' }]);
    db.prepare("DELETE FROM attachments WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) FROM document_text').pluck().get()).toBe(0);
  });
});
