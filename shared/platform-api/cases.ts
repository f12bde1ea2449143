// The expert API's shapes of cases, their documents, the feed of changes and the messages.
import { z } from 'zod';

export const Attachment = z
  .object({
    id: z.string(),
    kind: z.enum(['dicom', 'pdf', 'photo', 'other']),
    name: z.string(),
    mediaType: z.string(),
    size: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    addedAt: z.string().nullable().optional(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

export const CASE_STATUSES = ['offered', 'accepted', 'waiting_for_patient', 'submitted', 'closed', 'withdrawn', 'declined'] as const;

export const CaseRecord = z
  .object({
    id: z.string(),
    reference: z.string(),
    version: z.number().int(),
    status: z.enum(CASE_STATUSES),
    diseaseFamily: z.string(),
    disease: z.string(),
    language: z.string(),
    offeredAt: z.string(),
    dueAt: z.string().nullable(),
    patient: z.object({
      age: z.number().int().nullable().optional(),
      sex: z.enum(['female', 'male', 'other', 'unknown']).nullable().optional(),
      region: z.string().nullable().optional(),
      employmentCategory: z.string().nullable().optional(),
      gpAware: z.boolean().nullable().optional(),
      gpConsent: z.boolean().nullable().optional(),
    }),
    firstOpinion: z.object({
      diagnosis: z.string(),
      proposedTreatment: z.string(),
      givenBy: z.string().nullable().optional(),
      givenAt: z.string().nullable().optional(),
    }),
    questionnaire: z.record(z.string(), z.unknown()).meta({ description: 'The patient’s medical questionnaire (a FHIR QuestionnaireResponse).' }),
    questions: z.array(z.object({ id: z.string(), text: z.string(), askedAt: z.string().nullable().optional() })),
    attachments: z.array(Attachment),
  })
  .meta({ id: 'Case' });
export type CaseRecord = z.infer<typeof CaseRecord>;

export const FeedChange = z.object({ caseId: z.string().min(1).max(100), type: z.string().max(64), at: z.string().max(64) }).meta({ id: 'FeedChange' });

export const FeedPage = z
  .object({
    changes: z.array(FeedChange),
    cursor: z.string().meta({ description: 'Where the next request starts (opaque).' }),
    hasMore: z.boolean(),
  })
  .meta({ id: 'FeedPage' });

export const Message = z
  .object({
    id: z.string(),
    direction: z.enum(['to_patient', 'from_patient']),
    kind: z.enum(['message', 'info_request', 'follow_up_question']),
    body: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable().optional(),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const MessageList = z.object({ messages: z.array(Message) }).meta({ id: 'MessageList' });
