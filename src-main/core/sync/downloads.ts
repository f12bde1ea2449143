// Downloads attachments into the vault: a few at a time, the case the expert has open first,
// resumed with Range/If-Range after any interruption, verified with SHA-256 before an attachment
// is marked available. A digest mismatch downloads once more from scratch, then marks the
// attachment corrupt.
import type { CaseCache } from '../cache/case-cache';
import { CoreError } from '../rpc/core-error';
import type { VaultWriter } from '../vault/writer';
import { indexDicomAttachment } from '../imaging/dicom-index';
import { expandArchive, isArchive } from '../imaging/dicom-archive';
import type { PlatformClient } from './platform-client';
import { PlatformError, type PlatformFailure } from './platform-error';

export interface DownloadProgress {
  caseId: string;
  attachmentId: string;
  bytesDone: number;
  bytesTotal: number;
}

interface PendingRow {
  id: string;
  case_id: string;
  kind: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  vault_file: string | null;
  vault_key: Buffer | null;
  etag: string | null;
  digest_failures: number;
}

const STALL_TIMEOUT_MS = 30_000;
const PROGRESS_EVERY_MS = 200;

export interface DownloadOptions {
  concurrency: number;
  priorityCaseId: string | null;
  onProgress: (progress: DownloadProgress) => void;
  signal: AbortSignal;
}

/** Downloads everything pending; returns the failure that stopped it, if any. */
export async function downloadPending(client: PlatformClient, cache: CaseCache, options: DownloadOptions): Promise<PlatformFailure | null> {
  const rows = cache
    .database()
    .prepare<[string], PendingRow>(
      `SELECT a.id, a.case_id, a.kind, a.name, a.media_type, a.size, a.sha256, a.vault_file, a.vault_key, a.etag, a.digest_failures
       FROM attachments a JOIN cases c ON c.id = a.case_id
       WHERE a.download_state IN ('pending', 'downloading') AND a.archive_id IS NULL AND c.read_only = 0
       ORDER BY (a.case_id = ?) DESC, c.due_at IS NULL, c.due_at, a.case_id, a.name`,
    )
    .all(options.priorityCaseId ?? '');
  let stopped: PlatformFailure | null = null;
  let diskFull: CoreError | null = null;
  const stop = new AbortController();
  const abort = () => stop.abort();
  options.signal.addEventListener('abort', abort);
  let next = 0;
  const worker = async () => {
    while (!stop.signal.aborted && next < rows.length) {
      const row = rows[next++] as PendingRow;
      try {
        await downloadOne(client, cache, row, stop.signal, options.onProgress);
      } catch (error) {
        if (error instanceof PlatformError) {
          stopped ??= error.failure;
          stop.abort(); // the others stop too, keeping what they have; the engine retries later
        } else if (error instanceof CoreError && error.code === 'DISK_FULL') {
          diskFull ??= error;
          stop.abort(); // no download goes on filling the disk; what each has is kept
        } else if (!stop.signal.aborted) throw error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, rows.length) }, worker));
  } finally {
    options.signal.removeEventListener('abort', abort);
  }
  if (diskFull) throw diskFull;
  return stopped;
}

async function downloadOne(
  client: PlatformClient,
  cache: CaseCache,
  row: PendingRow,
  signal: AbortSignal,
  onProgress: (p: DownloadProgress) => void,
): Promise<void> {
  for (;;) {
    const outcome = await attempt(client, cache, row, signal, onProgress);
    if (outcome === 'available') return;
    // The bytes do not match the checksum the platform announced: once more from nothing, then give up.
    row.digest_failures++;
    const corrupt = row.digest_failures >= 2;
    await cache.write((db) =>
      db
        .prepare(
          `UPDATE attachments SET digest_failures = ?, download_state = ?, error_code = ?, vault_file = NULL, vault_key = NULL,
             bytes_done = 0, etag = NULL WHERE id = ?`,
        )
        .run(row.digest_failures, corrupt ? 'corrupt' : 'pending', corrupt ? 'ATTACHMENT_CORRUPT' : null, row.id),
    );
    Object.assign(row, { vault_file: null, vault_key: null, etag: null });
    if (corrupt) return;
  }
}

async function attempt(
  client: PlatformClient,
  cache: CaseCache,
  row: PendingRow,
  signal: AbortSignal,
  onProgress: (p: DownloadProgress) => void,
): Promise<'available' | 'digest-mismatch'> {
  // Checked before each download (the writer checks again as it goes).
  cache.vault.ensureRoom(Math.max(0, row.size));
  let writer = (await resumeIfPossible(cache, row)) ?? (await startFresh(cache, row));
  const stall = new AbortController();
  let stallTimer = setTimeout(() => stall.abort(), STALL_TIMEOUT_MS);
  const abort = () => stall.abort();
  signal.addEventListener('abort', abort);
  try {
    const offset = writer.bytesWritten;
    const headers: Record<string, string> = offset > 0 ? { Range: `bytes=${offset}-`, ...(row.etag ? { 'If-Range': row.etag } : {}) } : {};
    const response = await client.send('GET', `/api/v1/attachments/${encodeURIComponent(row.id)}/content`, { headers, signal: stall.signal });
    if (offset > 0 && response.status !== 206) {
      // The platform sent the whole representation (it changed, or ignores ranges): start over.
      await writer.abort();
      writer = await startFresh(cache, row);
    }
    const etag = response.headers.get('etag');
    if (etag && etag !== row.etag) {
      await cache.write((db) => db.prepare('UPDATE attachments SET etag = ? WHERE id = ?').run(etag, row.id));
      row.etag = etag;
    }
    let done = writer.bytesWritten;
    let lastReport = 0;
    try {
      for await (const chunk of response.body ?? []) {
        clearTimeout(stallTimer);
        stallTimer = setTimeout(() => stall.abort(), STALL_TIMEOUT_MS);
        await writer.write(chunk);
        done += chunk.length;
        if (Date.now() - lastReport > PROGRESS_EVERY_MS) {
          lastReport = Date.now();
          onProgress({ caseId: row.case_id, attachmentId: row.id, bytesDone: done, bytesTotal: row.size });
        }
      }
    } catch {
      throw new PlatformError(signal.aborted ? { kind: 'retry', status: null, retryAfterMs: null } : { kind: 'offline' });
    }
    if (done !== row.size) throw new PlatformError({ kind: 'retry', status: null, retryAfterMs: null });
    let finished;
    try {
      finished = await writer.finish(row.sha256);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'ATTACHMENT_CORRUPT') return 'digest-mismatch';
      throw error;
    }
    await cache.write((db) =>
      db
        .prepare(`UPDATE attachments SET download_state = 'available', vault_file = ?, bytes_done = size, error_code = NULL WHERE id = ?`)
        .run(finished.fileName, row.id),
    );
    if (row.kind === 'dicom') await indexDicomAttachment(cache, row.id);
    else if (isArchive(row.kind, row.media_type, row.name)) await expandArchive(cache, row.id);
    onProgress({ caseId: row.case_id, attachmentId: row.id, bytesDone: row.size, bytesTotal: row.size });
    return 'available';
  } catch (error) {
    // Keep the complete chunks: the next attempt resumes from there.
    await writer.suspend().catch(() => {});
    const kept = writer.bytesWritten;
    await cache.write((db) => db.prepare('UPDATE attachments SET bytes_done = ? WHERE id = ?').run(kept, row.id)).catch(() => {});
    throw error;
  } finally {
    clearTimeout(stallTimer);
    signal.removeEventListener('abort', abort);
  }
}

async function resumeIfPossible(cache: CaseCache, row: PendingRow): Promise<VaultWriter | null> {
  if (!row.vault_file?.endsWith('.partial') || !row.vault_key) return null;
  try {
    return await cache.vault.resumeWriter({ fileId: Buffer.from(row.vault_file.slice(0, -'.partial'.length), 'hex'), key: row.vault_key });
  } catch {
    return null; // missing or damaged partial file: download again from the start
  }
}

async function startFresh(cache: CaseCache, row: PendingRow): Promise<VaultWriter> {
  const file = cache.vault.newFile();
  const partial = `${file.fileId.toString('hex')}.partial`;
  await cache.write((db) =>
    db
      .prepare(`UPDATE attachments SET download_state = 'downloading', vault_file = ?, vault_key = ?, bytes_done = 0, etag = NULL WHERE id = ?`)
      .run(partial, file.key, row.id),
  );
  if (row.vault_file?.endsWith('.partial')) await cache.vault.remove(row.vault_file);
  row.vault_file = partial;
  row.vault_key = file.key;
  row.etag = null;
  return cache.vault.createWriter(file);
}
