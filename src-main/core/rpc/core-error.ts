// The error a core handler throws to answer a call with a contract error code.
// Its message is shown to the user and may be logged: it must never carry patient data.
import type { ErrorCode } from '../../../contract';

export class CoreError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
  }
}
