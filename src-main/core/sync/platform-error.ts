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

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
