// The host's side of a core process: starts it with `init`, correlates calls with results, relays
// events, and turns a dead core into a CORE_UNAVAILABLE answer instead of a hang.
import type { EventName, Result } from '../../src-preload/contract';
import { isEventName } from '../../src-preload/contract';
import { CoreMessage, type HostMessage, type MessageChannelEnd } from '../core/process/protocol';

export interface CoreConnection {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Called by the host when the process exits: pending and later calls fail cleanly. */
  markExited(): void;
  shutdown(): void;
}

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'CORE_UNAVAILABLE', message: 'The workstation core has stopped.' },
};

/** Sends `init` at once; `ready` settles when core has started (or failed to, or exited). */
export function connectCore(
  channel: MessageChannelEnd<HostMessage, unknown>,
  config: unknown,
): { connection: CoreConnection; ready: Promise<void> } {
  const ready = deferred();
  let nextId = 1;
  let alive = true;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: EventName, payload: unknown) => void>();

  const connection: CoreConnection = {
    call(method, input) {
      if (!alive) return Promise.resolve(unavailable);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        channel.post({ type: 'call', id, method, input });
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
