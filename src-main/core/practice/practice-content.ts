// The content route's practice export, `practice/<3m | 12m | all>/<fr | en>@<any stamp>`: the
// opinions of the period as a spreadsheet in that language, recorded in the audit trail.
import { PRACTICE_PERIODS, type PracticePeriod } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { GeneratedDocument } from '../documents/document-content';
import type { AuditTrail } from '../security/audit-trail';
import { readPractice } from './practice-history';
import { practiceCsv } from './practice-csv';

export const PRACTICE_CONTENT_PREFIX = 'practice/';

export function practiceContent(cache: CaseCache, audit: Pick<AuditTrail, 'record'>, now: () => Date): (ref: string) => Promise<GeneratedDocument> | null {
  return (ref) => {
    if (!ref.startsWith(PRACTICE_CONTENT_PREFIX)) return null;
    const [period, which] = ref.slice(PRACTICE_CONTENT_PREFIX.length).split('/');
    const language = which?.split('@')[0];
    if (!PRACTICE_PERIODS.includes(period as PracticePeriod) || (language !== 'fr' && language !== 'en')) return null;
    const bytes = practiceCsv(readPractice(cache.database()).opinions, period as PracticePeriod, now(), language);
    return audit.record('export.made', null, { format: 'csv', what: 'practice' }).then(() => ({ bytes, mediaType: 'text/csv; charset=utf-8' }));
  };
}
