// Schema 15: the expert's electronic signature. The signing identity (private key and certificate
// chain) lives only here, in the encrypted cache, never in a file of its own; and a signed report
// keeps the exact PDF bytes that were signed and sent, so what the expert exports is what the
// platform verified.
import type { Migration } from './index';

export const signing: Migration = {
  version: 15,
  name: 'signing identity and signed report PDFs',
  up(db) {
    db.exec(`
      CREATE TABLE signing_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_pkcs8 BLOB NOT NULL,
        chain_json TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('imported', 'platform')),
        added_at TEXT NOT NULL
      );
      ALTER TABLE submitted_reports ADD COLUMN signed_pdf BLOB;
      ALTER TABLE submitted_reports ADD COLUMN electronic_signature_json TEXT;
    `);
  },
};
