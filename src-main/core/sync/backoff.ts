// Exponential backoff with full jitter (a random wait between 0 and base·2^attempt, capped), never
// shorter than what the platform asked for with Retry-After.
export function backoffDelayMs(attempt: number, baseMs: number, capMs: number, retryAfterMs: number | null, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.max(retryAfterMs ?? 0, Math.round(random() * ceiling));
}

/** The most a Node timer holds (2^31 − 1 ms); a longer delay fires at once. */
const TIMER_MAX_MS = 2 ** 31 - 1;

/** A delay a timer can take: never negative, never past what it holds, never NaN. */
export function timerDelayMs(ms: number): number {
  return Number.isFinite(ms) ? Math.min(TIMER_MAX_MS, Math.max(0, Math.round(ms))) : TIMER_MAX_MS;
}
