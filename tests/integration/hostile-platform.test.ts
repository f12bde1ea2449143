// A platform that misbehaves, as an attacker or a broken proxy would: a Retry-After past what a
// timer holds, a sign-in redirected to another server. The workstation stays calm and keeps the
// expert's secrets.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { startFakePlatform } from '../support/fake-platform';
import type { CaseSummary, SyncStatus } from '../../contract';

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
    const elsewhere = await startFakePlatform((_req, res) => void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}'));
    cleanups.push(() => elsewhere.close());
    const redirecting = await startFakePlatform((_req, res) => void res.writeHead(307, { Location: `${elsewhere.url}/auth/login` }).end());
    cleanups.push(() => redirecting.close());
    const core = await startTestCore(`${tempDir()}/workstation`, redirecting.url);
    cleanups.push(() => core.close());
    const answer = await core.tryCall('session.signIn', { email: EXPERT.email, password: EXPERT.password });
    expect(answer.ok).toBe(false);
    // (Core also reads the discovery document when it starts: refused the same way.)
    expect(redirecting.requests.map((r) => r.path).filter((path) => path !== '/.well-known/smo-platform')).toEqual(['/auth/login']);
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('records this version cannot read', () => {
  it('skips a case with an unknown status or a questionnaire nested too deep, brings the others, and fetches them again in a newer version', async () => {
    const dir = tempDir();
    const platform = await startTestPlatform(`${dir}/platform`);
    cleanups.push(() => platform.close());
    const unknown = platform.caseId('SMO-2026-0102');
    const deep = platform.caseId('SMO-2026-0103');
    platform.db.prepare("UPDATE cases SET status = 'reassigned' WHERE id = ?").run(unknown);
    platform.db.prepare('UPDATE cases SET questionnaire_json = ? WHERE id = ?').run(`${'{"item":['.repeat(500)}${']}'.repeat(500)}`, deep);
    let core = await startTestCore(`${dir}/workstation`, platform.url);
    await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
    const status = await core.call<SyncStatus>('sync.now');
    expect(status).toMatchObject({ lastError: null, skippedRecords: 2, connectivity: 'online' });
    expect((await core.call<CaseSummary[]>('cases.list')).map((c) => c.reference)).toEqual(['SMO-2026-0101']);
    // The cursor moved: the next run does not fetch the whole feed again.
    expect(core.db().prepare('SELECT feed_cursor FROM sync_state').pluck().get()).not.toBeNull();
    const skippedLines = core.logLines.filter((l) => l.includes('platform record skipped'));
    expect(
      skippedLines
        .map((l) => JSON.parse(l) as { reason: string })
        .map((l) => l.reason)
        .sort(),
    ).toEqual(['out-of-bounds', 'unknown-status']);
    expect(skippedLines.join('')).not.toContain('reassigned"'); // ids and reasons, not the record
    await core.close();

    // The same version does not fetch them again on its own; a newer one does, and takes what it can read.
    platform.db.prepare("UPDATE cases SET status = 'offered' WHERE id = ?").run(unknown);
    core = await startTestCore(`${dir}/workstation`, platform.url, { version: '0.0.1-newer' });
    cleanups.push(() => core.close());
    const later = await core.call<SyncStatus>('sync.now');
    expect(later.skippedRecords).toBe(1);
    expect((await core.call<CaseSummary[]>('cases.list')).map((c) => c.reference).sort()).toEqual(['SMO-2026-0101', 'SMO-2026-0102']);
  });
});
