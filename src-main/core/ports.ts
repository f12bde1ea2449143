// Ports: the OS services core needs, as small interfaces. The Electron shell, the browser preview
// and the tests each plug in their own implementation; core never imports electron.

/** Time. `now` is wall-clock (for records); `monotonicMs` never jumps (for durations). */
export interface Clock {
  now(): Date;
  monotonicMs(): number;
}

export const systemClock: Clock = {
  now: () => new Date(),
  monotonicMs: () => performance.now(),
};
