// The documents made from a case's report, a draft's or a submission's: the patient-facing PDF
// (laid out, and signed, in the worker thread; a signed report served byte for byte as it was
// signed), the FHIR document Bundle, and the audit of an export.
import type { FrozenFigure, ReportSubmission } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { AuditTrail } from '../security/audit-trail';
import { CoreError } from '../rpc/core-error';
import { readSession } from '../sync/session-store';
import { offThread } from '../work/off-thread';
import { keyImagePicture, reportFigures } from '../imaging/key-images';
import type { SigningIdentity } from '../signing/signing-identity';
import { fhirDocument, patientReading, submissionDoc, type ReportDoc } from './report-documents';
import { complexityOf, divergenceOf, enabledItems } from './report-rules';
import { readDraft, readReportCase, readSignedPdf, readSubmissions, type ReportCase } from './report-store';
import type { ReportForms } from './report-forms';

export interface ReportExportsDeps {
  cache: CaseCache;
  audit: AuditTrail;
  /** The folder of the report's fonts (report-fonts.ts). */
  fontsDir: string;
  forms: ReportForms;
}

export class ReportExports {
  constructor(private readonly deps: ReportExportsDeps) {}

  /** FHIR R4 Bundle of a submission, or of the draft (then marked preliminary); the export is recorded. */
  async exportFhir(caseId: string, submissionId: string | null): Promise<Record<string, unknown>> {
    const bundle = this.fhir(caseId, submissionId);
    await this.recordExport(caseId, 'fhir', submissionId);
    return bundle;
  }

  /** A report left this workstation (the renderer saved its PDF, or a FHIR export was made). */
  async recordExport(caseId: string, format: 'pdf' | 'fhir', submissionId: string | null): Promise<{ recorded: true }> {
    await this.deps.audit.record('export.made', caseId, { format, ...(submissionId ? { submissionId } : {}) });
    return { recorded: true };
  }

  private fhir(caseId: string, submissionId: string | null): Record<string, unknown> {
    const db = this.deps.cache.database();
    const doc = this.document(caseId, submissionId);
    return fhirDocument(doc, doc.signed?.by ?? readSession(db)?.displayName ?? '', submissionId ? readSignedPdf(db, submissionId) : null);
  }

  /** The patient-facing PDF; `which` is `draft@<revision>` or a submission id. */
  async pdf(caseId: string, which: string): Promise<Uint8Array> {
    if (!which.startsWith('draft')) {
      // A signed report is the PDF that was signed and sent, byte for byte.
      const db = this.deps.cache.database();
      const submission = readSubmissions(db, caseId).find((x) => x.id === which);
      if (!submission) throw new CoreError('CONTENT_NOT_FOUND', 'This report is not on this workstation.');
      return readSignedPdf(db, which) ?? this.submissionPdf(readReportCase(db, caseId), submission, null);
    }
    const doc = this.document(caseId, null);
    const report = patientReading(doc, this.withPictures(caseId, doc.figures));
    // Laid out in the worker thread: a long text must not hold core's thread.
    return offThread('report.pdf', { report, createdAt: new Date(doc.signed?.at ?? doc.updatedAt).toISOString(), fontsDir: this.deps.fontsDir });
  }

  private document(caseId: string, submissionId: string | null): ReportDoc {
    const db = this.deps.cache.database();
    const c = readReportCase(db, caseId);
    if (submissionId) {
      const s = readSubmissions(db, caseId).find((x) => x.id === submissionId);
      if (!s) throw new CoreError('CONTENT_NOT_FOUND', 'This report is not on this workstation.');
      return submissionDoc(c, s, this.deps.forms.sourceOf(s.template.id));
    }
    const row = readDraft(db, caseId);
    if (!row) throw new CoreError('CONTENT_NOT_FOUND', 'There is no draft report for this case.');
    const form = this.deps.forms.formOf(db, c, row);
    const enabled = enabledItems(form.items, row.answers);
    const divergence = row.kind === 'report' ? divergenceOf(row.answers) : null;
    return {
      c,
      id: `draft-${caseId}`.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64),
      kind: row.kind,
      language: row.language,
      template: form.template,
      url: form.url,
      code: form.code,
      items: form.items,
      answers: row.answers,
      enabled,
      divergence,
      complexity: complexityOf(row.answers),
      signed: null,
      figures: reportFigures(db, caseId, row.figures),
      updatedAt: row.updatedAt,
    };
  }

  /** A submission's PDF, laid out in the worker thread, and signed there when the expert has a certificate. */
  submissionPdf(c: ReportCase, s: ReportSubmission, identity: SigningIdentity | null): Promise<Uint8Array> {
    const report = patientReading(submissionDoc(c, s, this.deps.forms.sourceOf(s.template.id)), this.withPictures(c.id, s.figures));
    const signature =
      identity && s.electronicSignature
        ? {
            identity,
            details: { name: s.electronicSignature.holder, reason: report.title, location: '', contactInfo: '', signingTime: new Date(s.signedAt) },
          }
        : null;
    return offThread('report.pdf', { report, createdAt: s.signedAt, fontsDir: this.deps.fontsDir, signature });
  }

  /** The FHIR document sent with a submission, its DiagnosticReport presenting the signed PDF. */
  submissionFhir(c: ReportCase, submission: ReportSubmission, signedPdf: Uint8Array): Record<string, unknown> {
    return fhirDocument(submissionDoc(c, submission, this.deps.forms.sourceOf(submission.template.id)), submission.signedBy, signedPdf);
  }

  /** The figures with their pictures, read from the case's key images (one whose picture is gone is left out). */
  private withPictures(caseId: string, figures: FrozenFigure[]): (FrozenFigure & { picture: Uint8Array })[] {
    const db = this.deps.cache.database();
    return figures.flatMap((f) => {
      const picture = keyImagePicture(db, caseId, f.attachmentId, f.frame);
      return picture ? [{ ...f, picture }] : [];
    });
  }
}
