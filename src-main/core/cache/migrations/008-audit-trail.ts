// Schema 8: the platform's acknowledgement of the audit trail (the anchor: an entry removed from
// the end of the chain is caught against it), and this installation's device id (sent at sign-in;
// the platform can revoke the device). The audit log itself has existed since schema 1.
import { randomUUID } from 'node:crypto';
import type { Migration } from './index';

export const auditTrail: Migration = {
  version: 8,
  name: 'audit anchor and device',
  up(db) {
    db.exec(`
      CREATE TABLE audit_anchor (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL, acknowledged_at TEXT NOT NULL);
      CREATE TABLE device (id INTEGER PRIMARY KEY CHECK (id = 1), device_id TEXT NOT NULL);
    `);
    db.prepare('INSERT INTO device (id, device_id) VALUES (1, ?)').run(randomUUID());
  },
};
