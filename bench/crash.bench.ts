// Crash safety under more kills than the test suite runs: a writer killed with SIGKILL at random
// moments, the cache checked after each kill. Reports problems found (expected: 0).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareCrashCache, runCrashLoop } from '../tests/support/crash-loop';
import type { Benchmark } from './run';

const KILLS = Number(process.env.SMO_CRASH_KILLS ?? 300);

export const benchmark: Benchmark = {
  description: `cache and vault killed ${KILLS} times at random moments; acknowledged writes must all survive`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'smo-bench-crash-'));
    try {
      await prepareCrashCache(dir);
      const result = await runCrashLoop(dir, KILLS);
      if (result.problems.length > 0) process.stderr.write(`${result.problems.join('\n')}\n`);
      return {
        kills: result.kills,
        acknowledged_outbox_rows: result.acknowledgedOutbox,
        acknowledged_attachments: result.acknowledgedAttachments,
        problems: result.problems.length,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
