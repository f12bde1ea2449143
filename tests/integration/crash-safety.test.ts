// Crash safety of the cache and vault: a writer killed with SIGKILL at 50 random moments loses
// no acknowledged write and never leaves a half-written attachment marked available.
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { prepareCrashCache, runCrashLoop } from '../support/crash-loop';

const dir = makeTempDir();
afterAll(() => dir.remove());

describe('crash safety', () => {
  it('survives 50 kills at random moments', { timeout: 240_000 }, async () => {
    await prepareCrashCache(dir.path);
    const result = await runCrashLoop(dir.path, 50);
    expect(result.problems).toEqual([]);
    // The kills landed while real work was being done, not before it started.
    expect(result.acknowledgedOutbox).toBeGreaterThan(50);
    expect(result.acknowledgedAttachments).toBeGreaterThan(10);
  });
});
