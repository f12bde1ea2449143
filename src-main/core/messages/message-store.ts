// The secure messages of a case, kept in the encrypted cache: what the expert writes is stored at
// once as "queued" with its outbox row (it leaves when the platform is reachable, exactly once:
// the message's id is its identity on the platform too); what the platform holds comes back with
// each sync and updates the delivery state, and the patient's messages arrive unread.
import { randomUUID } from 'node:crypto';
import type { CaseMessage } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { z } from 'zod';
import { casePath, declareOutboxKind } from '../outbox/outbox-kind';
import type { Message as RemoteMessage } from '../../../shared/platform-api/cases';

interface MessageRow {
  id: string;
  direction: CaseMessage['direction'];
  kind: CaseMessage['kind'];
  body: string;
  created_at: string;
  delivery_state: CaseMessage['deliveryState'];
  read_locally: number;
  answered: number;
}

const toMessage = (row: MessageRow): CaseMessage => ({
  id: row.id,
  direction: row.direction,
  kind: row.kind,
  body: row.body,
  createdAt: row.created_at,
  deliveryState: row.delivery_state,
  unread: row.direction === 'from_patient' && row.read_locally === 0,
  answered: row.answered === 1,
});

export function listMessages(db: CacheDatabase, caseId: string): CaseMessage[] {
  // A follow-up question is answered by the addendum signed after it (an addendum's form lists them all).
  return db
    .prepare<[string], MessageRow>(
      `SELECT m.*, (m.kind = 'follow_up_question' AND EXISTS (
           SELECT 1 FROM submitted_reports s WHERE s.case_id = m.case_id AND s.kind = 'addendum' AND s.state != 'rejected' AND s.signed_at >= m.created_at
         )) AS answered
         FROM messages m WHERE m.case_id = ? ORDER BY m.created_at, m.id`,
    )
    .all(caseId)
    .map(toMessage);
}

/** Stores the expert's message as queued and its outbox row, in the caller's transaction. */
export function queueMessage(db: CacheDatabase, caseId: string, body: string, kind: 'message' | 'info_request', now: Date): CaseMessage {
  const id = randomUUID();
  const createdAt = now.toISOString();
  db.prepare(
    `INSERT INTO messages (id, case_id, direction, kind, body, created_at, delivery_state, read_locally) VALUES (?, ?, 'to_patient', ?, ?, ?, 'queued', 1)`,
  ).run(id, caseId, kind, body, createdAt);
  MESSAGE_SEND.add(db, caseId, { id, body, kind }, now);
  return { id, direction: 'to_patient', kind, body, createdAt, deliveryState: 'queued', unread: false, answered: false };
}

/** The platform took the message. */
function markMessageSent(db: CacheDatabase, id: string): void {
  db.prepare(`UPDATE messages SET delivery_state = 'sent' WHERE id = ? AND delivery_state = 'queued'`).run(id);
}

/** The messages domain's outbox kind: a message or a request for information, sent once; the platform taking it marks it sent. */
export const MESSAGE_SEND = declareOutboxKind({
  kind: 'message.send',
  path: casePath('messages'),
  payload: z.object({ id: z.string(), body: z.string(), kind: z.enum(['message', 'info_request']) }),
  answer: z.unknown(),
  accepted: (db, { payload }) => markMessageSent(db, payload.id),
});

export const messageOutboxKinds = { 'message.send': MESSAGE_SEND };

/** The case's thread as the platform holds it: new patient messages arrive unread; read receipts update ours. */
export function mergeRemoteMessages(db: CacheDatabase, caseId: string, remote: readonly RemoteMessage[]): number {
  let arrived = 0;
  for (const m of remote) {
    const state = m.direction === 'from_patient' ? 'received' : m.readAt ? 'read' : 'sent';
    const { changes } = db
      .prepare(
        `INSERT INTO messages (id, case_id, direction, kind, body, created_at, delivery_state, read_locally) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
      )
      .run(m.id, caseId, m.direction, m.kind, m.body, m.createdAt, state, m.direction === 'from_patient' ? 0 : 1);
    if (changes > 0 && m.direction === 'from_patient') arrived++;
    if (changes === 0 && state === 'read') db.prepare(`UPDATE messages SET delivery_state = 'read' WHERE id = ?`).run(m.id);
  }
  return arrived;
}

/** The expert has seen the thread; answers how many patient messages are still unread anywhere. */
export function markThreadRead(db: CacheDatabase, caseId: string): number {
  db.prepare(`UPDATE messages SET read_locally = 1 WHERE case_id = ? AND direction = 'from_patient'`).run(caseId);
  return unreadCount(db);
}

function unreadCount(db: CacheDatabase): number {
  return db.prepare<[], number>(`SELECT count(*) FROM messages WHERE direction = 'from_patient' AND read_locally = 0`).pluck().get() ?? 0;
}
