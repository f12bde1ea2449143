// The attachment vault: one encrypted file per document in `<dataDir>/vault`, each with its own
// random key (kept in the encrypted cache, never beside the file).
import { randomBytes, createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, statfsSync, rmSync } from 'node:fs';
import { CoreError } from '../rpc/core-error';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CHUNK_SIZE, FILE_ID_SIZE, KEY_SIZE } from './format';
import { openVaultFile, type VaultFileReader } from './reader';
import { VaultWriter } from './writer';

export interface NewVaultFile {
  fileId: Buffer;
  key: Buffer;
}

/** Free bytes on the disk that holds `dir` (a port: tests pretend the disk is full). */
export type FreeDiskBytes = (dir: string) => number;

export const systemFreeDiskBytes: FreeDiskBytes = (dir) => {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
};

/** Left free for the system and the database: the vault never writes past it. */
export const DISK_RESERVE_BYTES = 256 * 1024 * 1024;

export class Vault {
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly chunkSize = DEFAULT_CHUNK_SIZE,
    private readonly freeDiskBytes: FreeDiskBytes = systemFreeDiskBytes,
  ) {
    this.dir = join(dataDir, 'vault');
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
  }

  /**
   * Throws DISK_FULL unless `bytes` more fit on the disk with the reserve left free. Checked
   * before a download or an archive is unpacked, and by every writer as it goes.
   */
  ensureRoom(bytes: number): void {
    const free = this.freeDiskBytes(this.dir);
    if (free - bytes >= DISK_RESERVE_BYTES) return;
    const needMiB = Math.ceil((bytes + DISK_RESERVE_BYTES - free) / 2 ** 20);
    throw new CoreError('DISK_FULL', `There is not enough free disk space for this document: free about ${needMiB} MiB more on this computer.`);
  }

  /** A fresh identity and key for a file about to be written. Store both before writing. */
  newFile(): NewVaultFile {
    return { fileId: randomBytes(FILE_ID_SIZE), key: randomBytes(KEY_SIZE) };
  }

  createWriter({ fileId, key }: NewVaultFile): Promise<VaultWriter> {
    return VaultWriter.create(this.dir, fileId, key, this.chunkSize, () => this.ensureRoom(0));
  }

  resumeWriter({ fileId, key }: NewVaultFile): Promise<VaultWriter> {
    return VaultWriter.resume(this.dir, fileId, key, () => this.ensureRoom(0));
  }

  open(fileName: string, key: Buffer): Promise<VaultFileReader> {
    return openVaultFile(join(this.dir, fileName), key);
  }

  /** Reads the whole file and returns its SHA-256 (what was verified when it was written). */
  async digest(fileName: string, key: Buffer): Promise<string> {
    const reader = await this.open(fileName, key);
    try {
      const hash = createHash('sha256');
      if (reader.size > 0) for await (const piece of reader.read(0, reader.size - 1)) hash.update(piece);
      return hash.digest('hex');
    } finally {
      await reader.close();
    }
  }

  async remove(fileName: string): Promise<void> {
    await unlink(join(this.dir, fileName)).catch(() => {});
  }

  /** The vault's size now; files come and go meanwhile (a download finished, a case removed), which is no error. */
  sizeOnDisk(): number {
    let total = 0;
    for (const name of readdirSync(this.dir)) total += statSync(join(this.dir, name), { throwIfNoEntry: false })?.size ?? 0;
    return total;
  }

  /**
   * Removes the files nothing refers to: a `.partial` left by a crash while an archive member was
   * being extracted, a file finished just before its row was written. A partial download that a
   * row still names is kept, to be resumed. Returns how many were removed.
   */
  removeUnreferenced(referenced: ReadonlySet<string>): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (referenced.has(name)) continue;
      rmSync(join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  /** Removes every file (reset of the local cache). Without their keys they were unreadable anyway. */
  destroyAll(): void {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
  }
}
