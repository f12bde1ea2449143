// What deserves the expert's attention (`notifications.*`).
import { z } from 'zod';
import { type CallTable, NoInput } from './common';

export const NOTIFICATION_KINDS = ['offered', 'message', 'withdrawn', 'due-soon', 'overdue'] as const;

/** Names the case by its reference only: the same text may reach the OS notification centre. */
export const AppNotification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  caseId: z.string(),
  reference: z.string(),
  at: z.string(),
  read: z.boolean(),
});
export type AppNotification = z.infer<typeof AppNotification>;

export const NotificationList = z.object({ items: z.array(AppNotification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;

/** The `notifications` calls: name → input and output schemas. */
export const notificationsMethods = {
  'notifications.list': { input: NoInput, output: NotificationList },
  'notifications.markRead': { input: z.object({ ids: z.array(z.string().max(200)).max(500).optional() }).strict(), output: NotificationList },
} as const satisfies CallTable;

/** The `notifications` events core pushes: name → payload schema. */
export const notificationsEvents = {
  /** The unread count, and the notifications that just appeared (the shell shows those to the OS). */
  'notifications.changed': z.object({ unread: z.number().int(), fresh: z.array(AppNotification) }),
} as const satisfies Record<string, z.ZodType>;
