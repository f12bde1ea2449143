// Real time plus whatever the test adds, on both clocks: review time and days pass without
// waiting for them, while timers and the platform still see a moving clock.
import type { Clock } from '../../src-main/core/ports';

export class StepClock implements Clock {
  private offset = 0;
  advance(ms: number) {
    this.offset += ms;
  }
  now = () => new Date(Date.now() + this.offset);
  monotonicMs = () => performance.now() + this.offset;
}
