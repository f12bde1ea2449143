// A frame that cannot be decoded, with the reason the viewer will name.
import type { DecodeProblem } from './protocol';

export class DecodeFailure extends Error {
  constructor(readonly problem: DecodeProblem) {
    super(`decode failed: ${problem}`);
    this.name = 'DecodeFailure';
  }
}
