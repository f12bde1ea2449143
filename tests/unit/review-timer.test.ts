// The review timer's state machine with a fake clock (wall and monotonic apart, so that clock
// changes can be played) and a recording store: what counts, what pauses, what idle time
// becomes under each of the three answers, and that nothing depends on the wall clock.
import { beforeEach, describe, expect, it } from 'vitest';
import { ReviewTimer, type SessionRecord } from '../../src-main/core/timer/review-timer';
import type { Clock } from '../../src-main/core/ports';

class FakeClock implements Clock {
  mono = 1_000;
  wall = Date.parse('2026-11-21T23:50:00Z');
  now = () => new Date(this.wall);
  monotonicMs = () => this.mono;
  /** Time passes for both clocks. */
  advance(seconds: number) {
    this.mono += seconds * 1000;
    this.wall += seconds * 1000;
  }
}

const MINUTE = 60;
let clock: FakeClock;
let closed: SessionRecord[];
let progress: SessionRecord[];
let dropped: string[];
let timer: ReviewTimer;
let ids: number;

/** Time passes with a tick (heartbeat) every 5 seconds, as in core. */
function pass(seconds: number) {
  for (let s = 0; s < seconds; s += 5) {
    clock.advance(Math.min(5, seconds - s));
    timer.tick();
  }
}
/** Time passes with the expert at work: input every 5 seconds. */
function work(seconds: number) {
  for (let s = 0; s < seconds; s += 5) {
    pass(Math.min(5, seconds - s));
    timer.signal('activity');
  }
}

beforeEach(() => {
  clock = new FakeClock();
  closed = [];
  progress = [];
  dropped = [];
  ids = 0;
  timer = new ReviewTimer(
    clock,
    { progress: (r) => progress.push(r), close: (r) => closed.push(r), drop: (id) => dropped.push(id) },
    () => 5 * MINUTE * 1000,
    () => `s${++ids}`,
  );
});

describe('ReviewTimer', () => {
  it('counts while the workspace is open and in front; losing focus or visibility ends the session', () => {
    timer.open('case-1');
    pass(90);
    expect(timer.snapshot()).toMatchObject({ caseId: 'case-1', state: 'running', sessionSeconds: 90 });
    timer.signal('blur');
    expect(timer.snapshot().state).toBe('away');
    pass(600);
    timer.signal('focus');
    pass(30);
    timer.signal('hidden');
    expect(closed.map((s) => [s.id, s.activeSeconds, s.endReason])).toEqual([
      ['s1', 90, 'away'],
      ['s2', 30, 'away'],
    ]);
    expect(progress.at(-1)).toMatchObject({ id: 's2', endedAt: null });
  });

  it('pauses and resumes by hand, and stops when the workspace closes', () => {
    timer.open('case-1');
    pass(20);
    timer.toggle();
    expect(timer.snapshot().state).toBe('paused');
    pass(300);
    timer.toggle();
    pass(40);
    timer.close();
    expect(timer.snapshot()).toMatchObject({ caseId: null, state: 'off' });
    expect(closed.map((s) => [s.activeSeconds, s.endReason])).toEqual([
      [20, 'paused'],
      [40, 'closed'],
    ]);
  });

  it('stops on screen lock and on sleep across midnight, and counts no time while asleep', () => {
    timer.open('case-1');
    pass(60);
    timer.signal('lock');
    pass(120);
    timer.signal('unlock');
    work(300); // past midnight
    timer.signal('suspend');
    clock.wall += 8 * 3600_000; // asleep all night: the monotonic clock stands still
    timer.signal('resume');
    pass(45);
    timer.close();
    expect(closed.map((s) => [s.activeSeconds, s.endReason])).toEqual([
      [60, 'locked'],
      [300, 'suspended'],
      [45, 'closed'],
    ]);
    expect(closed[2]?.startedAt.slice(0, 10)).toBe('2026-11-22');
  });

  it('flags idle time after the threshold and keeps it when the expert says so', () => {
    timer.open('case-1');
    pass(60);
    timer.signal('activity');
    pass(6 * MINUTE); // no input for six minutes: idle since the last input, flagged at five
    const snapshot = timer.snapshot();
    expect(snapshot.state).toBe('idle');
    expect(snapshot.idle?.seconds).toBe(6 * MINUTE);
    expect(snapshot.sessionSeconds).toBe(60); // nothing credited past the last input until answered
    timer.signal('activity'); // coming back does not answer for the expert
    expect(timer.snapshot().state).toBe('idle');
    timer.answerIdle('keep');
    pass(30);
    timer.close();
    expect(closed).toEqual([expect.objectContaining({ activeSeconds: 60 + 360 + 30, idleKeptSeconds: 360, idleDiscardedSeconds: 0, endReason: 'closed' })]);
  });

  it('discards idle time and stays paused, or discards it and carries on in a new session', () => {
    timer.open('case-1');
    pass(100);
    timer.signal('activity');
    pass(7 * MINUTE);
    timer.answerIdle('discard');
    expect(timer.snapshot().state).toBe('paused');
    expect(closed.at(-1)).toMatchObject({ activeSeconds: 100, idleDiscardedSeconds: 420, endReason: 'idle' });
    // It ended when the expert stopped working, not when they answered.
    expect(Date.parse(closed.at(-1)?.endedAt ?? '')).toBe(clock.wall - 420_000);
    timer.toggle();
    pass(10);
    timer.signal('activity');
    pass(5 * MINUTE);
    timer.answerIdle('discard-continue');
    expect(timer.snapshot()).toMatchObject({ state: 'running', sessionSeconds: 0 });
    pass(15);
    timer.close();
    expect(closed.map((s) => [s.activeSeconds, s.idleDiscardedSeconds, s.endReason])).toEqual([
      [100, 420, 'idle'],
      [10, 300, 'idle'],
      [15, 0, 'closed'],
    ]);
  });

  it('leaving while idle freezes the idle span; keeping it then ends the session when they left', () => {
    timer.open('case-1');
    pass(30);
    timer.signal('activity');
    pass(6 * MINUTE);
    timer.signal('lock');
    pass(3600); // an hour away is not idle review time
    timer.signal('unlock');
    expect(timer.snapshot().idle?.seconds).toBe(6 * MINUTE);
    timer.answerIdle('keep');
    expect(closed).toEqual([expect.objectContaining({ activeSeconds: 30 + 360, idleKeptSeconds: 360, endReason: 'locked' })]);
    expect(timer.snapshot().state).toBe('running'); // back, unlocked, in front: a new session
  });

  it('closing the workspace with an idle span unanswered counts none of it', () => {
    timer.open('case-1');
    pass(50);
    timer.signal('activity');
    pass(10 * MINUTE);
    timer.close();
    expect(closed).toEqual([expect.objectContaining({ activeSeconds: 50, idleDiscardedSeconds: 600, endReason: 'idle' })]);
  });

  it('saves the open session at every heartbeat, so a crash loses at most one interval', () => {
    timer.open('case-1');
    pass(62);
    // What the store holds at the crash: within one heartbeat of the truth.
    expect(progress.at(-1)?.activeSeconds).toBe(62);
    clock.advance(4);
    expect(timer.snapshot().sessionSeconds - (progress.at(-1)?.activeSeconds ?? 0)).toBeLessThan(5);
  });

  it('ignores wall-clock jumps forward and backward (manual change, time zone, NTP)', () => {
    timer.open('case-1');
    pass(30);
    clock.wall += 3 * 3600_000;
    pass(30);
    clock.wall -= 5 * 3600_000;
    pass(30);
    timer.close();
    expect(closed).toEqual([expect.objectContaining({ activeSeconds: 90, endReason: 'closed' })]);
  });

  it('a workspace opened and closed within a second leaves no session', () => {
    timer.open('case-1');
    clock.advance(0.4);
    timer.close();
    expect(closed).toEqual([]);
    expect(dropped).toEqual(['s1']);
  });

  it('opening another case ends the first one’s session', () => {
    timer.open('case-1');
    pass(25);
    timer.open('case-2');
    pass(35);
    timer.close();
    expect(closed.map((s) => [s.caseId, s.activeSeconds])).toEqual([
      ['case-1', 25],
      ['case-2', 35],
    ]);
  });
});
