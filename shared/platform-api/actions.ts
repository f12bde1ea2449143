// The expert API's shapes of what the expert does (each POST carries an Idempotency-Key): accept,
// decline, submit a report or addendum, record review time, message the patient, send audit entries.
import { z } from 'zod';

export const AcceptRequest = z
  .object({ attestation: z.object({ notDirectlyInCharge: z.literal(true), statedAt: z.string() }) })
  .meta({ id: 'AcceptRequest', description: 'The expert attests not being directly in charge of the patient.' });

export const DeclineRequest = z
  .object({
    reason: z.enum(['conflict_of_interest', 'outside_expertise', 'unavailable', 'insufficient_information', 'mental_health', 'other']),
    details: z.string().max(2000).default(''),
  })
  .meta({ id: 'DeclineRequest' });

/** The report as a FHIR R4 document Bundle (Composition first); the platform checks its references and the signed PDF it presents. */
export const ReportDocument = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    type: z.literal('document'),
    timestamp: z.string(),
    entry: z
      .array(z.object({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string() }) }))
      .min(2)
      .max(20),
  })
  .meta({ id: 'ReportDocument' });
export type ReportDocument = z.infer<typeof ReportDocument>;

export const ReportSubmission = z
  .object({
    kind: z.enum(['report', 'addendum']),
    baseVersion: z.number().int(),
    templateId: z.string(),
    language: z.enum(['fr', 'en']),
    divergence: z.enum(['convergent', 'divergent']),
    divergenceKind: z.enum(['diagnostic', 'therapeutic', 'both']).nullable(),
    complexity: z.enum(['simple', 'complex']),
    reviewSeconds: z.number().int().nonnegative(),
    signedBy: z.string(),
    signedAt: z.string(),
    answers: z.unknown(),
    fhir: ReportDocument.optional().meta({
      description: 'Its DiagnosticReport presents the signed PDF, whose PAdES signature is verified before the report is accepted.',
    }),
  })
  .meta({ id: 'ReportSubmission' });

export const ReportReceipt = z
  .object({
    receipt: z.object({
      id: z.string(),
      receivedAt: z.string(),
      kind: z.enum(['report', 'addendum']),
      electronicSignature: z
        .enum(['verified', 'none'])
        .meta({ description: '`verified`: the PDF’s signature was checked and its signer is trusted; `none`: signed by name.' }),
    }),
  })
  .meta({ id: 'ReportReceipt' });

const seconds = z.number().int().nonnegative();
export const ReviewSession = z
  .object({
    sessionId: z.string().uuid(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    activeSeconds: seconds,
    idleKeptSeconds: seconds.default(0),
    idleDiscardedSeconds: seconds.default(0),
    endReason: z.string().nullable().default(null),
    adjustedSeconds: seconds.nullable().default(null),
    adjustmentReason: z.string().nullable().default(null),
    removed: z.boolean().default(false),
    removalReason: z.string().nullable().default(null),
    phase: z.enum(['review', 'after-report']).default('review').meta({ description: '`after-report`: reading the case once its report was signed.' }),
  })
  .refine((s) => s.adjustedSeconds === null || s.adjustedSeconds <= s.activeSeconds, {
    message: 'adjustedSeconds may not exceed activeSeconds',
    path: ['adjustedSeconds'],
  })
  .meta({ id: 'ReviewSession', description: 'A review session; the same sessionId again replaces it (a correction).' });

export const ReviewRecorded = z.object({ recorded: z.boolean(), reviewSeconds: seconds }).meta({ id: 'ReviewRecorded' });

export const MessageRequest = z
  .object({
    id: z.string().uuid().optional().meta({ description: 'The workstation’s id for the message: a resend is the same message.' }),
    body: z.string().min(1).max(20_000),
    kind: z.enum(['message', 'info_request']).default('message'),
  })
  .meta({ id: 'MessageRequest' });

export const MessageSent = z.object({ id: z.string(), createdAt: z.string() }).meta({ id: 'MessageSent' });

const Hash = z.string().regex(/^[0-9a-f]{64}$/);
export const AuditBatch = z
  .object({
    deviceId: z.string().uuid(),
    entries: z
      .array(
        z.object({
          seq: z.number().int().min(1),
          at: z.string(),
          action: z.string().max(100),
          caseId: z.string().nullable(),
          detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
          prevHash: Hash,
          hash: Hash,
        }),
      )
      .min(1)
      .max(1000),
  })
  .meta({ id: 'AuditBatch', description: 'Entries continuing the device’s hash chain.' });

export const AuditHead = z.object({ head: z.object({ seq: z.number().int(), hash: z.string() }) }).meta({ id: 'AuditHead' });

export const Declined = z.object({ status: z.literal('declined') }).meta({ id: 'Declined' });
