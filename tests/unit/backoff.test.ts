// Retry timing: full-jitter exponential backoff, never sooner than the platform's Retry-After.
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, timerDelayMs } from '../../src-main/core/sync/backoff';
import { parseRetryAfter } from '../../src-main/core/sync/platform-error';

describe('backoffDelayMs', () => {
  it('waits a random time between 0 and base·2^attempt', () => {
    expect(backoffDelayMs(0, 1000, 60_000, null, () => 0)).toBe(0);
    expect(backoffDelayMs(0, 1000, 60_000, null, () => 0.999)).toBe(999);
    expect(backoffDelayMs(3, 1000, 60_000, null, () => 0.5)).toBe(4000);
  });
  it('never exceeds the cap', () => {
    expect(backoffDelayMs(30, 1000, 60_000, null, () => 0.999)).toBeLessThanOrEqual(60_000);
  });
  it('never waits less than Retry-After', () => {
    expect(backoffDelayMs(0, 1000, 60_000, 30_000, () => 0.1)).toBe(30_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it.each([
    [null, null],
    ['120', 120_000],
    [' 5 ', 5_000],
    ['Sun, 22 Nov 2026 10:01:00 GMT', 60_000],
    ['Sun, 22 Nov 2026 09:00:00 GMT', 0],
    ['soon', null],
    // A server that asks for more than an hour (or more than a timer holds) waits an hour.
    ['3000000', 3_600_000],
    ['9'.repeat(40), 3_600_000],
    ['Sun, 22 Nov 2099 10:01:00 GMT', 3_600_000],
    ['-5', null],
    ['1e9', null],
    ['x'.repeat(10_000), null],
  ])('%s → %s', (header, expected) => expect(parseRetryAfter(header, now)).toBe(expected));
});

describe('timerDelayMs', () => {
  it.each([
    [-1, 0],
    [1500.4, 1500],
    [2 ** 40, 2 ** 31 - 1],
    [Number.NaN, 2 ** 31 - 1],
    [Number.POSITIVE_INFINITY, 2 ** 31 - 1],
  ])('%s → %s', (ms, expected) => expect(timerDelayMs(ms)).toBe(expected));
});
