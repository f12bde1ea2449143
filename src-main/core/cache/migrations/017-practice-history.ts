// Schema 17: the expert's practice. Their past opinions as the platform gives them (no patient
// data: disease, family, dates, complexity, divergence, review time), including those whose cases
// have left this computer, and the network's reference figures; refreshed by sync, kept encrypted.
import type { Migration } from './index';

export const practiceHistory: Migration = {
  version: 17,
  name: 'practice history and the network reference',
  up(db) {
    db.exec(`
      CREATE TABLE practice_opinions (
        id TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        disease TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        reported_at TEXT NOT NULL,
        due_at TEXT,
        complexity TEXT NOT NULL CHECK (complexity IN ('simple', 'complex')),
        divergence TEXT NOT NULL CHECK (divergence IN ('convergent', 'divergent')),
        divergence_kind TEXT CHECK (divergence_kind IN ('diagnostic', 'therapeutic', 'both')),
        review_seconds INTEGER NOT NULL CHECK (review_seconds >= 0)
      );
      CREATE TABLE practice_network (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        network_json TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      );
    `);
  },
};
