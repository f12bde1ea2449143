// The platform process is killed in the middle of a large download and started again: the
// download resumes from the offset it had reached (a Range request) and completes, verified; the
// session opened on its OpenID provider goes on (its keys and tokens are in its database).
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { startTestCore } from '../support/test-core';
import { EXPERT } from '../support/platform';
import { signInThroughProvider } from '../support/provider-browser';
import { writeCaseFolder } from '../support/case-folder';
import type { SyncStatus } from '../../contract';

const dir = makeTempDir();
const processes: PlatformProcess[] = [];
afterAll(async () => {
  for (const p of processes) await p.kill();
  dir.remove();
});

describe('platform restart mid-download', () => {
  it('resumes from the offset reached and completes', { timeout: 60_000 }, async () => {
    const casesDir = join(dir.path, 'cases');
    writeCaseFolder(join(casesDir, 'knee'), 'SMO-TEST-RESTART', [8 * 1024 * 1024]);
    const platformDir = join(dir.path, 'platform');
    const first = await startPlatformProcess(['--no-demo', '--cases', casesDir, '--data-dir', platformDir]);
    processes.push(first);
    const port = new URL(first.url).port;
    await fetch(`${first.url}/dev/faults/network`, { method: 'POST', body: JSON.stringify({ bytesPerSecond: 2 * 1024 * 1024 }) });

    const core = await startTestCore(join(dir.path, 'workstation'), first.url);
    // Through the platform's OpenID provider: its keys and tokens must outlive the restart too.
    await signInThroughProvider((method, input) => core.call(method, input), EXPERT);
    // Kill the platform once a few megabytes have arrived.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const done = core.events.filter((e) => e.event === 'sync.progress').map((e) => (e.payload as { bytesDone: number }).bytesDone);
        if (Math.max(0, ...done) > 3 * 1024 * 1024) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    await first.kill();
    const interrupted = await core.call<SyncStatus>('sync.now');
    expect(interrupted.connectivity).toBe('offline');
    const kept = core.db().prepare(`SELECT bytes_done FROM attachments`).pluck().get() as number;
    expect(kept).toBeGreaterThanOrEqual(2 * 1024 * 1024);

    const second = await startPlatformProcess(['--no-demo', '--cases', casesDir, '--data-dir', platformDir, '--port', port]);
    processes.push(second);
    const done = await core.call<SyncStatus>('sync.now');
    expect(done).toMatchObject({ connectivity: 'online', lastError: null, downloads: { pending: 0, corrupt: 0 } });
    const { ranges } = (await (await fetch(`${second.url}/dev/requests`)).json()) as { ranges: (string | null)[] };
    expect(ranges[0]).toBe(`bytes=${kept}-`);
    const row = core.db().prepare('SELECT sha256, vault_file, vault_key, download_state FROM attachments').get() as {
      sha256: string;
      vault_file: string;
      vault_key: Buffer;
      download_state: string;
    };
    expect(row.download_state).toBe('available');
    expect(await core.ctx.cache.vault.digest(row.vault_file, row.vault_key)).toBe(row.sha256);
    await core.close();
  });
});
