// Schema 7: a draft is a report or, after submission, an addendum; a submission keeps the form it
// was written on (so it reads the same after the templates change) and why the platform refused it.
import type { Migration } from './index';

export const reportKinds: Migration = {
  version: 7,
  name: 'report kinds',
  up(db) {
    db.exec(`
      ALTER TABLE report_drafts ADD COLUMN kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'addendum'));
      ALTER TABLE submitted_reports ADD COLUMN form_json TEXT;
      ALTER TABLE submitted_reports ADD COLUMN rejection TEXT;
    `);
  },
};
