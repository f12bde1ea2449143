// Reads any byte range of a vault file, decrypting only the chunks it spans and checking each
// one's tag: a tampered, reordered, swapped or truncated file answers ATTACHMENT_CORRUPT.
import { createDecipheriv } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { CoreError } from '../rpc/core-error';
import { chunkAad, chunkNonce, corrupt, decodeHeader, HEADER_SIZE, layout, TAG_SIZE } from './format';

export interface VaultFileReader {
  /** Plaintext size in bytes. */
  readonly size: number;
  /** The plaintext bytes start..end (inclusive), in pieces of at most one chunk. */
  read(start: number, end: number): AsyncIterable<Buffer>;
  close(): Promise<void>;
}

export async function openVaultFile(path: string, key: Buffer, options: { partialChunks?: number } = {}): Promise<VaultFileReader> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new CoreError('ATTACHMENT_CORRUPT', 'This document is missing on this workstation and will be downloaded again.');
  }
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const { bytesRead } = await handle.read(header, 0, HEADER_SIZE, 0);
    if (bytesRead < HEADER_SIZE) throw corrupt();
    const { chunkSize } = decodeHeader(header);
    const stride = chunkSize + TAG_SIZE;
    const partial = options.partialChunks !== undefined;
    const { chunks, plaintextSize } = partial
      ? { chunks: options.partialChunks ?? 0, plaintextSize: (options.partialChunks ?? 0) * chunkSize }
      : layout((await handle.stat()).size, chunkSize);

    async function readChunk(index: number): Promise<Buffer> {
      const sealed = Buffer.allocUnsafe(stride);
      const { bytesRead: got } = await handle.read(sealed, 0, stride, HEADER_SIZE + index * stride);
      if (got < TAG_SIZE) throw corrupt();
      return sealed.subarray(0, got);
    }

    function decryptChunk(index: number, sealed: Buffer): Buffer {
      const got = sealed.length;
      const final = !partial && index === chunks - 1;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(index));
        decipher.setAAD(chunkAad(header, index, final));
        decipher.setAuthTag(sealed.subarray(got - TAG_SIZE, got));
        return Buffer.concat([decipher.update(sealed.subarray(0, got - TAG_SIZE)), decipher.final()]);
      } catch {
        throw corrupt();
      }
    }

    return {
      size: plaintextSize,
      async *read(start, end) {
        if (start < 0 || end >= plaintextSize || start > end) {
          if (plaintextSize === 0 && start === 0 && end === -1) return;
          throw new RangeError(`Range ${start}-${end} outside 0-${plaintextSize - 1}`);
        }
        const first = Math.floor(start / chunkSize);
        const last = Math.floor(end / chunkSize);
        let next = readChunk(first);
        for (let index = first; index <= last; index++) {
          const sealed = await next;
          // Read ahead: the disk fetches the next chunk while this one is decrypted.
          if (index < last) next = readChunk(index + 1);
          const plain = decryptChunk(index, sealed);
          const from = index === first ? start - index * chunkSize : 0;
          const to = index === last ? end - index * chunkSize + 1 : plain.length;
          yield plain.subarray(from, to);
        }
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The plaintext bytes start..end (inclusive) in one buffer; an empty one when the range is empty (end < start). */
export async function readRange(reader: VaultFileReader, start: number, end: number): Promise<Buffer> {
  if (end < start) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  for await (const piece of reader.read(start, end)) parts.push(piece);
  return Buffer.concat(parts);
}
