// Document bytes for the viewers: an available attachment, decrypted from the vault by byte range.
// Readers stay open for a short while, because a viewer reads the same file in many small ranges.
// A ref is an attachment id, or `<id>/document` for the document encapsulated in a DICOM file (a
// PDF), served as a window onto the file's bytes so that it too is read by range.
import { createHash } from 'node:crypto';
import type { CaseCache } from '../cache/case-cache';
import { ENCAPSULATED_DOCUMENT_SUFFIX as ENCAPSULATED } from '../../../contract';
import { CoreError } from '../rpc/core-error';
import { readRange, type VaultFileReader } from '../vault/reader';

export interface GeneratedDocument {
  bytes: Uint8Array;
  mediaType: string;
}

export interface DocumentInfo {
  size: number;
  mediaType: string;
  /** The plaintext's SHA-256, a strong validator of these bytes. */
  etag: string;
}

interface OpenDocument {
  info: DocumentInfo;
  reader: VaultFileReader;
  closeTimer: NodeJS.Timeout;
  /** Where the served bytes start in the file (0, or an encapsulated document's offset). */
  offset: number;
}

const IDLE_CLOSE_MS = 30_000;
const MAX_READ = 4 * 1024 * 1024;

export interface DocumentContentDeps {
  cache: CaseCache;
  /** Documents made on demand (a report's PDF) for refs it recognises, else null. */
  generated: (ref: string) => Promise<GeneratedDocument> | null;
  /** Told when an attachment's bytes are opened for a viewer (the audit trail records it). */
  viewed: (caseId: string, attachmentId: string) => void;
  /** A document of this case is new no more (`cases.changed`). */
  changed: (caseIds: string[]) => void;
}

export class DocumentContent {
  private open = new Map<string, Promise<OpenDocument>>();

  constructor(private readonly deps: DocumentContentDeps) {}

  async info(attachmentId: string): Promise<DocumentInfo> {
    return (await this.get(attachmentId)).info;
  }

  async read(attachmentId: string, start: number, end: number): Promise<Uint8Array> {
    if (end - start + 1 > MAX_READ) throw new CoreError('INVALID_INPUT', 'Read ranges are limited to 4 MiB.');
    const doc = await this.get(attachmentId);
    if (start < 0 || end >= doc.info.size || start > end) throw new CoreError('INVALID_INPUT', 'This range is outside the document.');
    return readRange(doc.reader, doc.offset + start, doc.offset + end);
  }

  /** Nothing to start: readers open on demand. */
  start(): void {}

  /** Closes every reader (the cache is locking, or core stops). */
  async stop(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    for (const pending of all) {
      const doc = await pending.catch(() => null);
      if (doc) {
        clearTimeout(doc.closeTimer);
        await doc.reader.close().catch(() => {});
      }
    }
  }

  private get(attachmentId: string): Promise<OpenDocument> {
    let pending = this.open.get(attachmentId);
    if (!pending) {
      pending = this.openDocument(attachmentId);
      this.open.set(attachmentId, pending);
      pending.catch(() => this.open.delete(attachmentId));
    }
    return pending.then((doc) => {
      doc.closeTimer.refresh();
      return doc;
    });
  }

  private async openDocument(ref: string): Promise<OpenDocument> {
    const made = this.deps.generated(ref);
    if (made) return this.openGenerated(ref, await made);
    if (!ref.endsWith(ENCAPSULATED)) return this.openAttachment(ref);
    const attachmentId = ref.slice(0, -ENCAPSULATED.length);
    const row = this.deps.cache
      .database()
      .prepare<[string], { embedded_offset: number | null; embedded_length: number | null }>(
        `SELECT embedded_offset, embedded_length FROM dicom_instances WHERE attachment_id = ? AND object_kind = 'pdf'`,
      )
      .get(attachmentId);
    if (!row || row.embedded_offset === null || row.embedded_length === null) throw new CoreError('CONTENT_NOT_FOUND', 'This DICOM file holds no document.');
    const whole = await this.openAttachment(attachmentId, ref);
    return {
      ...whole,
      offset: row.embedded_offset,
      // The window's validator derives from the file's: same bytes, same tag.
      info: { size: row.embedded_length, mediaType: 'application/pdf', etag: `${whole.info.etag.slice(0, -1)}-document"` },
    };
  }

  /** Viewed: no longer new. Only a new one costs a write (a series opens hundreds of files). */
  private markSeen(caseId: string, attachmentId: string): void {
    this.deps.cache
      .write((db) => db.prepare('UPDATE attachments SET is_new = 0 WHERE id = ?').run(attachmentId))
      .then(
        () => this.deps.changed([caseId]),
        () => {},
      );
  }

  /** Bytes made in memory, served like a file; nothing of them is written to disk. */
  private openGenerated(ref: string, doc: GeneratedDocument): OpenDocument {
    const bytes = Buffer.from(doc.bytes);
    const reader: VaultFileReader = {
      size: bytes.length,
      async *read(start, end) {
        yield bytes.subarray(start, end + 1);
      },
      close: async () => {},
    };
    const closeTimer = setTimeout(() => this.open.delete(ref), IDLE_CLOSE_MS);
    closeTimer.unref();
    const etag = `"${createHash('sha256').update(bytes).digest('hex')}"`;
    return { info: { size: bytes.length, mediaType: doc.mediaType, etag }, reader, closeTimer, offset: 0 };
  }

  /** `key`: the entry in `open` this reader belongs to (closed and forgotten together). */
  private async openAttachment(attachmentId: string, key = attachmentId): Promise<OpenDocument> {
    const row = this.deps.cache
      .database()
      .prepare<
        [string],
        { case_id: string; media_type: string; sha256: string; download_state: string; vault_file: string | null; vault_key: Buffer | null; is_new: number }
      >('SELECT case_id, media_type, sha256, download_state, vault_file, vault_key, is_new FROM attachments WHERE id = ?')
      .get(attachmentId);
    if (!row) throw new CoreError('CONTENT_NOT_FOUND', 'This document is not on this workstation.');
    if (row.download_state === 'corrupt') throw new CoreError('ATTACHMENT_CORRUPT', 'This document is damaged and will be downloaded again.');
    if (row.download_state !== 'available' || !row.vault_file || !row.vault_key) {
      throw new CoreError('CONTENT_NOT_FOUND', 'This document is not downloaded yet.');
    }
    const reader = await this.deps.cache.vault.open(row.vault_file, row.vault_key);
    this.deps.viewed(row.case_id, attachmentId);
    if (row.is_new === 1) this.markSeen(row.case_id, attachmentId);
    const closeTimer = setTimeout(() => {
      this.open.delete(key);
      void reader.close();
    }, IDLE_CLOSE_MS);
    closeTimer.unref();
    return { info: { size: reader.size, mediaType: row.media_type, etag: `"${row.sha256}"` }, reader, closeTimer, offset: 0 };
  }
}
