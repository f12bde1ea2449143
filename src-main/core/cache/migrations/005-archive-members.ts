// Schema 5: the files inside an archive (a zip of a CD with its DICOMDIR, or of a DICOM folder).
// Each DICOM file in it is extracted into the vault as an attachment of its own, marked with the
// archive it came from, so that indexing, the content route, measurements and key images treat it
// like any downloaded file. The platform never hears of these rows; they go with their archive.
import type { Migration } from './index';

export const archiveMembers: Migration = {
  version: 5,
  name: 'archive members',
  up(db) {
    db.exec(`
      ALTER TABLE attachments ADD COLUMN archive_id TEXT REFERENCES attachments (id) ON DELETE CASCADE;
      CREATE INDEX attachments_archive ON attachments (archive_id);
      -- What was found in each archive, or why it could not be read.
      CREATE TABLE archives (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
        files INTEGER NOT NULL,
        dicom_files INTEGER NOT NULL,
        has_dicomdir INTEGER NOT NULL,
        skipped_json TEXT NOT NULL,
        problem TEXT,
        problem_detail TEXT NOT NULL DEFAULT ''
      );
    `);
  },
};
