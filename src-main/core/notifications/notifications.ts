// The notifications as a service: refreshed after every change to the cases (a sync, a message
// read) and every few minutes for due dates; each refresh that finds something new announces it
// (`notifications.changed`), which the Electron shell turns into an OS notification.
import type { EventPayload, NotificationList } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { Logger } from '../log/logger';
import type { Clock } from '../ports';
import { listNotifications, markNotificationsRead, refreshNotifications } from './notification-store';

const DUE_CHECK_MS = 5 * 60_000;

export interface NotificationsDeps {
  cache: CaseCache;
  clock: Clock;
  log: Logger;
  /** Something new, or the unread count changed. */
  announce: (payload: EventPayload<'notifications.changed'>) => void;
}

export class Notifications {
  private timer: NodeJS.Timeout | null = null;
  private lastUnread = -1;

  constructor(private readonly deps: NotificationsDeps) {}

  start(): void {
    void this.refresh();
    this.timer ??= setInterval(() => void this.refresh(), DUE_CHECK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.lastUnread = -1;
  }

  async refresh(): Promise<void> {
    if (this.deps.cache.state !== 'unlocked') return;
    try {
      const fresh = await this.deps.cache.write((db) => refreshNotifications(db, this.deps.clock.now()));
      const { unread } = listNotifications(this.deps.cache.database());
      // Most syncs change nothing here: the renderer hears only of a change.
      if (fresh.length === 0 && unread === this.lastUnread) return;
      this.lastUnread = unread;
      this.deps.announce({ unread, fresh });
    } catch (error) {
      this.deps.log.warn('notifications not refreshed', { error: this.deps.log.describe(error) });
    }
  }

  list(): NotificationList {
    return listNotifications(this.deps.cache.database());
  }

  async markRead(ids?: readonly string[]): Promise<NotificationList> {
    await this.deps.cache.write((db) => markNotificationsRead(db, ids));
    const list = listNotifications(this.deps.cache.database());
    this.lastUnread = list.unread;
    this.deps.announce({ unread: list.unread, fresh: [] });
    return list;
  }
}
