// The reports domain's outbox kinds: a signed report and an addendum. The platform's receipt marks
// the submission received (and the case submitted, for the report); a refusal marks it refused,
// kept here for the expert to reopen or export.
import { z } from 'zod';
import { COMPLEXITIES, DIVERGENCE_KINDS, Locale, ReportAnswers } from '../../../contract';
import { markSubmitted } from '../cases/case-store';
import { casePath, declareOutboxKind } from '../outbox/outbox-kind';
import { markSubmissionReceived, markSubmissionRefused } from './report-store';

const Submission = z.object({
  reportId: z.string(),
  kind: z.enum(['report', 'addendum']),
  baseVersion: z.number().int(),
  templateId: z.string(),
  language: Locale,
  divergence: z.enum(['convergent', 'divergent']),
  divergenceKind: z.enum(DIVERGENCE_KINDS).nullable(),
  complexity: z.enum(COMPLEXITIES),
  reviewSeconds: z.number().int(),
  signedBy: z.string(),
  signedAt: z.string(),
  answers: ReportAnswers,
  /** The report as a FHIR R4 document Bundle, the signed PDF in its DiagnosticReport; absent from submissions queued before it was sent. */
  fhir: z.record(z.string(), z.unknown()).optional(),
});
export type SubmissionPayload = z.infer<typeof Submission>;

/** The platform's receipt, kept whole (what it says beyond its id and time is shown as it came). */
const Received = z.object({ receipt: z.looseObject({ id: z.string(), receivedAt: z.string() }) });

function submissionKind(kind: 'report.submit' | 'addendum.submit') {
  return declareOutboxKind({
    kind,
    path: casePath('reports'),
    payload: Submission,
    answer: Received,
    accepted(db, { caseId, payload }, { receipt }) {
      markSubmissionReceived(db, payload.reportId, receipt);
      if (kind === 'report.submit' && caseId) markSubmitted(db, caseId);
    },
    refused: (db, { payload }, code) => markSubmissionRefused(db, payload.reportId, code),
  });
}

export const REPORT_SUBMIT = submissionKind('report.submit');
export const ADDENDUM_SUBMIT = submissionKind('addendum.submit');
export const SUBMISSION_KINDS = ['report.submit', 'addendum.submit'] as const;

export const reportOutboxKinds = { 'report.submit': REPORT_SUBMIT, 'addendum.submit': ADDENDUM_SUBMIT };
