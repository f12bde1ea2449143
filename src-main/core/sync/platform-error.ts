// How a platform request failed, in the terms the sync engine acts on.
export type PlatformFailure =
  /** No answer: the network or the platform is unreachable. Retry later; we are offline. */
  | { kind: 'offline' }
  /** The session ended and could not be refreshed: the expert must sign in again. */
  | { kind: 'unauthorized' }
  /** The platform revoked this device: the local data must be crypto-erased now. */
  | { kind: 'revoked' }
  /** The platform refused this change for good (409/422/4xx): show it on the case, keep the work. */
  | { kind: 'refused'; status: number; code: string; detail: string }
  /** A passing failure (5xx, 429, a cut connection): retry with backoff, after Retry-After. */
  | { kind: 'retry'; status: number | null; retryAfterMs: number | null };

export class PlatformError extends Error {
  constructor(readonly failure: PlatformFailure) {
    super(`platform request failed: ${failure.kind}`);
    this.name = 'PlatformError';
  }
}

/** The longest wait a platform may ask for: a server that asks for more (or lies) waits an hour. */
export const MAX_RETRY_AFTER_MS = 3600_000;

/**
 * Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds from `now`, at most
 * an hour: a value past what a timer holds once overflowed into a retry every millisecond.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value || value.length > 64) return null;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    // An HTTP date starts with the day's name (IMF-fixdate, and the two obsolete forms).
    if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /.test(text)) return null;
    const date = Date.parse(text);
    if (Number.isNaN(date)) return null;
    ms = date - now;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}
