// The auto-lock on a fake clock: input keeps the cache open, the delay without input locks it,
// the screen lock and sleep lock it at once, and leaving the window is not input.
import { describe, expect, it } from 'vitest';
import { AutoLock, type LockReason } from '../../src-main/core/security/auto-lock';

function setup(delayMinutes = 10) {
  let mono = 0;
  let unlocked = true;
  const locks: LockReason[] = [];
  const autoLock = new AutoLock({
    clock: { now: () => new Date(0), monotonicMs: () => mono },
    delayMs: () => delayMinutes * 60_000,
    checkEveryMs: 10_000,
    isUnlocked: () => unlocked,
    lock: async (reason) => {
      locks.push(reason);
      unlocked = false;
    },
  });
  return {
    autoLock,
    locks,
    advance: (ms: number) => (mono += ms),
    reopen: () => {
      unlocked = true;
      autoLock.start();
      autoLock.stop();
    },
  };
}

describe('auto-lock', () => {
  it('locks after the delay without input, and input postpones it', async () => {
    const { autoLock, locks, advance } = setup(10);
    advance(9 * 60_000);
    expect(await autoLock.lockIfIdle()).toBe(false);
    await autoLock.signal('activity');
    advance(9 * 60_000);
    expect(await autoLock.lockIfIdle()).toBe(false);
    advance(60_000);
    expect(await autoLock.lockIfIdle()).toBe(true);
    expect(locks).toEqual(['inactivity']);
    // Already locked: nothing more happens.
    advance(60 * 60_000);
    expect(await autoLock.lockIfIdle()).toBe(false);
    expect(locks).toEqual(['inactivity']);
  });

  it('does not count leaving the window as input, but coming back', async () => {
    const { autoLock, locks, advance } = setup(5);
    advance(4 * 60_000);
    await autoLock.signal('blur');
    await autoLock.signal('hidden');
    advance(60_000);
    expect(await autoLock.lockIfIdle()).toBe(true);
    expect(locks).toEqual(['inactivity']);
  });

  it('counts the delay from the unlock, not from the last input before the lock', async () => {
    const { autoLock, locks, advance, reopen } = setup(10);
    advance(60 * 60_000);
    reopen();
    advance(60_000);
    expect(await autoLock.lockIfIdle()).toBe(false);
    expect(locks).toEqual([]);
  });

  it('locks at once when the screen locks or the computer sleeps', async () => {
    const first = setup();
    await first.autoLock.signal('lock');
    expect(first.locks).toEqual(['screen-locked']);
    const second = setup();
    await second.autoLock.signal('suspend');
    expect(second.locks).toEqual(['suspended']);
  });
});
