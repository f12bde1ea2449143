// The text of a case's documents, kept in the encrypted cache and searched with SQLite's full-text
// index (FTS5): each page of a PDF's text layer, and each page OCR recognised on a scan or a photo of
// a document. The words typed are found together, as find in a PDF finds them, case and accents
// ignored ("endometriose" finds "Endométriose"), the last one as a word's start ("nodul" finds
// "nodules"), and "oe"/"ae" find "œ"/"æ".
import type { DocumentMatch, RecognisedWord } from '../../../../contract';
import type { CacheDatabase } from '../../cache/database';

/** Where a page's text came from: the PDF's own text layer, or OCR. */
export type TextSource = 'text-layer' | 'recognised';

/** Pages found in one search, at most. */
const MAX_PAGES = 200;
/** Words of a query used, at most. */
const MAX_WORDS = 12;

/** Keeps (or replaces) the text of one page of a document. */
export function keepPageText(db: CacheDatabase, attachmentId: string, page: number, source: TextSource, text: string): void {
  // A page may have both: a few characters of text layer (a scanner's stamp) and the words OCR read.
  db.prepare('DELETE FROM document_text WHERE attachment_id = ? AND page = ? AND source = ?').run(attachmentId, page, source);
  // NFKC: a ligature glyph ("ﬁ" in "signiﬁcant") is searched as its letters.
  if (text.trim())
    db.prepare('INSERT INTO document_text (attachment_id, page, source, text) VALUES (?, ?, ?, ?)').run(attachmentId, page, source, text.normalize('NFKC'));
}

/** A recognised page's words as text: the words of a line joined by spaces, a line per line. */
export function wordsText(words: Pick<RecognisedWord, 'text' | 'line'>[]): string {
  let text = '';
  let line = words[0]?.line ?? 0;
  for (const word of words) {
    text += (text === '' ? '' : word.line === line ? ' ' : '\n') + word.text;
    line = word.line;
  }
  return text;
}

/**
 * The FTS5 query for what the expert typed: its words as one phrase (in this order, next to one
 * another, as find in a PDF looks for them), quoted so that no character of it is read as FTS
 * syntax, the last word as the start of a word (it may still be being typed), and written with or
 * without œ and æ. Null when it holds no word.
 */
export function matchQuery(typed: string): string | null {
  const words =
    typed
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_WORDS) ?? [];
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  const forms = new Set([phrase, phrase.replace(/oe/gi, 'œ').replace(/ae/gi, 'æ'), phrase.replace(/œ/gi, 'oe').replace(/æ/gi, 'ae')]);
  const alternatives = [...forms].map((form) => `"${form}"*`);
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' OR ')})`;
}

/** The pages of the case's documents that hold the words typed, in the documents' order, with a passage around them. */
export function searchDocuments(db: CacheDatabase, caseId: string, typed: string): { matches: DocumentMatch[]; more: boolean } {
  const match = matchQuery(typed);
  if (!match) return { matches: [], more: false };
  const rows = db
    .prepare<[string, string], Omit<DocumentMatch, 'recognised'> & { recognised: number }>(
      `SELECT t.attachment_id AS attachmentId, a.name, t.page, t.source = 'recognised' AS recognised,
              snippet(document_text, 3, '', '', '…', 16) AS passage
       FROM document_text t JOIN attachments a ON a.id = t.attachment_id
       WHERE document_text MATCH ? AND a.case_id = ?
       ORDER BY a.name, t.page LIMIT ${MAX_PAGES + 1}`,
    )
    .all(match, caseId);
  const matches = rows.slice(0, MAX_PAGES).map((r) => ({ ...r, passage: r.passage.replace(/\s+/g, ' ').trim(), recognised: r.recognised === 1 }));
  return { matches, more: rows.length > MAX_PAGES };
}
