// Schema 6: corrections of review sessions are recorded, never silent — when a session was
// shortened or removed, and why it was removed (the shortening's reason has its column since 1).
import type { Migration } from './index';

export const reviewSessionCorrections: Migration = {
  version: 6,
  name: 'review session corrections',
  up(db) {
    db.exec(`
      ALTER TABLE review_sessions ADD COLUMN removal_reason TEXT;
      ALTER TABLE review_sessions ADD COLUMN corrected_at TEXT;
    `);
  },
};
