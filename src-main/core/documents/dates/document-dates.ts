// The date each document of a case belongs to in the patient's history (the documents' timeline),
// from what the cache already holds: the study date of a DICOM (an archive's earliest study), the
// date written on a PDF's first page or recognised there by OCR, the PDF's creation date, and
// failing all of these the day the document reached the platform.
import type { DocumentDate, RecognisedWord } from '../../../../contract';
import type { CacheDatabase } from '../../cache/database';
import { writtenDate } from './written-date';
import { wordsText } from '../text/document-text';

interface Row {
  id: string;
  added_at: string | null;
  study_on: string | null;
  written_on: string | null;
  created_on: string | null;
  first_page_words: string | null;
}

/** The date of every document of the case shown in its list (an archive's members are in the archive's). */
export function documentDates(db: CacheDatabase, caseId: string): Map<string, DocumentDate | null> {
  const rows = db
    .prepare<[string], Row>(
      `SELECT a.id, a.added_at,
              coalesce((SELECT min(d.study_date) FROM dicom_instances d WHERE d.attachment_id = a.id),
                       (SELECT min(d.study_date) FROM dicom_instances d JOIN attachments m ON m.id = d.attachment_id WHERE m.archive_id = a.id)) AS study_on,
              p.written_on, p.created_on, r.words_json AS first_page_words
       FROM attachments a
       LEFT JOIN pdf_readings p ON p.attachment_id = a.id
       LEFT JOIN recognised_pages r ON r.attachment_id = a.id AND r.page = 1
       WHERE a.case_id = ? AND a.archive_id IS NULL`,
    )
    .all(caseId);
  return new Map(rows.map((row) => [row.id, dateOf(row)]));
}

function dateOf(row: Row): DocumentDate | null {
  if (row.study_on) return { on: row.study_on, source: 'study' };
  if (row.written_on) return { on: row.written_on, source: 'written' };
  const recognised = row.first_page_words ? recognisedDate(row.first_page_words, notAfter(row.added_at)) : null;
  if (recognised) return { on: recognised, source: 'recognised' };
  if (row.created_on) return { on: row.created_on, source: 'created' };
  return row.added_at ? { on: row.added_at, source: 'uploaded' } : null;
}

/** The last day a document's own date can be: the day it reached the platform (or today, not known). */
export function notAfter(addedAt: string | null): string {
  return (addedAt ?? new Date().toISOString()).slice(0, 10);
}

/** The date among the words OCR read on a first page, line by line as they were read. */
function recognisedDate(wordsJson: string, last: string): string | null {
  return writtenDate(wordsText(JSON.parse(wordsJson) as RecognisedWord[]), last);
}
