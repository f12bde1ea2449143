// Exponential backoff with full jitter (a random wait between 0 and base·2^attempt, capped), never
// shorter than what the platform asked for with Retry-After.
export function backoffDelayMs(attempt: number, baseMs: number, capMs: number, retryAfterMs: number | null, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.max(retryAfterMs ?? 0, Math.round(random() * ceiling));
}
