// Sync against the reference platform (a separate process, as in real use):
// - throughput: initial sync of one case with 1 GiB of attachments, through the core process
//   into the encrypted vault, against a raw download of the same bytes over the same loopback
//   (consumed in memory, and written to plain files: this machine's disk is slower than loopback);
// - no-op sync (nothing changed) at 100 and at 1,000 cases;
// - the longest event-loop stall of the process that serves the renderer (here, as in the
//   browser preview, the process hosting the preview server and relaying core's events);
// - core's own responsiveness during the demo's first sync: a cheap call's p99 and worst latency,
//   and the longest stall of core's event loop (first-sync-latency.ts).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { forkCore } from '../src-main/host/fork-core';
import { startPlatform } from '../platform/server';
import { DEMO_CASES } from '../platform/demo/cases';
import { DEMO_EXPERT, ensureExpert, insertCase } from '../platform/demo/seed';
import { startPlatformProcess } from '../tests/support/platform-process';
import { writeCaseFolder } from '../tests/support/case-folder';
import { testCoreConfig } from '../tests/support/core-config';
import { startTestCore } from '../tests/support/test-core';
import type { Benchmark } from './run';
import { median } from './stats';
import { firstSyncLatencyInOwnProcess } from './first-sync-latency';

const FILES = 16;
const FILE_BYTES = 64 * 1024 * 1024;

/** A case folder with 1 GiB of DICOM files, generated once and reused between runs. */
function bigCaseFolder(): string {
  const root = join(tmpdir(), 'smo-bench-1gib-case');
  if (!existsSync(join(root, 'big', '.complete'))) {
    writeCaseFolder(
      join(root, 'big'),
      'SMO-BENCH-1GIB',
      Array.from({ length: FILES }, () => FILE_BYTES),
    );
    writeFileSync(join(root, 'big', '.complete'), '');
  }
  return root;
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEMO_EXPERT.email, password: DEMO_EXPERT.password }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The same downloads, each consumed in memory, or written to a plain file and flushed (toDir). */
async function rawDownload(url: string, token: string, toDir: string | null = null): Promise<number> {
  const headers = { Authorization: `Bearer ${token}` };
  const feed = (await (await fetch(`${url}/api/v1/feed`, { headers })).json()) as { changes: { caseId: string }[] };
  const record = (await (await fetch(`${url}/api/v1/cases/${feed.changes[0]?.caseId}`, { headers })).json()) as { attachments: { id: string }[] };
  const start = performance.now();
  let next = 0;
  // Three at a time, like the sync engine.
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      while (next < record.attachments.length) {
        const { id } = record.attachments[next++] as { id: string };
        const response = await fetch(`${url}/api/v1/attachments/${id}/content`, { headers });
        const file = toDir ? await open(join(toDir, id), 'w') : null;
        for await (const chunk of response.body ?? []) if (file) await file.write(chunk);
        await file?.sync();
        await file?.close();
      }
    }),
  );
  return performance.now() - start;
}

async function throughput(dir: string) {
  const cases = bigCaseFolder();
  const platform = await startPlatformProcess(['--no-demo', '--cases', cases, '--data-dir', join(dir, 'platform'), '--sign-in', 'password']);
  try {
    const token = await login(platform.url);
    const rawMs = await rawDownload(platform.url, token);
    const diskDir = join(dir, 'raw-to-disk');
    mkdirSync(diskDir);
    const rawToDiskMs = await rawDownload(platform.url, token, diskDir);
    rmSync(diskDir, { recursive: true, force: true });
    const core = await forkCore(
      testCoreConfig(join(dir, 'ws'), {
        platformUrl: platform.url,
        sync: { intervalMs: 3_600_000, retryBaseMs: 100, retryCapMs: 1000, downloadConcurrency: 3 },
      }),
      () => {},
    );
    const call = (m: string, i: unknown = {}) => core.connection.call(m, i);
    await call('cache.setup', { protection: 'passphrase', passphrase: 'benchmark passphrase' });
    // The host relays every event, as the preview server does to the page.
    let events = 0;
    core.connection.onEvent(() => events++);
    const stall = monitorEventLoopDelay({ resolution: 1 });
    stall.enable();
    const start = performance.now();
    await call('session.signIn', { email: DEMO_EXPERT.email, password: DEMO_EXPERT.password });
    const status = (await call('sync.now')) as { ok: boolean; value?: { downloads: { pending: number } } };
    let syncMs = performance.now() - start;
    // Sign-in starts a background sync; sync.now waits for it. Make sure all bytes are in.
    while (status.ok && ((await call('sync.status')) as { value: { downloads: { pending: number } } }).value.downloads.pending > 0) {
      await new Promise((r) => setTimeout(r, 50));
      syncMs = performance.now() - start;
    }
    stall.disable();
    core.connection.shutdown();
    await core.exited;
    return { rawMs, rawToDiskMs, syncMs, maxStallMs: stall.max / 1e6, events };
  } finally {
    await platform.kill();
  }
}

async function noopSync(dir: string, caseCount: number): Promise<number> {
  const platform = await startPlatform({ dataDir: join(dir, `noop-platform-${caseCount}`), devControls: false, accessTokenTtlSeconds: 3600 });
  const expertId = ensureExpert(platform.db, DEMO_EXPERT);
  const template = DEMO_CASES[0] as (typeof DEMO_CASES)[number];
  const now = new Date();
  for (let i = 0; i < caseCount; i++) {
    insertCase(platform.db, expertId, { ...template, reference: `SMO-NOOP-${i}`, questionnaire: () => ({ item: [] }) }, [], now, now);
  }
  const core = await startTestCore(join(dir, `noop-ws-${caseCount}`), platform.url);
  try {
    await core.call('session.signIn', { email: DEMO_EXPERT.email, password: DEMO_EXPERT.password });
    await core.call('sync.now');
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await core.call('sync.now');
      times.push(performance.now() - start);
    }
    return median(times);
  } finally {
    await core.close();
    await platform.close();
  }
}

export const benchmark: Benchmark = {
  description:
    'initial sync of 1 GiB vs raw loopback download; no-op sync at 100 and 1,000 cases; host event-loop stall; core call latency and stall during the demo first sync',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'smo-bench-sync-'));
    try {
      const t = await throughput(dir);
      const noop100 = await noopSync(dir, 100);
      const noop1000 = await noopSync(dir, 1000);
      const latency = await firstSyncLatencyInOwnProcess();
      const gib = (FILES * FILE_BYTES) / 2 ** 30;
      return {
        bytes: FILES * FILE_BYTES,
        raw_download_gib_s: gib / (t.rawMs / 1000),
        sync_gib_s: gib / (t.syncMs / 1000),
        raw_download_to_disk_gib_s: gib / (t.rawToDiskMs / 1000),
        throughput_ratio: t.rawMs / t.syncMs,
        throughput_vs_raw_to_disk_ratio: t.rawToDiskMs / t.syncMs,
        noop_ms_100: noop100,
        noop_ms_1000: noop1000,
        noop_1000_vs_100_ratio: noop1000 / noop100,
        max_stall_ms: t.maxStallMs,
        events_relayed: t.events,
        core_call_p99_ms_during_first_sync: latency.callP99Ms,
        core_call_max_ms_during_first_sync: latency.callMaxMs,
        core_max_stall_ms_during_first_sync: latency.maxStallMs,
        core_calls_failed_during_first_sync: latency.failures,
        demo_first_sync_ms: latency.syncMs,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
