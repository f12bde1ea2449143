// A case's thread with the patient as a service: reading it, writing (a message, or a request for
// information that puts the case on hold), and marking it read. Messages are queued in the outbox
// with the write and sent by the next sync.
import type { CaseMessage } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { Clock } from '../ports';
import { CoreError } from '../rpc/core-error';
import { holdForPatient, requireCase } from '../cases/case-store';
import type { Notifications } from '../notifications/notifications';
import type { SyncEngine } from '../sync/sync-engine';
import { listMessages, markThreadRead, queueMessage } from './message-store';

export interface MessageServiceDeps {
  cache: CaseCache;
  clock: Clock;
  notifications: Notifications;
  sync: SyncEngine;
  /** These cases changed (`cases.changed`). */
  changed: (caseIds: string[]) => void;
}

export class MessageService {
  constructor(private readonly deps: MessageServiceDeps) {}

  list(caseId: string): CaseMessage[] {
    return listMessages(this.deps.cache.database(), caseId);
  }

  async send(caseId: string, body: string, kind: 'message' | 'info_request'): Promise<CaseMessage> {
    const { cache, clock } = this.deps;
    const message = await cache.write((db) => {
      if (requireCase(db, caseId).readOnly) throw new CoreError('CONFLICT', 'This case is closed: no more messages can be sent from here.');
      const queued = queueMessage(db, caseId, body, kind, clock.now());
      // Asking for information puts the case on hold, here at once and on the platform when it is sent.
      if (kind === 'info_request') holdForPatient(db, caseId);
      return queued;
    });
    this.deps.changed([caseId]);
    this.deps.sync.requestRun(0);
    return message;
  }

  async markRead(caseId: string): Promise<{ unread: number }> {
    const unread = await this.deps.cache.write((db) => markThreadRead(db, caseId));
    this.deps.changed([caseId]);
    await this.deps.notifications.refresh();
    return { unread };
  }
}
