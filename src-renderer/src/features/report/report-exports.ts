// Where a report's PDF is served (the content route makes it in core, from memory) and how the
// FHIR export becomes a file the expert saves.
import type { ReportState } from '../../../../contract';
import { contentUrl } from '../documents/content-url';

const PREFIX = 'report/';

/** The draft's PDF address changes with each saved revision; a submission's never changes. */
export function reportDocumentId(caseId: string, which: { revision: number } | { submissionId: string }): string {
  return `${PREFIX}${caseId}/${'revision' in which ? `draft@${which.revision}` : which.submissionId}`;
}

export function reportPdfUrl(caseId: string, which: { revision: number } | { submissionId: string }): string {
  return contentUrl(reportDocumentId(caseId, which));
}

export function reportFileName(reference: string, kind: 'report' | 'addendum' | 'draft', extension: 'pdf' | 'json'): string {
  return `${reference}-${kind}.${extension}`;
}

/** Saves JSON as a file through the browser's download (Electron asks where to save it). */
export function downloadJson(value: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/fhir+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type Submission = ReportState['submissions'][number];
