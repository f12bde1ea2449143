// The thread with the patient (`messages.*`).
import { z } from 'zod';
import { type CallTable, CaseId } from './common';

export const MESSAGE_KINDS = ['message', 'info_request', 'follow_up_question'] as const;
/** queued: waiting in the outbox; sent: the platform has it; read: the patient read it; received: from the patient. */
export const DELIVERY_STATES = ['queued', 'sent', 'read', 'received'] as const;

export const CaseMessage = z.object({
  id: z.string(),
  direction: z.enum(['to_patient', 'from_patient']),
  kind: z.enum(MESSAGE_KINDS),
  body: z.string(),
  createdAt: z.string(),
  deliveryState: z.enum(DELIVERY_STATES),
  /** A patient's message the expert has not seen yet. */
  unread: z.boolean(),
  /** A follow-up question an addendum signed after it answers. */
  answered: z.boolean(),
});
export type CaseMessage = z.infer<typeof CaseMessage>;

/** The `messages` calls: name → input and output schemas. */
export const messagesMethods = {
  'messages.list': { input: z.object({ caseId: CaseId }).strict(), output: z.array(CaseMessage) },
  'messages.send': {
    input: z.object({ caseId: CaseId, body: z.string().trim().min(1).max(20_000), kind: z.enum(['message', 'info_request']).default('message') }).strict(),
    output: CaseMessage,
  },
  'messages.markRead': { input: z.object({ caseId: CaseId }).strict(), output: z.object({ unread: z.number().int() }) },
} as const satisfies CallTable;
