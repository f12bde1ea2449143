// Streams plaintext into a new vault file: encrypted chunk by chunk in memory (plaintext never
// touches the disk), written to `<id>.partial`, hashed with SHA-256 on the way, and renamed to
// `<id>.vault` only when complete and verified. An interrupted write can be resumed.
import { createCipheriv, createHash, type Hash } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDirectory } from '../fs/fsync-directory';
import { CoreError } from '../rpc/core-error';
import { chunkAad, chunkNonce, encodeHeader, HEADER_SIZE, TAG_SIZE } from './format';
import { openVaultFile } from './reader';

const MAX_WRITES_IN_FLIGHT = 4;
/** How often a writer asks whether the disk still has room (a statfs call: cheap at this pace). */
const ROOM_CHECK_EVERY_BYTES = 64 * 1024 * 1024;

/** Throws (DISK_FULL) when the disk is about to be full. */
export type RoomCheck = () => void;

export interface FinishedVaultFile {
  fileName: string;
  sha256: string;
  size: number;
}

export class VaultWriter {
  private pending: Buffer;
  private pendingLength = 0;
  private chunkIndex: number;
  private written: number;
  private closed = false;
  /** Chunks being written while the next ones are encrypted: CPU and disk work in parallel. */
  private inFlight: Promise<unknown>[] = [];
  private sinceRoomCheck = 0;

  private constructor(
    private readonly dir: string,
    private readonly fileId: Buffer,
    private readonly key: Buffer,
    private readonly header: Buffer,
    private readonly handle: FileHandle,
    private readonly hash: Hash,
    startChunk: number,
    private readonly checkRoom: RoomCheck,
  ) {
    const chunkSize = header.readUInt32BE(8);
    this.pending = Buffer.allocUnsafe(chunkSize);
    this.chunkIndex = startChunk;
    this.written = startChunk * chunkSize;
  }

  static partialName(fileId: Buffer): string {
    return `${fileId.toString('hex')}.partial`;
  }
  static finalName(fileId: Buffer): string {
    return `${fileId.toString('hex')}.vault`;
  }

  static async create(dir: string, fileId: Buffer, key: Buffer, chunkSize: number, checkRoom: RoomCheck = () => {}): Promise<VaultWriter> {
    checkRoom();
    const header = encodeHeader(chunkSize, fileId);
    const handle = await open(join(dir, VaultWriter.partialName(fileId)), 'w', 0o600);
    await handle.write(header, 0, HEADER_SIZE, 0);
    return new VaultWriter(dir, fileId, key, header, handle, createHash('sha256'), 0, checkRoom);
  }

  /**
   * Continues an interrupted write: keeps the complete chunks already on disk (re-reading them to
   * rebuild the hash), drops a torn tail. `bytesWritten` says where the download resumes.
   */
  static async resume(dir: string, fileId: Buffer, key: Buffer, checkRoom: RoomCheck = () => {}): Promise<VaultWriter> {
    checkRoom();
    const path = join(dir, VaultWriter.partialName(fileId));
    const handle = await open(path, 'r+');
    try {
      const header = Buffer.alloc(HEADER_SIZE);
      await handle.read(header, 0, HEADER_SIZE, 0);
      const chunkSize = header.readUInt32BE(8);
      const stride = chunkSize + TAG_SIZE;
      const { size } = await handle.stat();
      const chunks = Math.max(0, Math.floor((size - HEADER_SIZE) / stride));
      const hash = createHash('sha256');
      const reader = await openVaultFile(path, key, { partialChunks: chunks });
      try {
        for await (const plain of reader.read(0, chunks * chunkSize - 1)) hash.update(plain);
      } finally {
        await reader.close();
      }
      await handle.truncate(HEADER_SIZE + chunks * stride);
      return new VaultWriter(dir, fileId, key, header, handle, hash, chunks, checkRoom);
    } catch (error) {
      await handle.close();
      throw error instanceof CoreError ? error : new CoreError('ATTACHMENT_CORRUPT', 'The interrupted download cannot be resumed.');
    }
  }

  /** Plaintext bytes durably written in complete chunks (what a resumed download skips). */
  get bytesWritten(): number {
    return this.written;
  }

  async write(data: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      if (this.pendingLength === this.pending.length) {
        // A full chunk followed by more data is not the last one.
        await this.flushChunk(false);
      }
      const take = Math.min(data.length - offset, this.pending.length - this.pendingLength);
      this.pending.set(data.subarray(offset, offset + take), this.pendingLength);
      this.pendingLength += take;
      offset += take;
    }
  }

  /** Seals the last chunk, verifies the content, and makes the file visible under its final name. */
  async finish(expectedSha256?: string): Promise<FinishedVaultFile> {
    await this.flushChunk(true);
    await Promise.all(this.inFlight);
    await this.handle.sync();
    await this.handle.close();
    this.closed = true;
    const sha256 = this.hash.digest('hex');
    const partial = join(this.dir, VaultWriter.partialName(this.fileId));
    if (expectedSha256 !== undefined && sha256 !== expectedSha256.toLowerCase()) {
      await unlink(partial).catch(() => {});
      throw new CoreError('ATTACHMENT_CORRUPT', 'The downloaded document does not match its checksum.');
    }
    const fileName = VaultWriter.finalName(this.fileId);
    await rename(partial, join(this.dir, fileName));
    await fsyncDirectory(this.dir);
    return { fileName, sha256, size: this.written };
  }

  /** Stops and removes the partial file. */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await Promise.allSettled(this.inFlight);
      await this.handle.close();
    }
    await unlink(join(this.dir, VaultWriter.partialName(this.fileId))).catch(() => {});
  }

  /** Stops, keeping complete chunks on disk so that `resume` can continue later. */
  async suspend(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled(this.inFlight);
    await this.handle.sync();
    await this.handle.close();
  }

  private async flushChunk(final: boolean): Promise<void> {
    this.sinceRoomCheck += this.pendingLength;
    if (this.sinceRoomCheck >= ROOM_CHECK_EVERY_BYTES) {
      this.sinceRoomCheck = 0;
      this.checkRoom();
    }
    const plain = this.pending.subarray(0, this.pendingLength);
    this.hash.update(plain);
    const cipher = createCipheriv('aes-256-gcm', this.key, chunkNonce(this.chunkIndex));
    cipher.setAAD(chunkAad(this.header, this.chunkIndex, final));
    const encrypted = cipher.update(plain);
    cipher.final(); // GCM adds no bytes at the end; it computes the tag
    const stride = this.pending.length + TAG_SIZE;
    const position = HEADER_SIZE + this.chunkIndex * stride;
    // A few writes in flight (each at its own position), so a slow disk does not stall encryption.
    if (this.inFlight.length >= MAX_WRITES_IN_FLIGHT) await this.inFlight.shift();
    const write = this.handle.writev([encrypted, cipher.getAuthTag()], position);
    write.catch(() => {}); // observed later by finish/suspend; not an unhandled rejection meanwhile
    this.inFlight.push(write);
    this.written += this.pendingLength;
    this.chunkIndex++;
    this.pendingLength = 0;
  }
}
