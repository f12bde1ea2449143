// Sign-in throttling of the reference platform, per account and per address: a few wrong
// passwords are free, then each further attempt waits, doubling up to 15 minutes, whether the
// guesses target one account from many addresses or many accounts from one address.
const FREE_FAILURES = 5;
const MAX_WAIT_SECONDS = 15 * 60;
/** Failures older than this are forgotten. */
const WINDOW_MS = 15 * 60_000;

interface Record {
  failures: number;
  lastAt: number;
}

export class LoginThrottle {
  private readonly records = new Map<string, Record>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before an attempt on any of these keys is heard; 0 when it may go ahead. */
  waitSeconds(keys: string[]): number {
    return Math.max(0, ...keys.map((key) => this.waitFor(key)));
  }

  failed(keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const record = this.fresh(key, now);
      this.records.set(key, { failures: (record?.failures ?? 0) + 1, lastAt: now });
    }
    if (this.records.size > 100_000) this.prune(now);
  }

  succeeded(keys: string[]): void {
    for (const key of keys) this.records.delete(key);
  }

  private waitFor(key: string): number {
    const now = this.now();
    const record = this.fresh(key, now);
    if (!record || record.failures < FREE_FAILURES) return 0;
    const wait = Math.min(MAX_WAIT_SECONDS, 2 ** (record.failures - FREE_FAILURES));
    return Math.max(0, Math.ceil(wait - (now - record.lastAt) / 1000));
  }

  private fresh(key: string, now: number): Record | undefined {
    const record = this.records.get(key);
    if (record && now - record.lastAt > WINDOW_MS) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  private prune(now: number): void {
    for (const [key, record] of this.records) if (now - record.lastAt > WINDOW_MS) this.records.delete(key);
  }
}
