// The worker thread's entry: runs one job at a time and answers with its value or its failure as
// plain data (a CoreError keeps its code and message, anything else only its type).
import { parentPort } from 'node:worker_threads';
import { CoreError } from '../rpc/core-error';
import { JOBS, type JobName } from './jobs';
import type { JobReply, JobRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('The work module must run in a worker thread.');

async function answer(target: NonNullable<typeof port>, { id, job, input }: JobRequest): Promise<void> {
  let reply: JobReply;
  try {
    const run = JOBS[job as JobName] as ((input: unknown) => unknown) | undefined;
    if (!run) throw new Error(`unknown job ${job}`);
    reply = { id, ok: true, value: await run(input) };
  } catch (error) {
    reply =
      error instanceof CoreError
        ? { id, ok: false, code: error.code, message: error.message }
        : { id, ok: false, code: null, message: error instanceof Error ? error.name : 'Error' };
  }
  // Bytes go back without a copy.
  const transfer =
    reply.ok && reply.value instanceof Uint8Array && reply.value.byteOffset === 0 && reply.value.byteLength === reply.value.buffer.byteLength
      ? [reply.value.buffer as ArrayBuffer]
      : [];
  target.postMessage(reply, transfer);
}

// A reply that cannot be posted (its value cannot be cloned) still answers, as a failure.
port.on(
  'message',
  (request: JobRequest) =>
    void answer(port, request).catch(() => port.postMessage({ id: request.id, ok: false, code: null, message: 'Error' } satisfies JobReply)),
);
