// The `notifications.*` calls: the list with its unread count, and marking read.
import type { HandlerTable } from '../rpc/registry';

export const notificationsHandlers = {
  'notifications.list': (ctx) => ctx.notifications.list(),
  'notifications.markRead': (ctx, { ids }) => ctx.notifications.markRead(ids),
} satisfies HandlerTable;
