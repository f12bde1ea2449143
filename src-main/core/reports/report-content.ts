// The content route's report refs: `report/<case id>/draft@<revision>` (the revision in the ref, so
// that each saved state has its own address and cache entry) or `report/<case id>/<submission id>`.
import { REPORT_CONTENT_PREFIX } from '../../../contract';
import type { GeneratedDocument } from '../documents/document-content';
import type { ReportExports } from './report-exports';

export function reportContent(reports: ReportExports): (ref: string) => Promise<GeneratedDocument> | null {
  return (ref) => {
    if (!ref.startsWith(REPORT_CONTENT_PREFIX)) return null;
    const [caseId, which] = ref.slice(REPORT_CONTENT_PREFIX.length).split('/');
    if (!caseId || !which) return null;
    return reports.pdf(caseId, which).then((bytes) => ({ bytes, mediaType: 'application/pdf' }));
  };
}
