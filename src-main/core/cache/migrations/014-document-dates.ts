// Schema 14: the dates a PDF gives (the day it was made, from its CreationDate, and the date written
// on its first page), read once per document for the documents' timeline. A DICOM's date is its
// study's (schema 11) and a scan's is read from its recognised words (schema 13). Goes with its attachment.
import type { Migration } from './index';

export const documentDates: Migration = {
  version: 14,
  name: 'dates read from PDFs',
  up(db) {
    db.exec(`
      CREATE TABLE pdf_dates (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('done', 'failed')),
        created_on TEXT,
        written_on TEXT,
        read_at TEXT NOT NULL
      );
    `);
  },
};
