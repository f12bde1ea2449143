// The vault against raw AES-256-GCM over the same bytes in memory (same chunk size), in the same
// run (and against writing the same bytes in clear to the same disk): 1 GiB written through the vault (encrypt + write + fsync + rename) and read back
// (read + decrypt), plus one 64 KiB range from the middle of the file.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault } from '../src-main/core/vault/vault';
import { DEFAULT_CHUNK_SIZE } from '../src-main/core/vault/format';
import type { Benchmark } from './run';
import { median } from './stats';

const TOTAL = 1024 * 1024 * 1024;
const SOURCE = randomBytes(16 * 1024 * 1024); // repeated to make 1 GiB without holding it all

/** The baseline: the same 1 GiB encrypted into memory, then decrypted, with the vault's chunking. */
function rawEncryptDecrypt(key: Buffer): { encryptMs: number; decryptMs: number } {
  const sealed: { data: Buffer; tag: Buffer }[] = [];
  const ivFor = (i: number) => {
    const iv = Buffer.alloc(12);
    iv.writeUInt32BE(i, 8);
    return iv;
  };
  const t0 = performance.now();
  for (let done = 0, i = 0; done < TOTAL; done += DEFAULT_CHUNK_SIZE, i++) {
    const offset = done % SOURCE.length;
    const cipher = createCipheriv('aes-256-gcm', key, ivFor(i));
    const data = Buffer.concat([cipher.update(SOURCE.subarray(offset, offset + DEFAULT_CHUNK_SIZE)), cipher.final()]);
    sealed.push({ data, tag: cipher.getAuthTag() });
  }
  const encryptMs = performance.now() - t0;
  const t1 = performance.now();
  sealed.forEach(({ data, tag }, i) => {
    const decipher = createDecipheriv('aes-256-gcm', key, ivFor(i));
    decipher.setAuthTag(tag);
    Buffer.concat([decipher.update(data), decipher.final()]);
  });
  return { encryptMs, decryptMs: performance.now() - t1 };
}

const ROUNDS = 3;

async function plainFileWrite(path: string): Promise<number> {
  const start = performance.now();
  const handle = await open(path, 'w');
  for (let done = 0; done < TOTAL; done += SOURCE.length) await handle.write(SOURCE, 0, SOURCE.length, done);
  await handle.sync();
  await handle.close();
  const ms = performance.now() - start;
  await unlink(path);
  return ms;
}

async function vaultWriteRead(vault: Vault): Promise<{ writeMs: number; readMs: number; rangeMs: number[] }> {
  const file = vault.newFile();
  const t0 = performance.now();
  const writer = await vault.createWriter(file);
  for (let done = 0; done < TOTAL; done += SOURCE.length) await writer.write(SOURCE);
  const { fileName } = await writer.finish();
  const writeMs = performance.now() - t0;

  const reader = await vault.open(fileName, file.key);
  const t1 = performance.now();
  let bytes = 0;
  for await (const piece of reader.read(0, reader.size - 1)) bytes += piece.length;
  const readMs = performance.now() - t1;
  if (bytes !== TOTAL) throw new Error(`read ${bytes} bytes`);
  const rangeMs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = TOTAL / 2 + i * 7919;
    const t = performance.now();
    for await (const piece of reader.read(start, start + 64 * 1024 - 1)) bytes += piece.length;
    rangeMs.push(performance.now() - t);
  }
  await reader.close();
  await vault.remove(fileName);
  return { writeMs, readMs, rangeMs };
}

export const benchmark: Benchmark = {
  description: 'vault write/read of 1 GiB vs raw AES-256-GCM in memory, and vs a plain file write, medians of 3 rounds',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'smo-bench-vault-'));
    try {
      const vault = new Vault(dir);
      const raw: { encryptMs: number; decryptMs: number }[] = [];
      const plain: number[] = [];
      const runs: { writeMs: number; readMs: number; rangeMs: number[] }[] = [];
      // Alternate the measurements so that disk and page-cache drift touch them alike.
      for (let round = 0; round < ROUNDS; round++) {
        raw.push(rawEncryptDecrypt(randomBytes(32)));
        plain.push(await plainFileWrite(join(dir, 'plain.bin')));
        runs.push(await vaultWriteRead(vault));
      }
      const encryptMs = median(raw.map((r) => r.encryptMs));
      const decryptMs = median(raw.map((r) => r.decryptMs));
      const plainWriteMs = median(plain);
      const writeMs = median(runs.map((r) => r.writeMs));
      const readMs = median(runs.map((r) => r.readMs));
      const gib = TOTAL / 2 ** 30;
      return {
        bytes: TOTAL,
        chunk_size: DEFAULT_CHUNK_SIZE,
        raw_encrypt_gib_s: gib / (encryptMs / 1000),
        raw_decrypt_gib_s: gib / (decryptMs / 1000),
        plain_file_write_gib_s: gib / (plainWriteMs / 1000),
        vault_write_gib_s: gib / (writeMs / 1000),
        vault_read_gib_s: gib / (readMs / 1000),
        write_ratio: encryptMs / writeMs,
        write_vs_plain_file_ratio: plainWriteMs / writeMs,
        read_ratio: decryptMs / readMs,
        read_range_ms: median(runs.flatMap((r) => r.rangeMs)),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
