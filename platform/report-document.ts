// The FHIR document a workstation sends with a report: a `document` Bundle whose first entry is
// its Composition, every reference resolving inside it, and one DiagnosticReport presenting the
// patient-facing PDF (whose signature the platform verifies). Stored as received.
import type { ReportDocument } from '../shared/platform-api/actions';

/** What is wrong with the document, if anything: its shape beyond the schema (order, references). */
export function documentProblem(bundle: ReportDocument): string | null {
  if (bundle.entry[0]?.resource.resourceType !== 'Composition') return 'The first entry of a document Bundle must be its Composition.';
  const urls = new Set(bundle.entry.map((e) => e.fullUrl));
  const references = JSON.stringify(bundle).match(/"reference":"[^"]*"/g) ?? [];
  const dangling = references.map((r) => r.slice(13, -1)).find((r) => !urls.has(r));
  if (dangling) return `The reference ${dangling} does not resolve inside the Bundle.`;
  if (bundle.entry.filter((e) => e.resource.resourceType === 'DiagnosticReport').length !== 1) return 'The document must hold one DiagnosticReport.';
  return null;
}

/** The PDF the DiagnosticReport presents, or null when it presents none. */
export function presentedPdf(bundle: ReportDocument): Uint8Array | null {
  const report = bundle.entry.find((e) => e.resource.resourceType === 'DiagnosticReport')?.resource as {
    presentedForm?: { contentType?: string; data?: string }[];
  };
  const form = report.presentedForm?.find((f) => f.contentType === 'application/pdf' && typeof f.data === 'string');
  return form?.data ? new Uint8Array(Buffer.from(form.data, 'base64')) : null;
}
