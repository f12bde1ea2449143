// Schema 2: what the sync engine remembers between runs — the platform's refusal of a change to a
// case (shown on the case), the validator and attempt count of each attachment download.
import type { Migration } from './index';

export const syncBookkeeping: Migration = {
  version: 2,
  name: 'sync bookkeeping',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN sync_conflict TEXT;
      ALTER TABLE attachments ADD COLUMN etag TEXT;
      ALTER TABLE attachments ADD COLUMN digest_failures INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX attachments_download ON attachments (download_state);
    `);
  },
};
