// The keychain port as seen from the core process: each operation is a `port-call` to the host
// (the Electron main process, where safeStorage lives), answered by a `port-result`.
import type { KeychainPort } from '../ports';
import type { CoreMessage, PortOp } from './protocol';

export interface PortCaller {
  port: KeychainPort;
  /** Feed the host's `port-result` messages here. */
  settle(id: number, ok: boolean, value: unknown): void;
}

export function remoteKeychain(post: (message: CoreMessage) => void): PortCaller {
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  function call(op: PortOp, data?: Uint8Array): Promise<unknown> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      post({ type: 'port-call', id, op, ...(data ? { data } : {}) });
    });
  }
  const bytes = (value: unknown) => {
    if (!(value instanceof Uint8Array)) throw new Error('The keychain answered with something other than bytes');
    return value;
  };
  return {
    port: {
      status: async () => {
        const value = (await call('keychain.status')) as { usable?: unknown; backend?: unknown };
        return { usable: value?.usable === true, backend: typeof value?.backend === 'string' ? value.backend : 'unknown' };
      },
      encrypt: async (plain) => bytes(await call('keychain.encrypt', plain)),
      decrypt: async (sealed) => bytes(await call('keychain.decrypt', sealed)),
    },
    settle(id, ok, value) {
      const waiter = pending.get(id);
      pending.delete(id);
      if (!waiter) return;
      if (ok) waiter.resolve(value);
      else waiter.reject(new Error('The keychain operation failed'));
    },
  };
}
