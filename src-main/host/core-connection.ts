// The host's side of a core process: starts it with `init`, correlates calls with results, relays
// events, and turns a dead core into a CORE_UNAVAILABLE answer instead of a hang.
import type { EventName, Result } from '../../src-preload/contract';
import { isEventName } from '../../src-preload/contract';
import { CoreMessage, type HostMessage, type MessageChannelEnd, type PortOp } from '../core/process/protocol';
import type { KeychainPort } from '../core/ports';

export interface CoreConnection {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Document bytes: what the document is, then any range of it (see host/content.ts). */
  content(request: { type: 'content-info'; ref: string } | { type: 'content-read'; ref: string; start: number; end: number }): Promise<ContentAnswer>;
  /** Called by the host when the process exits: pending and later calls fail cleanly. */
  markExited(): void;
  shutdown(): void;
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

/** Sends `init` at once; `ready` settles when core has started (or failed to, or exited). */
export function connectCore(
  channel: MessageChannelEnd<HostMessage, unknown>,
  config: unknown,
  ports: HostPorts = {},
): { connection: CoreConnection; ready: Promise<void> } {
  const ready = deferred();
  let nextId = 1;
  let alive = true;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const pendingContent = new Map<number, (answer: ContentAnswer) => void>();
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
    content(request) {
      if (!alive) return Promise.resolve({ ok: false, code: 'CORE_UNAVAILABLE' });
      const id = nextId++;
      return new Promise((resolve) => {
        pendingContent.set(id, resolve);
        channel.post({ id, ...request });
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
