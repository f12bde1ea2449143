// Every domain's outbox kinds merged into the one table the sender drains from, as core/handlers.ts
// merges their handlers. Each domain spreads its own: a new kind of an existing domain is added in
// that domain's file (and its name in contract/sync.ts, which the renderer counts and names). A kind
// missing here is a type error.
import type { OutboxKind } from './outbox/outbox';
import type { OutboxKindSpec } from './outbox/outbox-kind';
import { caseOutboxKinds } from './cases/case-outbox';
import { messageOutboxKinds } from './messages/message-store';
import { reportOutboxKinds } from './reports/report-outbox';
import { auditOutboxKinds } from './security/audit-log';
import { reviewOutboxKinds } from './timer/review-outbox';

export const OUTBOX_KIND_TABLE: Readonly<Record<OutboxKind, OutboxKindSpec>> = {
  ...caseOutboxKinds,
  ...reportOutboxKinds,
  ...messageOutboxKinds,
  ...reviewOutboxKinds,
  ...auditOutboxKinds,
};
