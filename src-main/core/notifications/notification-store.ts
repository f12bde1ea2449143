// What deserves the expert's attention, derived from the cache after each sync and as time passes:
// a case offered, a patient's message, a case withdrawn, a due date less than 24 hours away or
// passed. Each notification is recorded once (its id names its subject), so it is never shown
// twice, and is read once the expert has seen it, or once what it announced has been handled: the
// message read in its thread, the offer accepted or declined, the report signed before its due date.
import type { AppNotification, NotificationList } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { SIGNED_REPORT_CASES } from '../reports/report-store';

const DAY_MS = 24 * 3600 * 1000;
const OPEN = `status IN ('accepted', 'waiting_for_patient')`;
/** Cases whose report is signed (queued or with the platform): their due date is met. */
const SIGNED = SIGNED_REPORT_CASES;

interface Candidate {
  id: string;
  kind: AppNotification['kind'];
  caseId: string;
  reference: string;
  at: string;
}

function candidates(db: CacheDatabase, now: Date): Candidate[] {
  const soon = new Date(now.getTime() + DAY_MS).toISOString();
  const nowIso = now.toISOString();
  const rows = (sql: string, ...params: unknown[]) => db.prepare<unknown[], Candidate>(sql).all(...params);
  return [
    ...rows(`SELECT 'offered:' || id AS id, 'offered' AS kind, id AS caseId, reference, offered_at AS at FROM cases WHERE status = 'offered'`),
    ...rows(
      `SELECT 'message:' || m.id AS id, 'message' AS kind, c.id AS caseId, c.reference, m.created_at AS at
       FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.direction = 'from_patient' AND m.read_locally = 0`,
    ),
    ...rows(`SELECT 'withdrawn:' || id AS id, 'withdrawn' AS kind, id AS caseId, reference, updated_at AS at FROM cases WHERE status = 'withdrawn'`),
    ...rows(
      `SELECT 'due-soon:' || id AS id, 'due-soon' AS kind, id AS caseId, reference, ? AS at FROM cases WHERE ${OPEN} AND id NOT IN (${SIGNED}) AND due_at > ? AND due_at <= ?`,
      nowIso,
      nowIso,
      soon,
    ),
    ...rows(
      `SELECT 'overdue:' || id AS id, 'overdue' AS kind, id AS caseId, reference, due_at AS at FROM cases WHERE ${OPEN} AND id NOT IN (${SIGNED}) AND due_at <= ?`,
      nowIso,
    ),
  ];
}

/** Records what is new; answers the notifications that did not exist before. */
export function refreshNotifications(db: CacheDatabase, now: Date): AppNotification[] {
  const insert = db.prepare('INSERT INTO notifications (id, kind, case_id, reference, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING');
  const fresh: AppNotification[] = [];
  for (const c of candidates(db, now)) {
    if (insert.run(c.id, c.kind, c.caseId, c.reference, c.at).changes > 0) fresh.push({ ...c, read: false });
  }
  // A message read in its thread is a notification read.
  db.prepare(
    `UPDATE notifications SET read = 1 WHERE kind = 'message' AND read = 0
     AND substr(id, 9) IN (SELECT id FROM messages WHERE read_locally = 1)`,
  ).run();
  // An offer accepted or declined (or gone) has been answered.
  db.prepare(`UPDATE notifications SET read = 1 WHERE kind = 'offered' AND read = 0 AND case_id NOT IN (SELECT id FROM cases WHERE status = 'offered')`).run();
  // A due date is met once the report is signed, and moot once the case is no longer open.
  db.prepare(
    `UPDATE notifications SET read = 1 WHERE kind IN ('due-soon', 'overdue') AND read = 0
     AND (case_id NOT IN (SELECT id FROM cases WHERE ${OPEN}) OR case_id IN (${SIGNED}))`,
  ).run();
  return fresh;
}

export function listNotifications(db: CacheDatabase, limit = 50): NotificationList {
  const items = db
    .prepare<[number], Omit<AppNotification, 'read'> & { read: number }>(
      'SELECT id, kind, case_id AS caseId, reference, at, read FROM notifications ORDER BY at DESC, id LIMIT ?',
    )
    .all(limit)
    .map((n) => ({ ...n, read: n.read === 1 }));
  const unread = db.prepare<[], number>('SELECT count(*) FROM notifications WHERE read = 0').pluck().get() ?? 0;
  return { items, unread };
}

export function markNotificationsRead(db: CacheDatabase, ids?: readonly string[]): void {
  if (!ids) {
    db.prepare('UPDATE notifications SET read = 1 WHERE read = 0').run();
    return;
  }
  const mark = db.prepare('UPDATE notifications SET read = 1 WHERE id = ?');
  for (const id of ids) mark.run(id);
}
