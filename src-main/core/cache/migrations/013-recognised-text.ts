// Schema 13: the text recognised (OCR) on a document's pages that had none, kept with the case in
// the encrypted cache so that a document is read once: one row per document once recognition has
// run (its outcome and the engine that read it), and one per page read (its words and boxes).
// Both go with their attachment (retention, a case that leaves).
import type { Migration } from './index';

export const recognisedText: Migration = {
  version: 13,
  name: 'text recognised on scanned documents and photos',
  up(db) {
    db.exec(`
      CREATE TABLE text_recognition (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('done', 'failed', 'not-a-document')),
        engine TEXT NOT NULL,
        pages_total INTEGER NOT NULL CHECK (pages_total >= 0),
        recognised_at TEXT NOT NULL
      );
      CREATE TABLE recognised_pages (
        attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        width REAL NOT NULL,
        height REAL NOT NULL,
        words_json TEXT NOT NULL,
        PRIMARY KEY (attachment_id, page)
      );
    `);
  },
};
