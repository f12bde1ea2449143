// Every domain's outbox kinds merged into the one table the sender drains from, as core/handlers.ts
// merges their handlers. A kind missing here is a type error.
import type { OutboxKind } from './outbox/outbox';
import type { OutboxKindSpec } from './outbox/outbox-kind';
import { caseOutboxKinds } from './cases/case-outbox';
import { MESSAGE_SEND } from './messages/message-store';
import { reportOutboxKinds } from './reports/report-outbox';
import { AUDIT_ENTRIES } from './security/audit-log';
import { reviewOutboxKinds } from './timer/review-outbox';

export const OUTBOX_KIND_TABLE: Readonly<Record<OutboxKind, OutboxKindSpec>> = {
  ...caseOutboxKinds,
  ...reportOutboxKinds,
  'message.send': MESSAGE_SEND,
  ...reviewOutboxKinds,
  'audit.entries': AUDIT_ENTRIES,
};
