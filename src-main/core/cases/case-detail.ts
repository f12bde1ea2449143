// Everything the case workspace shows about one case, read from the cache in one go.
import type { CaseDetail } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { caseSummary } from './case-summaries';
import { caseNotFound } from './case-store';
import { isArchive } from '../imaging/dicom-archive';
import { documentDates } from '../documents/dates/document-dates';

export function caseDetail(db: CacheDatabase, caseId: string): CaseDetail {
  const summary = caseSummary(db, caseId);
  if (!summary) throw caseNotFound();
  const p = db
    .prepare<
      [string],
      { age: number | null; sex: string | null; region: string | null; employmentCategory: string | null; gpAware: number | null; gpConsent: number | null }
    >(
      `SELECT patient_age AS age, patient_sex AS sex, patient_region AS region, patient_employment AS employmentCategory,
              gp_aware AS gpAware, gp_consent AS gpConsent FROM cases WHERE id = ?`,
    )
    .get(caseId);
  if (!p) throw caseNotFound();
  const firstOpinion = db
    .prepare<[string], CaseDetail['firstOpinion']>(
      'SELECT diagnosis, proposed_treatment AS proposedTreatment, given_by AS givenBy, given_at AS givenAt FROM first_opinions WHERE case_id = ?',
    )
    .get(caseId);
  const questionnaire = db.prepare<[string], string>('SELECT response_json FROM questionnaire_responses WHERE case_id = ?').pluck().get(caseId);
  const bool = (v: number | null) => (v === null ? null : v === 1);
  const dates = documentDates(db, caseId);
  return {
    summary,
    patient: { ...p, gpAware: bool(p.gpAware), gpConsent: bool(p.gpConsent) },
    firstOpinion: firstOpinion ?? null,
    questionnaire: questionnaire ? (JSON.parse(questionnaire) as Record<string, unknown>) : null,
    questions: db
      .prepare<[string], CaseDetail['questions'][number]>('SELECT id, position, text FROM patient_questions WHERE case_id = ? ORDER BY position')
      .all(caseId),
    documents: db
      .prepare<[string], Omit<CaseDetail['documents'][number], 'isNew' | 'date'> & { isNew: number }>(
        `SELECT id, kind, name, media_type AS mediaType, size, added_at AS addedAt, download_state AS downloadState, bytes_done AS bytesDone, is_new AS isNew
         FROM attachments WHERE case_id = ? AND archive_id IS NULL ORDER BY kind = 'dicom', name`,
      )
      .all(caseId)
      .map((row) => {
        const doc = { ...row, isNew: row.isNew === 1, date: dates.get(row.id) ?? null };
        // A zip of imaging is shown as an archive: its DICOM files join the viewer's series.
        return isArchive(doc.kind, doc.mediaType, doc.name) ? { ...doc, kind: 'archive' as const } : doc;
      }),
  };
}
