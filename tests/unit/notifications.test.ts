// Notifications: derived from the cache once each (an offered case, a patient's message, a
// withdrawal, a due date near or passed), read when seen, and worded for the OS with the case
// reference only.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { testCache, TEST_PASSPHRASE } from '../support/cache';
import { listNotifications, markNotificationsRead, refreshNotifications } from '../../src-main/core/notifications/notification-store';
import { markThreadRead } from '../../src-main/core/messages/message-store';
import { osNotificationSummary, osNotificationText } from '../../src-main/host/notification-text';
import type { CacheDatabase } from '../../src-main/core/cache/database';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const NOW = new Date('2026-11-22T10:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3600_000).toISOString();

function addCase(db: CacheDatabase, id: string, status: string, dueAt: string | null) {
  db.prepare(
    `INSERT INTO cases (id, reference, status, disease_family, disease, language, offered_at, due_at, platform_version, read_only, updated_at)
     VALUES (?, ?, ?, 'orthopedic', 'Knee', 'fr', ?, ?, 1, ?, ?)`,
  ).run(id, `SMO-${id}`, status, hours(-48), dueAt, status === 'withdrawn' ? 1 : 0, hours(-1));
}

async function cache() {
  const dir = makeTempDir();
  dirs.push(dir);
  const c = testCache(dir.path);
  await c.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
  return c;
}

describe('notifications', () => {
  it('are read once what they announced is handled: a due date met by a signed report, a case no longer open', async () => {
    const c = await cache();
    await c.write((db) => {
      addCase(db, 'b', 'accepted', hours(20));
      addCase(db, 'c', 'accepted', hours(-2));
      refreshNotifications(db, NOW);
    });
    expect(listNotifications(c.database()).unread).toBe(2);
    await c.write((db) => {
      db.prepare(
        `INSERT INTO submitted_reports (id, case_id, kind, template_id, template_version, language, answers_json, divergence, complexity, review_seconds, signed_by, signed_at, base_version, state)
         VALUES ('r', 'b', 'report', 'orthopedics', '1', 'fr', '{}', 'convergent', 'simple', 60, 'Dr', ?, 1, 'queued')`,
      ).run(hours(-1));
      db.prepare(`UPDATE cases SET status = 'submitted' WHERE id = 'c'`).run();
      refreshNotifications(db, NOW);
    });
    expect(listNotifications(c.database()).items.map((n) => [n.id, n.read])).toEqual([
      ['due-soon:b', true],
      ['overdue:c', true],
    ]);
    // Nothing comes back for them as time passes.
    expect(await c.write((db) => refreshNotifications(db, new Date(NOW.getTime() + 48 * 3600_000)))).toEqual([]);
  });

  it('come once each, from the cases and the messages, and are read when seen', async () => {
    const c = await cache();
    const fresh = await c.write((db) => {
      addCase(db, 'a', 'offered', null);
      addCase(db, 'b', 'accepted', hours(20)); // due within 24 h
      addCase(db, 'c', 'accepted', hours(-2)); // overdue
      addCase(db, 'd', 'withdrawn', null);
      addCase(db, 'e', 'accepted', hours(72)); // not yet
      db.prepare(
        `INSERT INTO messages (id, case_id, direction, kind, body, created_at, delivery_state) VALUES ('m1', 'e', 'from_patient', 'message', 'Bonjour', ?, 'received')`,
      ).run(hours(-0.5));
      return refreshNotifications(db, NOW);
    });
    expect(fresh.map((n) => n.id).sort()).toEqual(['due-soon:b', 'message:m1', 'offered:a', 'overdue:c', 'withdrawn:d']);
    // Nothing new the second time.
    expect(await c.write((db) => refreshNotifications(db, NOW))).toEqual([]);
    expect(listNotifications(c.database()).unread).toBe(5);

    // The message read in its thread: its notification is read.
    await c.write((db) => {
      markThreadRead(db, 'e');
      refreshNotifications(db, NOW);
    });
    expect(listNotifications(c.database()).items.find((n) => n.id === 'message:m1')?.read).toBe(true);
    await c.write((db) => markNotificationsRead(db, ['offered:a']));
    expect(listNotifications(c.database()).unread).toBe(3);
    await c.write((db) => markNotificationsRead(db));
    expect(listNotifications(c.database()).unread).toBe(0);
  });

  it('reach the OS worded with the case reference only', () => {
    expect(osNotificationText({ kind: 'message', reference: 'SMO-2026-0101' }, 'fr')).toEqual({ title: 'Nouveau message d’un patient', body: 'SMO-2026-0101' });
    expect(osNotificationText({ kind: 'overdue', reference: 'SMO-2026-0104' }, 'en')).toEqual({ title: 'A case is overdue', body: 'SMO-2026-0104' });
    // The first sync of a new installation: one summary, references only.
    const burst = ['SMO-1', 'SMO-2', 'SMO-2', 'SMO-3'].map((reference) => ({ reference }));
    expect(osNotificationSummary(burst, 'fr')).toEqual({ title: '4 nouvelles notifications', body: 'SMO-1, SMO-2, SMO-3' });
  });
});
