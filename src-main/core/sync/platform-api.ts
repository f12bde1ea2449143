// The shapes of the platform's answers (docs/platform-api.md), checked at the boundary.
import { z } from 'zod';

export const RemoteAttachment = z.object({
  id: z.string(),
  kind: z.enum(['dicom', 'pdf', 'photo', 'other']),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string().nullable().optional(),
});

export const CaseRecord = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number().int(),
  status: z.enum(['offered', 'accepted', 'waiting_for_patient', 'submitted', 'closed', 'withdrawn', 'declined']),
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
  questionnaire: z.record(z.string(), z.unknown()),
  questions: z.array(z.object({ id: z.string(), text: z.string(), askedAt: z.string().nullable().optional() })),
  attachments: z.array(RemoteAttachment),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const RemoteMessage = z.object({
  id: z.string(),
  direction: z.enum(['to_patient', 'from_patient']),
  kind: z.enum(['message', 'info_request', 'follow_up_question']),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable().optional(),
});
export type RemoteMessage = z.infer<typeof RemoteMessage>;
