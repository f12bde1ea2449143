// A platform that misbehaves, as an attacker or a broken proxy would: a Retry-After past what a
// timer holds, a sign-in redirected to another server. The workstation stays calm and keeps the
// expert's secrets.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { startFakePlatform } from '../support/fake-platform';
import type { SyncStatus } from '../../src-preload/contract';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir() {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  return dir.path;
}

describe('a platform that asks to wait', () => {
  it('waits at most an hour for a Retry-After of 34 days, instead of retrying every millisecond', async () => {
    const dir = tempDir();
    const platform = await startTestPlatform(`${dir}/platform`);
    cleanups.push(() => platform.close());
    const core = await startTestCore(`${dir}/workstation`, platform.url);
    cleanups.push(() => core.close());
    await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
    await core.call('sync.now');
    await platform.dev('/dev/faults/fail', { count: 100_000, status: 503, retryAfterSeconds: 3_000_000 });
    const before = Date.now();
    const status = await core.call<SyncStatus>('sync.now');
    expect(status.lastError).toBe('PLATFORM_UNAVAILABLE');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // One request was refused; no loop followed it.
    expect(100_000 - platform.state.faults.failNext.count).toBeLessThanOrEqual(2);
    const next = Date.parse((await core.call<SyncStatus>('sync.status')).nextRunAt ?? '');
    expect(next - before).toBeGreaterThan(59 * 60_000);
    expect(next - before).toBeLessThanOrEqual(60 * 60_000 + 5_000);
  });
});

describe('sign-in', () => {
  it('refuses a redirect: the password never reaches the server it points to', async () => {
    const elsewhere = await startFakePlatform((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}'));
    cleanups.push(() => elsewhere.close());
    const redirecting = await startFakePlatform((_req, res) => res.writeHead(307, { Location: `${elsewhere.url}/auth/login` }).end());
    cleanups.push(() => redirecting.close());
    const core = await startTestCore(`${tempDir()}/workstation`, redirecting.url);
    cleanups.push(() => core.close());
    const answer = await core.tryCall('session.signIn', { email: EXPERT.email, password: EXPERT.password });
    expect(answer.ok).toBe(false);
    expect(redirecting.requests.map((r) => r.path)).toEqual(['/auth/login']);
    expect(elsewhere.requests).toEqual([]);
  });
});
