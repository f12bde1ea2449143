// A case's report from first draft to receipt: the draft saved on every change (the whole form,
// in the encrypted cache), the template switch before anything is written, finalization (frozen,
// signed, queued in the outbox with the review time in one transaction), the return to draft of a
// report the platform refused, and addenda. The documents made from it are ReportExports'.
import { randomUUID } from 'node:crypto';
import {
  type FrozenFigure,
  type ReportAnswers,
  type ReportFigure,
  type ReportDraft,
  type ReportItem,
  type ReportState,
  type ReportSubmission,
} from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { CacheDatabase } from '../cache/database';
import type { Logger } from '../log/logger';
import { dropRefusedOutboxRows, hasRefusedOutboxRows } from '../outbox/outbox';
import { clearSyncConflict } from '../cases/case-store';
import { ADDENDUM_SUBMIT, REPORT_SUBMIT, SUBMISSION_KINDS } from './report-outbox';
import { recordAudit } from '../security/audit-log';
import type { Clock } from '../ports';
import { CoreError } from '../rpc/core-error';
import { readSession } from '../sync/session-store';
import type { TimerService } from '../timer/timer-service';
import type { AuditTrail } from '../security/audit-trail';
import { patientReport } from './patient-report';
import { electronicSignatureOf } from './report-documents';
import { complexityOf, divergenceOf, divergingSoFar, enabledItems, keptAnswers, missingItems } from './report-rules';
import { insertSubmission, readDraft, readReportCase, readSubmissions, writeDraft, type DraftRow, type ReportCase } from './report-store';
import { summaryOf, templateForFamily } from './template-library';
import { validateAnswers } from './answer-check';
import { ReportPrintable } from './report-printable';
import { ADDENDUM_FORM, ReportForms } from './report-forms';
import { ReportExports } from './report-exports';
import type { SigningIdentity } from '../signing/signing-identity';
import { reportFigures } from '../imaging/key-images';

export interface ReportServiceDeps {
  cache: CaseCache;
  clock: Clock;
  timer: TimerService;
  audit: AuditTrail;
  log: Logger;
  templatesDir: string;
  /** The folder of the report's fonts (report-fonts.ts). */
  fontsDir: string;
  /** The expert's signing certificate and key, if they have one (the signing service's). */
  signingIdentity: () => SigningIdentity | null;
  /** The case's report changed (to announce it, and to send what was queued). */
  changed: (caseId: string) => void;
}

export class ReportService {
  /** Whether the report's PDF prints all it holds (the fonts' coverage, read once in the worker thread). */
  private readonly printable: ReportPrintable;

  /** The templates and the form a case's report is written on. */
  private readonly forms: ReportForms;

  /** The documents made from a report: its PDF, its FHIR Bundle, their export. */
  readonly exports: ReportExports;

  constructor(private readonly deps: ReportServiceDeps) {
    this.printable = new ReportPrintable(deps.fontsDir);
    this.forms = new ReportForms(deps.templatesDir, deps.log);
    this.exports = new ReportExports({ cache: deps.cache, audit: deps.audit, fontsDir: deps.fontsDir, forms: this.forms });
  }

  state(caseId: string): ReportState {
    const db = this.deps.cache.database();
    const c = readReportCase(db, caseId);
    const submissions = readSubmissions(db, caseId);
    const row = readDraft(db, caseId);
    const blocked = c.status === 'offered' || c.status === 'declined' ? 'not-accepted' : c.readOnly ? 'case-closed' : null;
    const reportFinalized = submissions.some((s) => s.kind === 'report' && s.state !== 'rejected');
    const draftRow = row ?? (blocked === null && !reportFinalized ? this.freshDraft(c) : null);
    const draft = draftRow ? this.draftOf(db, c, draftRow) : null;
    const written = draft !== null && Object.values(draft.answers).some((v) => v !== null && v !== '');
    return {
      caseId,
      draft,
      templates: this.forms.templates().templates.map(summaryOf),
      canSwitchTemplate: draft !== null && draft.kind === 'report' && blocked === null && (draft.revision === 0 || !written),
      blocked,
      submissions,
      canAddAddendum: row === null && blocked === null && submissions.some((s) => s.kind === 'report' && s.state === 'submitted'),
    };
  }

  async save(caseId: string, templateId: string, answers: ReportAnswers): Promise<ReportState> {
    await this.deps.cache.write((db) => {
      const c = readReportCase(db, caseId);
      this.assertWritable(c);
      const current = readDraft(db, caseId) ?? this.freshDraft(c);
      if (current.kind === 'report' && readSubmissions(db, caseId).some((s) => s.kind === 'report' && s.state !== 'rejected')) {
        throw new CoreError('CONFLICT', 'This report is already finalized; it can no longer be changed.');
      }
      let next: DraftRow = { ...current, answers, revision: current.revision + 1, updatedAt: this.deps.clock.now().toISOString() };
      if (templateId !== current.templateId) {
        const written = current.revision > 0 && Object.values(current.answers).some((v) => v !== null && v !== '');
        const template = this.forms.templates().templates.find((t) => t.id === templateId);
        if (current.kind !== 'report' || written) throw new CoreError('CONFLICT', 'The template can be changed only before anything is written in the report.');
        if (!template) throw new CoreError('INVALID_INPUT', `There is no report template "${templateId}".`);
        next = { ...next, templateId: template.id, templateVersion: template.version };
      }
      validateAnswers(this.forms.formOf(db, c, next).items, answers);
      writeDraft(db, caseId, next);
    });
    return this.state(caseId);
  }

  /** The draft's figures: key images of the case that have their picture, in order, with the expert's captions. */
  async setFigures(caseId: string, figures: ReportFigure[]): Promise<ReportState> {
    await this.deps.cache.write((db) => {
      const c = readReportCase(db, caseId);
      this.assertWritable(c);
      const current = readDraft(db, caseId) ?? this.freshDraft(c);
      if (current.kind === 'report' && readSubmissions(db, caseId).some((x) => x.kind === 'report' && x.state !== 'rejected')) {
        throw new CoreError('CONFLICT', 'This report is already finalized; it can no longer be changed.');
      }
      if (reportFigures(db, caseId, figures).length !== figures.length) {
        throw new CoreError('INVALID_INPUT', 'A figure must be a key image of this case, marked with its picture.');
      }
      writeDraft(db, caseId, { ...current, figures, revision: current.revision + 1, updatedAt: this.deps.clock.now().toISOString() });
    });
    this.deps.changed(caseId);
    return this.state(caseId);
  }

  async finalize(caseId: string, revision: number): Promise<ReportState> {
    // Every character must print as written: the fonts' coverage is known before anything is signed.
    await this.printable.ready();
    // Signing ends the review: the session under way is cut now, and the report records exactly
    // the time counted until then (what the platform will add up from the sessions).
    const signedAt = this.deps.clock.now();
    const reviewSeconds = await this.deps.timer.signing(caseId, signedAt);
    const identity = this.deps.signingIdentity();
    const frozen = { id: randomUUID(), signedAt, reviewSeconds, electronicSignature: identity ? electronicSignatureOf(identity) : null };
    // The PDF is laid out and signed (PAdES, with the expert's certificate) in the worker thread...
    const first = this.submissionOf(this.deps.cache.database(), caseId, revision, frozen);
    const signedPdf = await this.exports.submissionPdf(first.c, first.submission, identity);
    await this.deps.cache.write((db) => {
      // ...and the draft is checked again as it is frozen: it must not have changed meanwhile.
      const { c, submission, templateVersion } = this.submissionOf(db, caseId, revision, frozen);
      insertSubmission(db, caseId, { ...submission, templateVersion, baseVersion: c.platformVersion, signedPdf });
      (submission.kind === 'report' ? REPORT_SUBMIT : ADDENDUM_SUBMIT).add(
        db,
        caseId,
        {
          reportId: submission.id,
          kind: submission.kind,
          baseVersion: c.platformVersion,
          templateId: submission.template.id,
          language: submission.language,
          divergence: submission.divergence.value,
          divergenceKind: submission.divergence.kind,
          complexity: submission.complexity,
          reviewSeconds,
          signedBy: submission.signedBy,
          signedAt: submission.signedAt,
          answers: submission.answers,
          // The FHIR document, its DiagnosticReport presenting the signed PDF: the platform verifies
          // the signature in it and stores the Bundle.
          fhir: this.exports.submissionFhir(c, submission, signedPdf),
        },
        this.deps.clock.now(),
      );
      db.prepare('DELETE FROM report_drafts WHERE case_id = ?').run(caseId);
      recordAudit(db, [{ at: this.deps.clock.now(), action: 'report.submitted', caseId, detail: { reportId: submission.id, kind: submission.kind } }]);
    });
    this.deps.changed(caseId);
    return this.state(caseId);
  }

  /** The draft at `revision`, frozen as a submission; refused if it cannot be signed as it is. */
  private submissionOf(
    db: CacheDatabase,
    caseId: string,
    revision: number,
    frozen: { id: string; signedAt: Date; reviewSeconds: number; electronicSignature: ReportSubmission['electronicSignature'] },
  ): { c: ReportCase; submission: ReportSubmission; templateVersion: string } {
    const c = readReportCase(db, caseId);
    this.assertWritable(c);
    const row = readDraft(db, caseId);
    if (!row) throw new CoreError('CONFLICT', 'There is no draft to finalize.');
    if (row.revision !== revision) throw new CoreError('CONFLICT', 'The draft changed after the preview; look at it again before signing.');
    const form = this.forms.formOf(db, c, row);
    const enabled = enabledItems(form.items, row.answers);
    const missing = missingItems(form.items, row.answers, enabled);
    if (missing.length > 0) throw new CoreError('INVALID_INPUT', `The report is incomplete: ${missing.length} required field(s) are empty.`);
    const unprintable = this.unprintable(c, row, form.items, enabled, reportFigures(db, caseId, row.figures)).flatMap((p) => p.characters);
    if (unprintable.length > 0) {
      throw new CoreError(
        'INVALID_INPUT',
        `The report holds characters its PDF cannot print: ${[...new Set(unprintable)].join(' ')}. Replace them before signing.`,
      );
    }
    const signer = readSession(db);
    if (!signer) throw new CoreError('UNAUTHORIZED', 'Sign in to the platform to sign the report.');
    const report = readSubmissions(db, caseId).find((s) => s.kind === 'report' && s.state === 'submitted');
    const divergence = row.kind === 'addendum' ? report?.divergence : divergenceOf(row.answers);
    const complexity = row.kind === 'addendum' ? report?.complexity : complexityOf(row.answers);
    if (!divergence || !complexity) throw new CoreError('INVALID_INPUT', 'The report needs both agreements and the complexity.');
    const submission: ReportSubmission = {
      id: frozen.id,
      kind: row.kind,
      state: 'queued',
      template: form.template,
      language: row.language,
      items: form.items,
      answers: keptAnswers(row.answers, enabled),
      divergence,
      complexity,
      reviewSeconds: frozen.reviewSeconds,
      signedBy: signer.displayName,
      signedAt: frozen.signedAt.toISOString(),
      electronicSignature: frozen.electronicSignature,
      figures: reportFigures(db, caseId, row.figures),
      receipt: null,
      rejection: null,
    };
    return { c, submission, templateVersion: form.template.version };
  }

  /** A refused submission becomes the draft again; its parked outbox row goes, so the case syncs on. */
  async reopen(caseId: string, submissionId: string): Promise<ReportState> {
    await this.deps.cache.write((db) => {
      const c = readReportCase(db, caseId);
      this.assertWritable(c);
      const s = readSubmissions(db, caseId).find((x) => x.id === submissionId);
      if (!s || s.state !== 'rejected') throw new CoreError('CONFLICT', 'Only a report the platform refused can be reopened.');
      if (readDraft(db, caseId)) throw new CoreError('CONFLICT', 'A draft is already open for this case.');
      const version = db.prepare<[string], string>('SELECT template_version FROM submitted_reports WHERE id = ?').pluck().get(s.id) ?? s.template.version;
      writeDraft(db, caseId, {
        kind: s.kind,
        templateId: s.template.id,
        templateVersion: version,
        language: s.language,
        answers: s.answers,
        // Its figures again, those whose key image is still marked with its picture.
        figures: s.figures.map(({ attachmentId, frame, caption }) => ({ attachmentId, frame, caption })),
        revision: 1,
        updatedAt: this.deps.clock.now().toISOString(),
      });
      dropRefusedOutboxRows(db, caseId, SUBMISSION_KINDS);
      if (!hasRefusedOutboxRows(db, caseId)) clearSyncConflict(db, caseId);
      db.prepare('DELETE FROM submitted_reports WHERE id = ?').run(s.id);
    });
    this.deps.changed(caseId);
    return this.state(caseId);
  }

  async startAddendum(caseId: string): Promise<ReportState> {
    if (!this.state(caseId).canAddAddendum) throw new CoreError('CONFLICT', 'An addendum can be written once the report has been received by the platform.');
    const module = this.forms.addendumModule();
    await this.deps.cache.write((db) => {
      const c = readReportCase(db, caseId);
      writeDraft(db, caseId, {
        kind: 'addendum',
        templateId: ADDENDUM_FORM,
        templateVersion: module.version,
        language: c.language,
        answers: {},
        figures: [],
        revision: 0,
        updatedAt: this.deps.clock.now().toISOString(),
      });
    });
    this.deps.changed(caseId);
    return this.state(caseId);
  }

  private assertWritable(c: ReportCase): void {
    if (c.status === 'offered' || c.status === 'declined') throw new CoreError('CONFLICT', 'Accept the case before writing its report.');
    if (c.readOnly)
      throw new CoreError(
        'CONFLICT',
        'This case can no longer be reported on (it was withdrawn, closed or reassigned); the draft is kept and can be exported.',
      );
  }

  private freshDraft(c: ReportCase): DraftRow {
    const template = templateForFamily(this.forms.templates(), c.family);
    return {
      kind: 'report',
      templateId: template.id,
      templateVersion: template.version,
      language: c.language,
      answers: {},
      figures: [],
      revision: 0,
      updatedAt: this.deps.clock.now().toISOString(),
    };
  }

  /** What the report's PDF could not print; nothing until the fonts are read (the draft is announced again then). */
  private unprintable(c: ReportCase, row: DraftRow, items: ReportItem[], enabled: Set<string>, figures: FrozenFigure[]): ReportDraft['unprintable'] {
    const report = patientReport({
      kind: row.kind,
      language: row.language,
      reference: c.reference,
      disease: c.disease,
      items,
      answers: row.answers,
      enabled,
      divergence: row.kind === 'report' ? divergenceOf(row.answers) : null,
      signed: null,
      // Only the captions are read here.
      figures: figures.map((f) => ({ ...f, picture: new Uint8Array() })),
    });
    const unprintable = this.printable.unprintable(report);
    if (unprintable) return unprintable;
    void this.printable.ready().then(
      () => this.deps.changed(c.id),
      (error: unknown) => this.deps.log.error('report fonts unreadable', { reason: error instanceof CoreError ? error.code : 'error' }),
    );
    return [];
  }

  private draftOf(db: CacheDatabase, c: ReportCase, row: DraftRow): ReportDraft {
    const form = this.forms.formOf(db, c, row);
    const enabled = enabledItems(form.items, row.answers);
    // Read once: shown with the draft, and their captions checked for what the PDF cannot print.
    const figures = reportFigures(db, c.id, row.figures);
    return {
      kind: row.kind,
      template: form.template,
      language: row.language,
      items: form.items,
      answers: row.answers,
      figures,
      revision: row.revision,
      savedAt: row.revision > 0 ? row.updatedAt : null,
      enabled: [...enabled],
      missing: missingItems(form.items, row.answers, enabled).map((i) => ({ linkId: i.linkId, text: i.text })),
      unprintable: this.unprintable(c, row, form.items, enabled, figures),
      divergence: row.kind === 'report' ? divergenceOf(row.answers) : null,
      diverging: row.kind === 'report' ? divergingSoFar(row.answers) : [],
      complexity: row.kind === 'report' ? complexityOf(row.answers) : null,
    };
  }
}
