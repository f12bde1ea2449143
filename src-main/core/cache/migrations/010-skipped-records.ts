// Schema 10: the platform's records this version could not take (an unknown status, a field out
// of shape, a record too large or nested too deep), by case, so that sync goes on without them,
// says how many there are, and fetches them again when a newer version of the app runs.
import type { Migration } from './index';

export const skippedRecords: Migration = {
  version: 10,
  name: 'skipped platform records',
  up(db) {
    db.exec(`
      CREATE TABLE skipped_records (
        case_id TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        app_version TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      );
    `);
  },
};
