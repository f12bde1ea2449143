// The first bytes of an available attachment, decrypted from the vault: enough for a DICOM header.
import type { CaseCache } from '../cache/case-cache';
import { CoreError } from '../rpc/core-error';
import { readRange } from '../vault/reader';

/** DICOM headers sit at the start of the file; 512 KiB holds any ordinary one. */
export const HEADER_BYTES = 512 * 1024;

export async function readAttachmentStart(cache: CaseCache, attachmentId: string, maxBytes: number): Promise<Buffer> {
  const row = cache
    .database()
    .prepare<[string], { vault_file: string; vault_key: Buffer; size: number }>(
      `SELECT vault_file, vault_key, size FROM attachments WHERE id = ? AND download_state = 'available'`,
    )
    .get(attachmentId);
  if (!row) throw new CoreError('CONTENT_NOT_FOUND', 'This document is not on this workstation yet.');
  const reader = await cache.vault.open(row.vault_file, row.vault_key);
  try {
    return await readRange(reader, 0, Math.min(row.size, maxBytes) - 1);
  } finally {
    await reader.close();
  }
}
