// Locks the case cache when the expert walks away: after the auto-lock delay without input (a
// setting), and at once when the screen locks or the computer sleeps. Locking wipes the data key
// from memory and ends the review session; the unlock screen says why it appeared.
import type { LOCK_REASONS } from '../../../contract';
import type { PresenceSignal } from '../timer/review-timer';
import type { Clock } from '../ports';

export type LockReason = (typeof LOCK_REASONS)[number];

export interface AutoLockDeps {
  clock: Clock;
  /** The delay, read each time (the setting may change while unlocked). */
  delayMs: () => number;
  isUnlocked: () => boolean;
  lock: (reason: LockReason) => Promise<void>;
  /** How often the delay is checked: a lock comes at most this late (`CoreConfig.autoLockCheckMs`). */
  checkEveryMs: number;
}

export class AutoLock {
  private lastInputMs: number;
  private check: NodeJS.Timeout | null = null;

  constructor(private readonly deps: AutoLockDeps) {
    this.lastInputMs = deps.clock.monotonicMs();
  }

  /** The cache opened: the delay counts from now. */
  start(): void {
    this.lastInputMs = this.deps.clock.monotonicMs();
    this.check ??= setInterval(() => void this.lockIfIdle(), this.deps.checkEveryMs);
    this.check.unref();
  }

  stop(): void {
    if (this.check) clearInterval(this.check);
    this.check = null;
  }

  /** A presence signal from the renderer or the OS. */
  signal(signal: PresenceSignal): Promise<void> {
    if (signal === 'lock') return this.lockNow('screen-locked');
    if (signal === 'suspend') return this.lockNow('suspended');
    // Coming back to the window counts as input; leaving it does not.
    if (signal === 'activity' || signal === 'focus' || signal === 'visible') this.lastInputMs = this.deps.clock.monotonicMs();
    return Promise.resolve();
  }

  /** Locks when the delay has passed since the last input. True if it locked. */
  async lockIfIdle(): Promise<boolean> {
    if (!this.deps.isUnlocked()) return false;
    if (this.deps.clock.monotonicMs() - this.lastInputMs < this.deps.delayMs()) return false;
    await this.lockNow('inactivity');
    return true;
  }

  private async lockNow(reason: LockReason): Promise<void> {
    if (this.deps.isUnlocked()) await this.deps.lock(reason);
  }
}
