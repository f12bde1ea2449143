// The inbox and one case (`cases.*`): summaries, the case file, accepting and declining.
import { z } from 'zod';
import { type CallTable, CaseId, NoInput } from './common';

export const CASE_STATUSES = ['offered', 'accepted', 'waiting_for_patient', 'submitted', 'closed', 'withdrawn', 'reassigned', 'declined'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);

export const CaseSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: CaseStatus,
  diseaseFamily: z.string(),
  disease: z.string(),
  language: z.string(),
  offeredAt: z.string(),
  dueAt: z.string().nullable(),
  readOnly: z.boolean(),
  purgeAfter: z.string().nullable(),
  /** The platform refused a change to this case (e.g. CASE_WITHDRAWN); the local work is kept. */
  syncConflict: z.string().nullable(),
  pendingChanges: z.number().int().nonnegative(),
  documents: z.object({
    total: z.number().int(),
    available: z.number().int(),
    corrupt: z.number().int(),
    bytesDone: z.number(),
    bytesTotal: z.number(),
  }),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/**
 * The date a document belongs to in the patient's history, and where it was read: the DICOM study's
 * date, the date written on a PDF's first page (`written`) or recognised there by OCR (`recognised`),
 * the PDF's creation date, or, failing all, the day it reached the platform (`uploaded`). `on` is a
 * day (YYYY-MM-DD), or for `uploaded` the upload's timestamp.
 */
export const DocumentDate = z.object({
  on: z.string(),
  source: z.enum(['study', 'written', 'recognised', 'created', 'uploaded']),
});
export type DocumentDate = z.infer<typeof DocumentDate>;

export const CaseDocument = z.object({
  id: z.string(),
  /** As the platform classed it, except `archive`: a zip whose DICOM files the workstation extracts. */
  kind: z.enum(['dicom', 'pdf', 'photo', 'archive', 'other']),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  addedAt: z.string().nullable(),
  downloadState: z.enum(['pending', 'downloading', 'available', 'corrupt']),
  bytesDone: z.number().int(),
  /** Arrived after the expert first opened the case (e.g. answering a request), not viewed yet. */
  isNew: z.boolean(),
  /** Null: no date known at all (no upload date either). */
  date: DocumentDate.nullable(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const CaseDetail = z.object({
  summary: CaseSummary,
  patient: z.object({
    age: z.number().int().nullable(),
    sex: z.string().nullable(),
    region: z.string().nullable(),
    employmentCategory: z.string().nullable(),
    gpAware: z.boolean().nullable(),
    gpConsent: z.boolean().nullable(),
  }),
  firstOpinion: z.object({ diagnosis: z.string(), proposedTreatment: z.string(), givenBy: z.string().nullable(), givenAt: z.string().nullable() }).nullable(),
  /** A FHIR R4 QuestionnaireResponse as the patient filled it in. */
  questionnaire: z.record(z.string(), z.unknown()).nullable(),
  questions: z.array(z.object({ id: z.string(), position: z.number().int(), text: z.string() })),
  documents: z.array(CaseDocument),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const DECLINE_REASONS = ['conflict_of_interest', 'outside_expertise', 'unavailable', 'insufficient_information', 'mental_health', 'other'] as const;

/** The `cases` calls: name → input and output schemas. */
export const casesMethods = {
  'cases.list': { input: NoInput, output: z.array(CaseSummary) },
  /** The expert opens a case: its documents download first. */
  'cases.open': { input: z.object({ caseId: CaseId }).strict(), output: CaseDetail },
  'cases.get': { input: z.object({ caseId: CaseId }).strict(), output: CaseDetail },
  'cases.accept': {
    input: z.object({ caseId: CaseId, notDirectlyInCharge: z.literal(true) }).strict(),
    output: CaseSummary,
  },
  'cases.decline': {
    input: z.object({ caseId: CaseId, reason: z.enum(DECLINE_REASONS), details: z.string().max(2000).default('') }).strict(),
    output: CaseSummary,
  },
} as const satisfies CallTable;

/** The `cases` events core pushes: name → payload schema. */
export const casesEvents = {
  'cases.changed': z.object({ caseIds: z.array(z.string()) }),
} as const satisfies Record<string, z.ZodType>;
