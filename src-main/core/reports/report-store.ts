// The rows behind a case's report: its context (status, consent, questions), the draft and the
// submissions, read and written in the encrypted cache.
import { caseNotFound } from '../cases/case-store';
import type { Divergence, FrozenFigure, Locale, ReportAnswers, ReportFigure, ReportItem, ReportSubmission, TemplateSummary } from '../../../contract';
import type { CacheDatabase } from '../cache/database';

export interface ReportCase {
  id: string;
  reference: string;
  status: string;
  readOnly: boolean;
  family: string;
  disease: string;
  language: Locale;
  gpConsent: boolean;
  platformVersion: number;
  questions: { id: string; text: string }[];
}

export interface DraftRow {
  kind: 'report' | 'addendum';
  templateId: string;
  templateVersion: string;
  language: Locale;
  answers: ReportAnswers;
  /** The key images shown as figures, with their captions (a new draft has none). */
  figures: ReportFigure[];
  revision: number;
  updatedAt: string;
}

export function readReportCase(db: CacheDatabase, caseId: string): ReportCase {
  const row = db
    .prepare<
      [string],
      Omit<ReportCase, 'readOnly' | 'gpConsent' | 'questions' | 'language'> & { readOnly: number; gpConsent: number | null; language: string }
    >(
      `SELECT id, reference, status, read_only AS readOnly, disease_family AS family, disease, language, gp_consent AS gpConsent,
              platform_version AS platformVersion FROM cases WHERE id = ?`,
    )
    .get(caseId);
  if (!row) throw caseNotFound();
  const questions = db
    .prepare<[string], ReportCase['questions'][number]>('SELECT id, text FROM patient_questions WHERE case_id = ? ORDER BY position')
    .all(caseId);
  return { ...row, readOnly: row.readOnly === 1, gpConsent: row.gpConsent === 1, language: row.language === 'fr' ? 'fr' : 'en', questions };
}

export function readDraft(db: CacheDatabase, caseId: string): DraftRow | null {
  const row = db
    .prepare<[string], Omit<DraftRow, 'answers' | 'figures'> & { answersJson: string; figuresJson: string }>(
      `SELECT kind, template_id AS templateId, template_version AS templateVersion, language, answers_json AS answersJson,
              figures_json AS figuresJson, revision, updated_at AS updatedAt FROM report_drafts WHERE case_id = ?`,
    )
    .get(caseId);
  if (!row) return null;
  const { answersJson, figuresJson, ...rest } = row;
  return { ...rest, answers: JSON.parse(answersJson) as ReportAnswers, figures: JSON.parse(figuresJson) as ReportFigure[] };
}

export function writeDraft(db: CacheDatabase, caseId: string, draft: DraftRow): void {
  db.prepare(
    `INSERT INTO report_drafts (case_id, kind, template_id, template_version, language, answers_json, figures_json, revision, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET kind = excluded.kind, template_id = excluded.template_id, template_version = excluded.template_version,
       language = excluded.language, answers_json = excluded.answers_json, figures_json = excluded.figures_json, revision = excluded.revision,
       updated_at = excluded.updated_at`,
  ).run(
    caseId,
    draft.kind,
    draft.templateId,
    draft.templateVersion,
    draft.language,
    JSON.stringify(draft.answers),
    JSON.stringify(draft.figures),
    draft.revision,
    draft.updatedAt,
  );
}

/** What a submission froze: the form it was written on, so it reads the same after templates change. */
export interface FrozenForm {
  template: TemplateSummary;
  items: ReportItem[];
}

interface SubmissionRow {
  id: string;
  kind: 'report' | 'addendum';
  state: 'queued' | 'submitted' | 'rejected';
  language: string;
  answers_json: string;
  divergence: 'convergent' | 'divergent';
  divergence_kind: Divergence['kind'];
  complexity: 'simple' | 'complex';
  review_seconds: number;
  signed_by: string;
  signed_at: string;
  receipt_json: string | null;
  form_json: string;
  rejection: string | null;
  electronic_signature_json: string | null;
  figures_json: string;
}

export function readSubmissions(db: CacheDatabase, caseId: string): ReportSubmission[] {
  const rows = db
    .prepare<[string], SubmissionRow>(
      `SELECT id, kind, state, language, answers_json, divergence, divergence_kind, complexity, review_seconds, signed_by, signed_at,
              receipt_json, form_json, rejection, electronic_signature_json, figures_json FROM submitted_reports WHERE case_id = ? ORDER BY signed_at, rowid`,
    )
    .all(caseId);
  return rows.map((r) => {
    const form = JSON.parse(r.form_json) as FrozenForm;
    const receipt = r.receipt_json ? (JSON.parse(r.receipt_json) as { id: string; receivedAt: string; electronicSignature?: unknown }) : null;
    return {
      id: r.id,
      kind: r.kind,
      state: r.state,
      template: form.template,
      language: r.language === 'fr' ? 'fr' : 'en',
      items: form.items,
      answers: JSON.parse(r.answers_json) as ReportAnswers,
      divergence: { value: r.divergence, kind: r.divergence_kind },
      complexity: r.complexity,
      reviewSeconds: r.review_seconds,
      signedBy: r.signed_by,
      signedAt: r.signed_at,
      figures: JSON.parse(r.figures_json) as FrozenFigure[],
      electronicSignature: r.electronic_signature_json ? (JSON.parse(r.electronic_signature_json) as ReportSubmission['electronicSignature']) : null,
      receipt: receipt ? { id: receipt.id, receivedAt: receipt.receivedAt, signatureVerified: receipt.electronicSignature === 'verified' } : null,
      rejection: r.rejection,
    };
  });
}

export function insertSubmission(
  db: CacheDatabase,
  caseId: string,
  s: ReportSubmission & { templateVersion: string; baseVersion: number; signedPdf: Uint8Array },
): void {
  db.prepare(
    `INSERT INTO submitted_reports (id, case_id, kind, template_id, template_version, language, answers_json, divergence, divergence_kind,
       complexity, review_seconds, signed_by, signed_at, base_version, state, form_json, signed_pdf, electronic_signature_json, figures_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
  ).run(
    s.id,
    caseId,
    s.kind,
    s.template.id,
    s.templateVersion,
    s.language,
    JSON.stringify(s.answers),
    s.divergence.value,
    s.divergence.kind,
    s.complexity,
    s.reviewSeconds,
    s.signedBy,
    s.signedAt,
    s.baseVersion,
    JSON.stringify({ template: s.template, items: s.items } satisfies FrozenForm),
    Buffer.from(s.signedPdf),
    s.electronicSignature ? JSON.stringify(s.electronicSignature) : null,
    JSON.stringify(s.figures),
  );
}

/** The PDF as it was signed and sent (null for a report signed before this was kept). */
export function readSignedPdf(db: CacheDatabase, submissionId: string): Uint8Array | null {
  const bytes = db.prepare<[string], Buffer | null>('SELECT signed_pdf FROM submitted_reports WHERE id = ?').pluck().get(submissionId);
  return bytes ? new Uint8Array(bytes) : null;
}

/** The platform received the submission: its receipt, kept whole. */
export function markSubmissionReceived(db: CacheDatabase, reportId: string, receipt: { id: string; receivedAt: string }): void {
  db.prepare(`UPDATE submitted_reports SET state = 'submitted', receipt_json = ? WHERE id = ?`).run(JSON.stringify(receipt), reportId);
}

/** The platform refused it: it stays here, marked with why, for the expert to reopen or export. */
export function markSubmissionRefused(db: CacheDatabase, reportId: string, code: string): void {
  db.prepare(`UPDATE submitted_reports SET state = 'rejected', rejection = ? WHERE id = ?`).run(code, reportId);
}

/**
 * The cases whose report is signed, as SQL for a subquery: a signature stands unless the platform
 * refused the report (it is then a draft again). One rule for the timer and the notifications.
 */
export const SIGNED_REPORT_CASES = `SELECT case_id FROM submitted_reports WHERE kind = 'report' AND state != 'rejected'`;

/** When the case's report was signed, or null. */
export function reportSignedAt(db: CacheDatabase, caseId: string): string | null {
  return (
    db
      .prepare<[string], string | null>(`SELECT min(signed_at) FROM submitted_reports WHERE case_id = ? AND kind = 'report' AND state != 'rejected'`)
      .pluck()
      .get(caseId) ?? null
  );
}

/** The last signature on the case (its report or an addendum), or null. */
export function lastSignedAt(db: CacheDatabase, caseId: string): string | null {
  return (
    db.prepare<[string], string | null>(`SELECT max(signed_at) FROM submitted_reports WHERE case_id = ? AND state != 'rejected'`).pluck().get(caseId) ?? null
  );
}

/** The patient's follow-up questions on this case, oldest first. */
export function followUpQuestions(db: CacheDatabase, caseId: string): { id: string; text: string }[] {
  return db
    .prepare<[string], { id: string; text: string }>(
      `SELECT id, body AS text FROM messages WHERE case_id = ? AND kind = 'follow_up_question' AND direction = 'from_patient' ORDER BY created_at`,
    )
    .all(caseId);
}
