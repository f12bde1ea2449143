// Retry timing: full-jitter exponential backoff, never sooner than the platform's Retry-After.
import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../src-main/core/sync/backoff';
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
  ])('%s → %s', (header, expected) => expect(parseRetryAfter(header, now)).toBe(expected));
});
