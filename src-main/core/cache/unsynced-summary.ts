// How many changes wait to be sent, by kind — counts only, no case, no content — kept beside the
// encrypted cache so that an expert who lost their key is told what a reset would lose.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { OUTBOX_KINDS, type OutboxSummary } from '../outbox/outbox';

const Summary = z.object({
  total: z.number().int().nonnegative(),
  byKind: z.partialRecord(z.enum(OUTBOX_KINDS), z.number().int().nonnegative()),
});

const FILE = 'unsynced-summary.json';
const empty: OutboxSummary = { total: 0, byKind: {} };

export function readUnsyncedSummary(dataDir: string): OutboxSummary {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) return empty;
  try {
    return Summary.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return empty;
  }
}

export function writeUnsyncedSummary(dataDir: string, summary: OutboxSummary): void {
  writeFileAtomic(join(dataDir, FILE), JSON.stringify(summary));
}

export function removeUnsyncedSummary(dataDir: string): void {
  rmSync(join(dataDir, FILE), { force: true });
}
