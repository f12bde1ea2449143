// Runs the jobs of `jobs.ts` in worker threads beside core's (text recognition in one of its own), so that heavy work on outside input
// (laying out a report as PDF, parsing a patient's DICOM header, which may inflate) never holds the
// thread that the auto-lock, the review timer, sync and every call share. Jobs run one at a time,
// each with a deadline: past it, the worker is stopped (a fresh one takes the next job) and the job
// fails with TOO_LARGE, so no input can keep the worker either.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CoreError } from '../rpc/core-error';
import type { JobInput, JobName, JobOutput } from './jobs';
import type { JobReply, JobRequest } from './protocol';

/** The bundled worker (Electron build); from the sources (tsx, tests) it is compiled on load. */
let bundledScript: URL | null = null;

/** Called by the bundled core's entry, which knows where the build put the worker. */
export function useBundledWorker(script: URL): void {
  bundledScript = script;
}

const DEFAULT_DEADLINE_MS: Record<JobName, number> = {
  'report.pdf': 20_000,
  'report.fontCoverage': 10_000,
  // A certificate file's key derivation: its iteration count is the file's.
  'signing.readPkcs12': 10_000,
  'dicom.header': 5_000,
  'dicom.tags': 5_000,
  'dicom.sr': 10_000,
  'dicom.waveform': 10_000,
  'measurements.sr': 10_000,
  'dicom.dicomdir': 10_000,
  // Every page's text: a 500-page report is read in seconds.
  'pdf.read': 60_000,
  // A scanned page takes seconds (a few on two cores); a huge one is drawn smaller, never longer.
  'ocr.survey': 60_000,
  'ocr.pdfPage': 120_000,
  'ocr.image': 120_000,
  'ocr.release': 10_000,
};
/** A job's heap: a 2 GiB file is never parsed whole; a report is small. */
const WORKER_HEAP_MB = 1024;

interface QueuedJob {
  request: Omit<JobRequest, 'id'>;
  deadlineMs: number;
  transfer: ArrayBuffer[];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

class WorkerThread {
  private worker: Worker | null = null;
  private queue: QueuedJob[] = [];
  private busy = false;
  private nextId = 1;

  run(job: QueuedJob): void {
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) return;
    this.busy = true;
    const id = this.nextId++;
    const worker = this.ensureWorker();
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onFailure);
      worker.off('exit', onFailure);
      this.busy = false;
      settle();
      this.pump();
    };
    const onMessage = (reply: JobReply) => {
      if (reply.id !== id) return;
      finish(() => (reply.ok ? job.resolve(reply.value) : job.reject(reply.code ? new CoreError(reply.code, reply.message) : new JobFailed(reply.message))));
    };
    // The worker crashed (out of memory, a bug): this job fails, the next one gets a new worker.
    const onFailure = () => {
      this.discard(worker);
      finish(() => job.reject(new JobFailed('the worker stopped')));
    };
    const timer = setTimeout(() => {
      this.discard(worker);
      finish(() => job.reject(new CoreError('TOO_LARGE', 'This is too large or too complex for the workstation to process in time. Nothing was lost.')));
    }, job.deadlineMs);
    worker.on('message', onMessage);
    worker.once('error', onFailure);
    worker.once('exit', onFailure);
    worker.postMessage({ id, ...job.request }, job.transfer);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
    const worker = bundledScript ? new Worker(bundledScript, options) : new Worker(sourceBootstrap(), { ...options, eval: true });
    // An idle worker never keeps core's process alive.
    worker.unref();
    worker.on('error', () => {});
    this.worker = worker;
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}

/** A thread that loads tsx, then the worker's TypeScript source (development, preview, tests). */
function sourceBootstrap(): string {
  // tsx's ES module API (its CommonJS twin resolves its loader wrongly inside an eval'd worker).
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

/** A job that failed for another reason than a named limit (its worker crashed, a bug). */
export class JobFailed extends Error {
  constructor(reason: string) {
    super(`off-thread job failed: ${reason}`);
    this.name = 'JobFailed';
  }
}

const thread = new WorkerThread();
/**
 * Text recognition has a thread of its own: a scanned page takes seconds, and the quick jobs (a
 * DICOM header during sync, a report's PDF) must not wait behind it.
 */
const recognitionThread = new WorkerThread();
const threadFor = (job: JobName) => (job.startsWith('ocr.') ? recognitionThread : thread);

export interface OffThreadOptions {
  deadlineMs?: number;
  /** Buffers handed over to the worker (no copy; they are unusable here afterwards). */
  transfer?: ArrayBuffer[];
}

/** Runs a job in the worker thread; rejects with the job's CoreError, TOO_LARGE past its deadline, or JobFailed. */
export function offThread<N extends JobName>(job: N, input: JobInput<N>, options: OffThreadOptions = {}): Promise<JobOutput<N>> {
  return new Promise((resolve, reject) =>
    threadFor(job).run({
      request: { job, input },
      deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS[job],
      transfer: options.transfer ?? [],
      resolve: resolve as (value: unknown) => void,
      reject,
    }),
  );
}
