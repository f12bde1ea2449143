// Messages between core and its worker thread.
import type { ErrorCode } from '../../../contract';

export interface JobRequest {
  id: number;
  job: string;
  input: unknown;
}

export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; code: ErrorCode | null; message: string };
