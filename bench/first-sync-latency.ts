// How responsive core stays while the demo's first sync runs: a cheap call (`timer.state`) is
// polled every 10 ms from the moment the expert signs in until every document is downloaded and
// indexed (and `cache.status`, what the app asks first, every tenth time: it must never fail), and
// core's own event loop is watched for stalls. Core runs in this process (the one
// measured), the demo platform in its own, as in real use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoPlatform } from '../src-main/host/demo-platform';
import { SHARED_DEMO_ASSETS } from '../tests/support/preview-process';
import { startTestCore } from '../tests/support/test-core';
import { DEMO_EXPERT } from '../platform/demo/credentials';
import { signInThroughProvider } from '../tests/support/provider-browser';
import { percentile, stallProbe } from './stats';

export interface FirstSyncLatency {
  callP99Ms: number;
  callMaxMs: number;
  maxStallMs: number;
  calls: number;
  syncMs: number;
  /** Polled calls that failed (none may). */
  failures: number;
}

export async function firstSyncLatency(): Promise<FirstSyncLatency> {
  const dir = mkdtempSync(join(tmpdir(), 'smo-bench-first-sync-'));
  const demo = await startDemoPlatform({ dataDir: join(dir, 'platform'), assetsDir: SHARED_DEMO_ASSETS });
  const core = await startTestCore(join(dir, 'ws'), demo.url, { sync: { intervalMs: 3_600_000, retryBaseMs: 100, retryCapMs: 1000, downloadConcurrency: 3 } });
  try {
    const latencies: number[] = [];
    const failures: string[] = [];
    let done = false;
    // Polls as a screen would: a call every 10 ms, its latency counted from when it was due, so
    // time spent waiting for a blocked thread is counted too.
    const poller = (async () => {
      let due = performance.now();
      while (!done) {
        const answer = await core.tryCall('timer.state');
        latencies.push(performance.now() - due);
        if (!answer.ok) failures.push(answer.error.code);
        // What the app asks first when it (re)loads: it must answer at every moment of the sync.
        if (latencies.length % 10 === 0) {
          const status = await core.tryCall('cache.status');
          if (!status.ok) failures.push(status.error.code);
        }
        due = Math.max(due + 10, performance.now());
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      }
    })();
    const start = performance.now();
    const probe = stallProbe();
    await signInThroughProvider((method, input) => core.call(method, input), DEMO_EXPERT);
    for (;;) {
      const status = await core.call<{ downloads: { pending: number } }>('sync.now');
      if (status.downloads.pending === 0) break;
    }
    const syncMs = performance.now() - start;
    const maxStallMs = probe.stop();
    done = true;
    await poller;
    return { callP99Ms: percentile(latencies, 99), callMaxMs: Math.max(...latencies), maxStallMs, calls: latencies.length, syncMs, failures: failures.length };
  } finally {
    await core.close();
    demo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The figures measured in a process of their own, as core runs in the app: a benchmark that ran
 * before in the same process would leave garbage whose collection counts as core's stall.
 */
export async function firstSyncLatencyInOwnProcess(): Promise<FirstSyncLatency> {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--json'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as FirstSyncLatency;
}

// `node --import tsx bench/first-sync-latency.ts [--json]`: the figures alone, while looking for a stall.
if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await firstSyncLatency();
  console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
}
