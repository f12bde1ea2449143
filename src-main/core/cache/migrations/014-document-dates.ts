// Schema 14: what core reads from a case's documents once, for the documents' timeline and the
// case's search. The dates a PDF gives (the day it was made, from its CreationDate, and the date
// written on its first page); a DICOM's date is its study's (schema 11) and a scan's is read from its
// recognised words (schema 13). And the text of every page that has some (a PDF's text layer, or
// OCR's words), in an FTS5 full-text index (case and accents ignored). Both go with their attachment:
// the index by a trigger, as a virtual table has no foreign keys.
import type { Migration } from './index';
import { keepPageText, wordsText } from '../../documents/text/document-text';

export const documentDates: Migration = {
  version: 14,
  name: 'dates and text read from documents',
  up(db) {
    db.exec(`
      CREATE TABLE pdf_readings (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('done', 'failed')),
        created_on TEXT,
        written_on TEXT,
        read_at TEXT NOT NULL
      );
      CREATE VIRTUAL TABLE document_text USING fts5(
        attachment_id UNINDEXED, page UNINDEXED, source UNINDEXED, text,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER document_text_leaves AFTER DELETE ON attachments BEGIN
        DELETE FROM document_text WHERE attachment_id = old.id;
      END;
    `);
    // The pages OCR has already read are searchable at once.
    const pages = db
      .prepare<[], { attachment_id: string; page: number; words_json: string }>('SELECT attachment_id, page, words_json FROM recognised_pages')
      .all();
    for (const p of pages) keepPageText(db, p.attachment_id, p.page, 'recognised', wordsText(JSON.parse(p.words_json) as { text: string; line: number }[]));
  },
};
