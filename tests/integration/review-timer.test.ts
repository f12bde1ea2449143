// The review timer through core's calls, with the real encrypted cache and the real platform, on
// a fake clock: sessions recorded as the workspace is used, corrected with reasons, sent through
// the outbox so the platform's review time matches the cache to the second, and a crash costing
// no more than one heartbeat.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, devGet, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import type { Clock } from '../../src-main/core/ports';
import type { ReviewSession, TimerState } from '../../contract';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

class FakeClock implements Clock {
  mono = 0;
  wall = Date.parse('2026-11-22T09:00:00Z');
  now = () => new Date(this.wall);
  monotonicMs = () => this.mono;
}

async function setup() {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const platform = await startTestPlatform(`${dir.path}/platform`);
  cleanups.push(() => platform.close());
  const clock = new FakeClock();
  const core = await startTestCore(`${dir.path}/workstation`, platform.url, {}, clock);
  cleanups.push(() => core.close());
  await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
  await core.call('sync.now');
  /** The expert works for `seconds`: input and a heartbeat every 5 seconds. */
  const work = async (seconds: number) => {
    for (let s = 0; s < seconds; s += 5) {
      const step = Math.min(5, seconds - s);
      clock.mono += step * 1000;
      clock.wall += step * 1000;
      await core.call('timer.signal', { signal: 'activity' });
      await core.ctx.timer.apply((t) => t.tick());
    }
  };
  return { platform, core, clock, work, dir: dir.path };
}

describe('the review timer', () => {
  it('records sessions as the workspace is used, takes corrections with reasons, and the platform counts the same seconds', async () => {
    const { platform, core, work } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    expect(await core.call<TimerState>('timer.open', { caseId })).toMatchObject({ caseId, state: 'running', totalSeconds: 0, idleThresholdSeconds: 300 });
    await work(125);
    await core.call('timer.signal', { signal: 'hidden' }); // the expert switches to another window
    await work(600); // input elsewhere is not review time
    await core.call('timer.signal', { signal: 'visible' });
    await work(40);
    const state = await core.call<TimerState>('timer.close', { caseId });
    expect(state.state).toBe('off');
    let sessions = await core.call<ReviewSession[]>('timer.sessions', { caseId });
    expect(sessions.map((s) => [s.activeSeconds, s.endReason])).toEqual([
      [40, 'closed'],
      [125, 'away'],
    ]);

    const [second, first] = sessions as [ReviewSession, ReviewSession];
    const longer = await core.tryCall('timer.shorten', { caseId, sessionId: second.id, seconds: 41, reason: 'typo' });
    expect(longer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.tryCall('timer.remove', { caseId, sessionId: first.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await core.call('timer.shorten', { caseId, sessionId: second.id, seconds: 30, reason: 'Phone call during the review' });
    sessions = await core.call<ReviewSession[]>('timer.remove', { caseId, sessionId: first.id, reason: 'Opened the wrong case' });
    expect(sessions.map((s) => [s.countedSeconds, s.adjustmentReason ?? s.removalReason])).toEqual([
      [30, 'Phone call during the review'],
      [0, 'Opened the wrong case'],
    ]);
    expect((await core.call<TimerState>('timer.open', { caseId })).totalSeconds).toBe(30);
    await core.call('timer.close', { caseId });

    await core.call('sync.now');
    expect(core.db().prepare(`SELECT count(*) FROM outbox WHERE kind = 'review.session'`).pluck().get()).toBe(0);
    const onPlatform = (await devGet(platform, '/dev/cases/SMO-2026-0101')) as {
      reviewSeconds: number;
      reviewSessions: { sessionId: string; removed: boolean; adjustedSeconds: number | null }[];
    };
    const local = core
      .db()
      .prepare('SELECT sum(CASE WHEN removed = 1 THEN 0 ELSE coalesce(adjusted_seconds, active_seconds) END) FROM review_sessions')
      .pluck()
      .get();
    expect(onPlatform.reviewSeconds).toBe(30);
    expect(onPlatform.reviewSeconds).toBe(local);
    expect(onPlatform.reviewSessions.map((s) => [s.sessionId, s.removed, s.adjustedSeconds]).sort()).toEqual(
      [
        [first.id, true, null],
        [second.id, false, 30],
      ].sort(),
    );
  });

  it('after a crash, the open session ends at its last heartbeat (at most 5 seconds lost) and is sent', async () => {
    const { platform, core, clock, work, dir } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    await core.call('timer.open', { caseId });
    await work(60);
    clock.mono += 4_000; // 4 more seconds of review, then the power goes
    await core.ctx.cache.write(() => {}); // the heartbeat's write has landed
    const heartbeatAt = core.db().prepare('SELECT heartbeat_at FROM review_sessions').pluck().get();
    await core.ctx.cache.lock(); // the process dies: nothing more is written
    const restarted = await startTestCore(`${dir}/workstation`, platform.url, {}, clock);
    cleanups.push(() => restarted.close());
    await restarted.ctx.cache.write(() => {});
    const [session] = await restarted.call<ReviewSession[]>('timer.sessions', { caseId });
    expect(session).toMatchObject({ activeSeconds: 60, endReason: 'crash', endedAt: heartbeatAt });
    expect(restarted.db().prepare(`SELECT count(*) FROM outbox WHERE kind = 'review.session'`).pluck().get()).toBe(1);
  });

  it('refuses a case that is not on this workstation, and answers CACHE_LOCKED once locked', async () => {
    const { core } = await setup();
    expect(await core.tryCall('timer.open', { caseId: 'no-such-case' })).toMatchObject({ ok: false, error: { code: 'CASE_NOT_FOUND' } });
    await core.call('cache.lock');
    expect(await core.tryCall('timer.signal', { signal: 'activity' })).toMatchObject({ ok: false, error: { code: 'CACHE_LOCKED' } });
  });
});
