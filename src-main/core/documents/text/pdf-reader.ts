// Reads the PDFs that arrive, one at a time in a worker thread, once each: the text of their pages
// (for the case's search) and their dates (their creation date, the date on their first page, for
// the documents' timeline), kept in the cache, and the case told it changed. A PDF that cannot be
// read keeps the date it reached the platform and is not searchable (a scan is, once OCR reads it).
import type { CaseCache } from '../../cache/case-cache';
import type { Clock } from '../../ports';
import type { Logger } from '../../log/logger';
import { CoreError } from '../../rpc/core-error';
import { offThread } from '../../work/off-thread';
import { readAttachmentStart } from '../../imaging/attachment-start';
import { notAfter } from '../dates/document-dates';
import { keepPageText } from './document-text';
import type { PdfReading } from './pdf-reading';

/** A PDF larger than this is not opened (it keeps its upload date, and is not searchable). */
const MAX_BYTES = 256 * 1024 * 1024;

export interface PdfReaderDeps {
  cache: CaseCache;
  clock: Clock;
  log: Logger;
  /** A case's documents have dates or text they did not have. */
  changed: (caseIds: string[]) => void;
}

interface Pending {
  id: string;
  caseId: string;
  size: number;
  addedAt: string | null;
}

export class PdfReader {
  private running = false;
  private busy = false;
  /** Documents arrived while reading: look again when done. */
  private again = false;

  constructor(private readonly deps: PdfReaderDeps) {}

  start(): void {
    this.running = true;
    this.arrived();
  }

  stop(): void {
    this.running = false;
  }

  /** Documents may have arrived. */
  arrived(): void {
    if (!this.running) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    this.again = false;
    this.readAll()
      .catch((error: unknown) => {
        // The cache locked, or the document left it (retention) while its dates were read.
        this.deps.log.info('PDF reading not kept', { reason: error instanceof CoreError ? error.code : error instanceof Error ? error.name : 'error' });
      })
      .finally(() => {
        this.busy = false;
        if (this.again) this.arrived();
      });
  }

  private next(): Pending | null {
    if (!this.running || this.deps.cache.state !== 'unlocked') return null;
    return (
      this.deps.cache
        .database()
        .prepare<[], Pending>(
          `SELECT a.id, a.case_id AS caseId, a.size, a.added_at AS addedAt FROM attachments a
           LEFT JOIN pdf_readings p ON p.attachment_id = a.id
           WHERE p.attachment_id IS NULL AND a.kind = 'pdf' AND a.download_state = 'available'
           ORDER BY a.added_at, a.id LIMIT 1`,
        )
        .get() ?? null
    );
  }

  private async readAll(): Promise<void> {
    for (let pdf = this.next(); pdf; pdf = this.next()) {
      let reading: PdfReading | null = null;
      try {
        if (pdf.size > MAX_BYTES) throw new CoreError('TOO_LARGE', 'This PDF is too large to be read.');
        const bytes = await readAttachmentStart(this.deps.cache, pdf.id, MAX_BYTES);
        reading = await offThread('pdf.read', { bytes, notAfter: notAfter(pdf.addedAt) });
      } catch (error) {
        // Locked meanwhile: read again after the next unlock. Anything else is this PDF's (damaged, protected).
        if (!this.running || this.deps.cache.state !== 'unlocked') return;
        this.deps.log.info('PDF not read', { reason: error instanceof CoreError ? error.code : error instanceof Error ? error.name : 'error' });
      }
      if (!this.running || this.deps.cache.state !== 'unlocked') return;
      const readAt = this.deps.clock.now().toISOString();
      const done = reading;
      await this.deps.cache.write((db) => {
        db.prepare('INSERT OR REPLACE INTO pdf_readings (attachment_id, state, created_on, written_on, read_at) VALUES (?, ?, ?, ?, ?)').run(
          pdf.id,
          done ? 'done' : 'failed',
          done?.createdOn ?? null,
          done?.writtenOn ?? null,
          readAt,
        );
        for (const { page, text } of done?.pages ?? []) keepPageText(db, pdf.id, page, 'text-layer', text);
      });
      if (done) this.deps.changed([pdf.caseId]);
    }
  }
}
