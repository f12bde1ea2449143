// What crypto-erasing the cache leaves behind: the key file overwritten in place before it is
// removed, and `erased.json` (a reason and a date, no patient data) so that the next start can say
// why the cases are gone.
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { ERASE_REASONS } from '../../../contract';
import { writeFileAtomic } from '../fs/atomic-write';

export const Erased = z.object({ reason: z.enum(ERASE_REASONS), at: z.string() });
export type Erased = z.infer<typeof Erased>;
export type EraseReason = Erased['reason'];

const ERASED_FILE = 'erased.json';

/** Overwrites a file's bytes with random ones, flushes them, then removes it. */
export function shredFile(path: string): void {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r+');
  try {
    const { size } = fstatSync(fd);
    writeSync(fd, randomBytes(Math.max(size, 1)), 0, Math.max(size, 1), 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
}

export function writeErased(dataDir: string, erased: Erased): void {
  writeFileAtomic(join(dataDir, ERASED_FILE), JSON.stringify(erased));
}

export function readErased(dataDir: string): Erased | null {
  try {
    return Erased.parse(JSON.parse(readFileSync(join(dataDir, ERASED_FILE), 'utf8')));
  } catch {
    return null;
  }
}

export function clearErased(dataDir: string): void {
  rmSync(join(dataDir, ERASED_FILE), { force: true });
}
