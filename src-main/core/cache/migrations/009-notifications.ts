// Schema 9: the expert's notifications (a new offered case, a patient's message, a withdrawn case,
// a due date in less than 24 hours or passed), each once, with whether it was read; and whether a
// document arrived after the expert first opened its case (flagged new until viewed).
import type { Migration } from './index';

export const notifications: Migration = {
  version: 9,
  name: 'notifications and new documents',
  up(db) {
    db.exec(`
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('offered', 'message', 'withdrawn', 'due-soon', 'overdue')),
        case_id TEXT NOT NULL,
        reference TEXT NOT NULL,
        at TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX notifications_unread ON notifications (read, at);
      ALTER TABLE attachments ADD COLUMN is_new INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN first_opened_at TEXT;
    `);
  },
};
