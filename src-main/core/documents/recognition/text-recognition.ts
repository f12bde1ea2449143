// Recognising the text of scanned documents, once each, while the cases are open: the PDFs and
// photos that arrive are read in the background (one at a time, in the recognition thread, never
// on core's), a document the expert opens goes first, and the words of each page are kept in the
// encrypted cache as soon as they are read, so that a lock or a restart loses at most the page under
// way. Background reading can be turned off in Settings: a document is then read when opened.
import type { RecognisedPage, RecognisedText, RecognisedWord, RecognitionStatus } from '../../../../contract';
import type { CaseCache } from '../../cache/case-cache';
import type { CacheDatabase } from '../../cache/database';
import type { Clock } from '../../ports';
import type { SettingsStore } from '../../settings/settings-store';
import type { Logger } from '../../log/logger';
import { CoreError } from '../../rpc/core-error';
import { offThread } from '../../work/off-thread';
import { readAttachmentStart } from '../../imaging/attachment-start';
import { ENGINE } from './engine-name';
import { ocrLanguagesDir } from './ocr-languages';
import { keepPageText, wordsText } from '../text/document-text';

/** A document larger than this is not read (a 300-page scan is about 100 MiB). */
const MAX_BYTES = 256 * 1024 * 1024;
/** The photos tesseract reads as they are. */
const PHOTO_TYPES = ['image/png', 'image/jpeg'];

export interface TextRecognitionDeps {
  cache: CaseCache;
  settings: SettingsStore;
  clock: Clock;
  log: Logger;
  /** The folder of the language data (a packaged app's resources), or null to use the npm packages'. */
  languagesDir: string | null;
  /** A document's recognition moved on. */
  changed: (status: RecognitionStatus) => void;
}

interface Candidate {
  id: string;
  caseId: string;
  kind: 'pdf' | 'photo';
  mediaType: string;
}

export class TextRecognition {
  private running = false;
  private busy = false;
  /** Documents the expert opened, read before the others (and even with background reading off). */
  private requested: string[] = [];
  private current: { attachmentId: string; caseId: string; pagesDone: number; pagesTotal: number } | null = null;
  private languages: string | null = null;

  constructor(private readonly deps: TextRecognitionDeps) {}

  start(): void {
    this.running = true;
    this.schedule();
  }

  /** The cache locks: the page under way is dropped (read again next time), the engine let go. */
  async stop(): Promise<void> {
    this.running = false;
    this.requested = [];
    await offThread('ocr.release', undefined).catch(() => {});
  }

  /** Documents may have arrived, or the expert turned background reading on. */
  arrived(): void {
    this.schedule();
  }

  status(caseId: string, attachmentId: string): RecognitionStatus {
    const db = this.deps.cache.database();
    this.assertDocumentOfCase(db, caseId, attachmentId);
    const done = db
      .prepare<[string], { state: 'done' | 'failed' | 'not-a-document'; pages_total: number }>(
        'SELECT state, pages_total FROM text_recognition WHERE attachment_id = ?',
      )
      .get(attachmentId);
    const pagesDone = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM recognised_pages WHERE attachment_id = ?').get(attachmentId)?.n ?? 0;
    if (done) return { caseId, attachmentId, state: done.state, pagesDone, pagesTotal: done.pages_total };
    if (this.current?.attachmentId === attachmentId)
      return { caseId, attachmentId, state: 'reading', pagesDone: this.current.pagesDone, pagesTotal: this.current.pagesTotal };
    const waiting = this.requested.includes(attachmentId) || (this.deps.settings.get().backgroundOcr && this.candidate(db, attachmentId) !== null);
    return { caseId, attachmentId, state: waiting ? 'waiting' : 'off', pagesDone, pagesTotal: 0 };
  }

  recognisedText(caseId: string, attachmentId: string): RecognisedText {
    const status = this.status(caseId, attachmentId);
    const rows = this.deps.cache
      .database()
      .prepare<[string], { page: number; width: number; height: number; words_json: string }>(
        'SELECT page, width, height, words_json FROM recognised_pages WHERE attachment_id = ? ORDER BY page',
      )
      .all(attachmentId);
    const pages: RecognisedPage[] = rows.map((r) => ({ page: r.page, width: r.width, height: r.height, words: JSON.parse(r.words_json) as RecognisedWord[] }));
    return { ...status, pages };
  }

  /** The expert opened the document: it is read next, if it has not been. */
  recognise(caseId: string, attachmentId: string): RecognitionStatus {
    const status = this.status(caseId, attachmentId);
    if (status.state === 'off' || status.state === 'waiting') {
      this.requested = [attachmentId, ...this.requested.filter((id) => id !== attachmentId)];
      this.schedule();
      return this.status(caseId, attachmentId);
    }
    return status;
  }

  private assertDocumentOfCase(db: CacheDatabase, caseId: string, attachmentId: string): void {
    const owner = db.prepare<[string], { case_id: string }>('SELECT case_id FROM attachments WHERE id = ?').get(attachmentId);
    if (owner?.case_id !== caseId) throw new CoreError('CONTENT_NOT_FOUND', 'This document is not part of this case.');
  }

  /** An available PDF or photo not yet recognised (`attachmentId`: that one only; else the oldest). */
  private candidate(db: CacheDatabase, attachmentId: string | null): Candidate | null {
    const row = db
      .prepare<[string | null, string | null], Candidate>(
        `SELECT a.id, a.case_id AS caseId, a.kind, a.media_type AS mediaType FROM attachments a
         LEFT JOIN text_recognition r ON r.attachment_id = a.id
         WHERE r.attachment_id IS NULL AND a.download_state = 'available'
           AND (a.kind = 'pdf' OR (a.kind = 'photo' AND a.media_type IN (${PHOTO_TYPES.map((t) => `'${t}'`).join(', ')})))
           AND (? IS NULL OR a.id = ?)
         ORDER BY a.added_at, a.id LIMIT 1`,
      )
      .get(attachmentId, attachmentId);
    return row ?? null;
  }

  private next(): Candidate | null {
    const db = this.deps.cache.database();
    while (this.requested.length > 0) {
      const found = this.candidate(db, this.requested[0] as string);
      if (found) return found;
      this.requested.shift();
    }
    return this.deps.settings.get().backgroundOcr ? this.candidate(db, null) : null;
  }

  private schedule(): void {
    if (!this.running || this.busy || this.deps.cache.state !== 'unlocked') return;
    const next = this.next();
    if (!next) return;
    this.busy = true;
    this.requested = this.requested.filter((id) => id !== next.id);
    this.current = { attachmentId: next.id, caseId: next.caseId, pagesDone: 0, pagesTotal: 0 };
    void this.read(next)
      .catch((error: unknown) => {
        // Locked meanwhile: read again at the next unlock. Anything else is this document's failure.
        if (!this.running || this.deps.cache.state !== 'unlocked') return;
        this.deps.log.warn('text recognition failed', {
          kind: next.kind,
          reason: error instanceof CoreError ? error.code : error instanceof Error ? error.name : 'error',
        });
        // The pages it found to read, if it got that far: a PDF that could not even be opened
        // (damaged, or protected by a password core does not have) is not called a scan.
        return this.finish(next, 'failed', this.current?.pagesTotal ?? 0);
      })
      .finally(() => {
        this.current = null;
        this.busy = false;
        this.schedule();
      });
  }

  private async read(doc: Candidate): Promise<void> {
    const size = this.deps.cache.database().prepare<[string], { size: number }>('SELECT size FROM attachments WHERE id = ?').get(doc.id)?.size ?? 0;
    if (size > MAX_BYTES) throw new CoreError('TOO_LARGE', 'This document is too large to be read.');
    const bytes = await readAttachmentStart(this.deps.cache, doc.id, MAX_BYTES);
    this.languages ??= ocrLanguagesDir(this.deps.languagesDir);
    const languagesDir = this.languages;
    if (doc.kind === 'photo') {
      this.progress(doc, 0, 1);
      const { looksLikeDocument, ...page } = await offThread('ocr.image', { bytes, languagesDir });
      if (!this.running) return;
      if (!looksLikeDocument) return this.finish(doc, 'not-a-document', 0);
      await this.keep(doc, page);
      return this.finish(doc, 'done', 1);
    }
    const { withoutText } = await offThread('ocr.survey', bytes);
    const already = new Set(
      this.deps.cache
        .database()
        .prepare<[string], { page: number }>('SELECT page FROM recognised_pages WHERE attachment_id = ?')
        .all(doc.id)
        .map((r) => r.page),
    );
    let done = withoutText.filter((n) => already.has(n)).length;
    this.progress(doc, done, withoutText.length);
    for (const n of withoutText) {
      if (already.has(n)) continue;
      const page = await offThread('ocr.pdfPage', { bytes, page: n, languagesDir });
      if (!this.running) return;
      await this.keep(doc, page);
      this.progress(doc, ++done, withoutText.length);
    }
    return this.finish(doc, 'done', withoutText.length);
  }

  private async keep(doc: Candidate, page: RecognisedPage): Promise<void> {
    await this.deps.cache.write((db) => {
      // Searchable with the case's documents at once.
      keepPageText(db, doc.id, page.page, 'recognised', wordsText(page.words));
      db.prepare(
        `INSERT INTO recognised_pages (attachment_id, page, width, height, words_json) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (attachment_id, page) DO UPDATE SET width = excluded.width, height = excluded.height, words_json = excluded.words_json`,
      ).run(doc.id, page.page, page.width, page.height, JSON.stringify(page.words));
    });
  }

  private async finish(doc: Candidate, state: 'done' | 'failed' | 'not-a-document', pagesTotal: number): Promise<void> {
    await this.deps.cache.write((db) =>
      db
        .prepare(
          `INSERT INTO text_recognition (attachment_id, state, engine, pages_total, recognised_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (attachment_id) DO UPDATE SET state = excluded.state, engine = excluded.engine, pages_total = excluded.pages_total, recognised_at = excluded.recognised_at`,
        )
        .run(doc.id, state, ENGINE, pagesTotal, this.deps.clock.now().toISOString()),
    );
    this.deps.changed(this.status(doc.caseId, doc.id));
  }

  private progress(doc: Candidate, pagesDone: number, pagesTotal: number): void {
    this.current = { attachmentId: doc.id, caseId: doc.caseId, pagesDone, pagesTotal };
    this.deps.changed({ caseId: doc.caseId, attachmentId: doc.id, state: 'reading', pagesDone, pagesTotal });
  }
}
