// The vault's file format. A file is a 40-byte header followed by chunks; each chunk is the
// AES-256-GCM encryption of up to `chunkSize` plaintext bytes followed by its 16-byte tag.
//   header: "SMOVLT1\0" | chunkSize u32 | reserved u32 | fileId 16 bytes | reserved 8 bytes
//   nonce of chunk i: 4 zero bytes | i as u64       (the key is random per file: never reused)
//   associated data : header | i as u64 | final u8  (binds each chunk to this file, its place,
//                      and whether it is the last: reordering, swapping or dropping any chunk,
//                      truncating the file or editing the header fails authentication)
import { CoreError } from '../rpc/core-error';

export const MAGIC = Buffer.from('SMOVLT1\0', 'latin1');
export const HEADER_SIZE = 40;
export const TAG_SIZE = 16;
export const KEY_SIZE = 32;
export const FILE_ID_SIZE = 16;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

export function encodeHeader(chunkSize: number, fileId: Buffer): Buffer {
  if (fileId.length !== FILE_ID_SIZE) throw new Error('fileId must be 16 bytes');
  const header = Buffer.alloc(HEADER_SIZE);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(chunkSize, 8);
  fileId.copy(header, 16);
  return header;
}

export function decodeHeader(header: Buffer): { chunkSize: number; fileId: Buffer } {
  if (header.length < HEADER_SIZE || !header.subarray(0, 8).equals(MAGIC)) throw corrupt();
  const chunkSize = header.readUInt32BE(8);
  if (chunkSize < 4096 || chunkSize > 16 * 1024 * 1024) throw corrupt();
  return { chunkSize, fileId: Buffer.from(header.subarray(16, 32)) };
}

export function chunkNonce(index: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

export function chunkAad(header: Buffer, index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(HEADER_SIZE + 9);
  header.copy(aad, 0, 0, HEADER_SIZE);
  aad.writeBigUInt64BE(BigInt(index), HEADER_SIZE);
  aad[HEADER_SIZE + 8] = final ? 1 : 0;
  return aad;
}

/** Layout of a complete file of `fileSize` bytes: how many chunks, and the plaintext size. */
export function layout(fileSize: number, chunkSize: number): { chunks: number; plaintextSize: number } {
  const body = fileSize - HEADER_SIZE;
  const stride = chunkSize + TAG_SIZE;
  if (body < TAG_SIZE) throw corrupt();
  const full = Math.floor(body / stride);
  const rest = body % stride;
  if (rest === 0) return { chunks: full, plaintextSize: full * chunkSize };
  if (rest < TAG_SIZE) throw corrupt();
  return { chunks: full + 1, plaintextSize: full * chunkSize + (rest - TAG_SIZE) };
}

export function corrupt(): CoreError {
  return new CoreError('ATTACHMENT_CORRUPT', 'This document is damaged on this workstation and will be downloaded again.');
}
