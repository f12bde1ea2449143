// The page's decoding workers: a few threads (one per core beside the page's), each job sent to
// the worker that already holds its file (a multi-frame run is parsed once), each with a deadline.
// A worker whose job failed or overran is terminated and replaced, so that no codec state, no
// half-decoded buffer and no cached file of one document can reach the next job.
import type { DecodeProblem, DecodeReply, DecodeRequest, DecodedFrame } from './protocol';

/** The switch the tests and benchmarks set in the page's storage before it loads (see pixel-digest.ts); off otherwise. */
const PIXEL_DIGEST_SWITCH = 'smo.test.pixelDigest';
const PIXEL_DIGEST_WANTED = (() => {
  try {
    return localStorage.getItem(PIXEL_DIGEST_SWITCH) === '1';
  } catch {
    return false;
  }
})();

/** A frame no decoder finishes in this long is refused (a crafted file must not hold a worker). */
const JOB_DEADLINE_MS = 30_000;

export class DecodeError extends Error {
  constructor(readonly problem: DecodeProblem) {
    super(`the frame could not be decoded: ${problem}`);
    this.name = 'DecodeError';
  }
}

interface Job {
  request: DecodeRequest;
  resolve(frame: DecodedFrame): void;
  reject(error: DecodeError): void;
  timer: ReturnType<typeof setTimeout>;
}

class Slot {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();

  get busy(): number {
    return this.jobs.size;
  }

  start(): void {
    this.ensure();
  }

  release(): void {
    this.worker?.postMessage({ release: true });
  }

  run(job: Omit<Job, 'timer'>): void {
    const worker = this.ensure();
    const timer = setTimeout(() => this.fail(job.request.id, 'too-slow'), JOB_DEADLINE_MS);
    this.jobs.set(job.request.id, { ...job, timer });
    worker.postMessage(job.request);
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'dicom-decoder' });
    worker.onmessage = (event: MessageEvent<DecodeReply>) => {
      const reply = event.data;
      const job = this.jobs.get(reply.id);
      if (!job) return;
      if (!reply.ok) return this.fail(reply.id, reply.problem);
      clearTimeout(job.timer);
      this.jobs.delete(reply.id);
      job.resolve(reply.frame);
    };
    // The worker itself broke (a codec aborted): every job it had fails, and it is replaced.
    worker.onerror = () => this.replace('damaged');
    this.worker = worker;
    return worker;
  }

  /** One job failed: it is refused, and its worker goes with everything it held. */
  private fail(id: number, problem: DecodeProblem): void {
    const job = this.jobs.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    this.jobs.delete(id);
    job.reject(new DecodeError(problem));
    this.replace(null);
  }

  /** Terminates the worker; jobs still running on it are sent again to a fresh one (or fail with `problem`). */
  private replace(problem: DecodeProblem | null): void {
    this.worker?.terminate();
    this.worker = null;
    const pending = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of pending) {
      clearTimeout(job.timer);
      if (problem) job.reject(new DecodeError(problem));
      else this.run(job);
    }
  }
}

const size = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
const slots = Array.from({ length: size }, () => new Slot());
let nextId = 1;

/** Starts the workers ahead of the first image (the viewer's preload). */
export function startDecoders(): void {
  for (const slot of slots) slot.start();
}

/** Forgets the files the workers hold parsed (the document closed; its decoded images go too). */
export function releaseDecodedFiles(): void {
  for (const slot of slots) slot.release();
}

/** The slot for a file: the same file always goes to the same worker, which keeps it parsed. */
function slotFor(fileKey: string): Slot {
  let hash = 0;
  for (let i = 0; i < fileKey.length; i++) hash = (hash * 31 + fileKey.charCodeAt(i)) | 0;
  return slots[Math.abs(hash) % slots.length] as Slot;
}

export function decodeFrame(url: string, fileKey: string, frame: number): Promise<DecodedFrame> {
  return new Promise((resolve, reject) =>
    slotFor(fileKey).run({ request: { id: nextId++, url, fileKey, frame, digest: PIXEL_DIGEST_WANTED }, resolve, reject }),
  );
}
