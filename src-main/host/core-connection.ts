// The host's side of a core process: starts it with `init`, correlates calls with results, relays
// events, and turns a dead core into a CORE_UNAVAILABLE answer instead of a hang.
import type { EventName, Result } from '../../contract';
import { isEventName } from '../../contract';
import { CoreMessage, HostMessage, type MessageChannelEnd, type PortOp } from '../core/process/protocol';
import { INPUT_PROBLEM_SENTENCES, inputProblem } from '../../src-preload/input-bounds';
import { callDeadlineMs } from './call-deadlines';
import type { KeychainPort } from '../core/ports';

export interface CoreConnection {
  /** Answers within the call's deadline, whatever core does (CORE_UNAVAILABLE past it). */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Document bytes: what the document is, then any range of it (see host/content.ts). */
  content(request: ContentRequest): Promise<ContentAnswer>;
  shutdown(): void;
}

export type ContentRequest = { type: 'content-info'; ref: string } | { type: 'content-read'; ref: string; start: number; end: number };

/** A connection to one core process, as its starter sees it. */
export interface ProcessConnection extends CoreConnection {
  /** Called by the host when the process exits: pending and later calls fail cleanly. */
  markExited(): void;
}

export type ContentAnswer = { ok: true; value: unknown } | { ok: false; code: string };

/** OS services the host offers to core (see `port-call` in the protocol). */
export interface HostPorts {
  keychain?: KeychainPort;
}

async function answerPortCall(ports: HostPorts, op: PortOp, data: Uint8Array | undefined): Promise<unknown> {
  const { keychain } = ports;
  if (!keychain) throw new Error('This host has no keychain');
  switch (op) {
    case 'keychain.status':
      return keychain.status();
    case 'keychain.encrypt':
    case 'keychain.decrypt':
      if (!data) throw new Error('No data');
      return op === 'keychain.encrypt' ? keychain.encrypt(data) : keychain.decrypt(data);
  }
}

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'CORE_UNAVAILABLE', message: 'The workstation core has stopped.' },
};
const tooSlow: Result<never> = {
  ok: false,
  error: { code: 'CORE_UNAVAILABLE', message: 'The workstation core did not answer in time.' },
};
/** A document read that core does not answer (a bug, a stuck disk) fails instead of hanging the viewer. */
const CONTENT_DEADLINE_MS = 60_000;

/** Sends `init` at once; `ready` settles when core has started (or failed to, or exited). */
export function connectCore(
  channel: MessageChannelEnd<HostMessage, unknown>,
  config: unknown,
  ports: HostPorts = {},
): { connection: ProcessConnection; ready: Promise<void> } {
  const ready = deferred();
  let nextId = 1;
  let alive = true;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const pendingContent = new Map<number, (answer: ContentAnswer) => void>();
  const listeners = new Set<(event: EventName, payload: unknown) => void>();

  const connection: ProcessConnection = {
    call(method, input) {
      if (!alive) return Promise.resolve(unavailable);
      // Refused here, before the structured clone to core's process walks it (recursively).
      const problem = inputProblem(input);
      if (problem) return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: INPUT_PROBLEM_SENTENCES[problem] } });
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(tooSlow);
        }, callDeadlineMs(method));
        pending.set(id, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        channel.post({ type: 'call', id, method, input });
      });
    },
    content(request) {
      if (!alive) return Promise.resolve({ ok: false, code: 'CORE_UNAVAILABLE' });
      const id = nextId++;
      // A message core would ignore (a ref longer than it reads) is answered here, never left pending.
      const message = HostMessage.safeParse({ id, ...request });
      if (!message.success) return Promise.resolve({ ok: false, code: 'CONTENT_NOT_FOUND' });
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pendingContent.delete(id);
          resolve({ ok: false, code: 'CORE_UNAVAILABLE' });
        }, CONTENT_DEADLINE_MS);
        pendingContent.set(id, (answer) => {
          clearTimeout(timer);
          resolve(answer);
        });
        channel.post(message.data);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markExited() {
      alive = false;
      for (const resolve of pending.values()) resolve(unavailable);
      pending.clear();
      for (const resolve of pendingContent.values()) resolve({ ok: false, code: 'CORE_UNAVAILABLE' });
      pendingContent.clear();
      ready.reject(new Error('The core process exited before it was ready.'));
    },
    shutdown() {
      if (alive) channel.post({ type: 'shutdown' });
    },
  };

  channel.onMessage((raw) => {
    const parsed = CoreMessage.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        ready.resolve();
        return;
      case 'init-failed':
        ready.reject(new Error(message.message));
        return;
      case 'result': {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        resolve?.(message.result as Result<unknown>);
        return;
      }
      case 'event':
        if (isEventName(message.event)) for (const l of listeners) l(message.event, message.payload);
        return;
      case 'content': {
        const resolve = pendingContent.get(message.id);
        pendingContent.delete(message.id);
        resolve?.(message.ok ? { ok: true, value: message.value } : { ok: false, code: message.code ?? 'INTERNAL' });
        return;
      }
      case 'port-call':
        void answerPortCall(ports, message.op, message.data).then(
          (value) => channel.post({ type: 'port-result', id: message.id, ok: true, value }),
          () => channel.post({ type: 'port-result', id: message.id, ok: false, value: null }),
        );
        return;
    }
  });
  channel.post({ type: 'init', config });
  return { connection, ready: ready.promise };
}

/** `Promise.withResolvers` for Node 20, which lacks it. */
function deferred(): { promise: Promise<void>; resolve(): void; reject(error: Error): void } {
  let resolve = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {}); // a rejection nobody awaits (exit after ready) is not an error
  return { promise, resolve, reject };
}
