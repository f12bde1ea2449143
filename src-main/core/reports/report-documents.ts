// What a report becomes when it leaves the form: the patient's reading (the PDF's content), the
// FHIR document, and the PDF as FHIR presents it. One shape for a draft and a submission (a
// ReportDoc), so the preview, the signed PDF, the export and what the platform receives are made
// the same way.
import type { Divergence, FrozenFigure, Locale, ReportAnswers, ReportItem, ReportSubmission, TemplateSummary } from '../../../contract';
import { signatureContents } from '../../../shared/pdf-signature-contents';
import { describeIdentity, type SigningIdentity } from '../signing/signing-identity';
import { patientReport, type PatientReport } from './patient-report';
import { reportFhirBundle, type FhirReportInput } from './report-fhir';
import type { ReportCase } from './report-store';
import { enabledItems } from './report-rules';
import { reportWording } from './report-wording';

/** Where a template comes from, as FHIR names it: its canonical URL and its document type codes. */
export interface TemplateSource {
  url: string;
  code: FhirReportInput['template']['code'];
}

/** A report, a draft's or a submission's, as the documents made from it need it. */
export interface ReportDoc extends TemplateSource {
  c: ReportCase;
  id: string;
  kind: 'report' | 'addendum';
  language: Locale;
  template: TemplateSummary;
  items: ReportItem[];
  answers: ReportAnswers;
  enabled: Set<string>;
  divergence: Divergence | null;
  complexity: 'simple' | 'complex' | null;
  signed: { by: string; at: string; electronic: ReportSubmission['electronicSignature'] } | null;
  figures: FrozenFigure[];
  updatedAt: string;
}

export function submissionDoc(c: ReportCase, s: ReportSubmission, source: TemplateSource): ReportDoc {
  return {
    c,
    id: s.id,
    kind: s.kind,
    language: s.language,
    template: s.template,
    ...source,
    items: s.items,
    answers: s.answers,
    enabled: enabledItems(s.items, s.answers),
    divergence: s.divergence,
    complexity: s.complexity,
    signed: { by: s.signedBy, at: s.signedAt, electronic: s.electronicSignature },
    figures: s.figures,
    updatedAt: s.signedAt,
  };
}

/** The report as the patient reads it, its figures with their pictures. */
export function patientReading(doc: ReportDoc, figures: (FrozenFigure & { picture: Uint8Array })[]): PatientReport {
  return patientReport({
    kind: doc.kind,
    language: doc.language,
    reference: doc.c.reference,
    disease: doc.c.disease,
    items: doc.items,
    answers: doc.answers,
    enabled: doc.enabled,
    divergence: doc.divergence,
    signed: doc.signed,
    figures,
  });
}

/** The FHIR document of the report; `author`: the signer, or the signed-in expert for a draft. */
export function fhirDocument(doc: ReportDoc, author: string, pdf: Uint8Array | null): Record<string, unknown> {
  return reportFhirBundle({
    id: doc.id,
    kind: doc.kind,
    final: doc.signed !== null,
    language: doc.language,
    reference: doc.c.reference,
    template: { ...doc.template, url: doc.url, code: doc.code },
    items: doc.items,
    answers: doc.answers,
    enabled: doc.enabled,
    divergence: doc.divergence,
    complexity: doc.complexity,
    author,
    signed: doc.signed,
    pdf: pdf ? presentedForm(doc.language, doc.kind, pdf) : null,
    updatedAt: doc.updatedAt,
  });
}

/** The signed PDF as the FHIR document carries it, with its signature's CMS when it is signed electronically. */
function presentedForm(language: Locale, kind: 'report' | 'addendum', bytes: Uint8Array): NonNullable<FhirReportInput['pdf']> {
  const w = reportWording(language);
  const signature = signatureContents(bytes);
  return { bytes, title: kind === 'addendum' ? w.addendumTitle : w.title, cms: signature.state === 'signed' ? signature.cms : null };
}

/** Whose certificate signs the PDF, as the report and the expert's screen name it. */
export function electronicSignatureOf(identity: SigningIdentity): NonNullable<ReportSubmission['electronicSignature']> {
  const { holder, issuer } = describeIdentity(identity, 'imported');
  return { holder, issuer };
}
