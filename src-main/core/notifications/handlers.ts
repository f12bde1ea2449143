// The `notifications.*` calls: the list with its unread count, and marking read.
import type { HandlerTable } from '../rpc/registry';
import { listNotifications } from './notification-store';

export const notificationsHandlers = {
  'notifications.list': (ctx) => listNotifications(ctx.cache.database()),
  'notifications.markRead': (ctx, { ids }) => ctx.notifications.markRead(ids),
} satisfies HandlerTable;
