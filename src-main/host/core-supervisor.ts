// Keeps a core process running for its host: when core dies (a crash in a native module, out of
// memory), a new one is started with the same configuration, told it follows a crash (it starts
// locked and the unlock screen says why), and the page is told through the usual events. Calls
// made meanwhile wait for the new core; past a few crashes in a short while the host stops trying
// and every call says core is unavailable. The host itself (the preview server, Electron's main
// process) never goes down with its core.
import type { EventName, Result } from '../../contract';
import type { CoreConfigInput } from '../core/config';
import type { ContentAnswer, CoreConnection, ContentRequest } from './core-connection';

export interface StartedCore {
  connection: CoreConnection;
  /** Resolves when the process has exited. */
  exited: Promise<unknown>;
}

export interface SupervisorOptions {
  /** Starts one core process (fork or utility process) and resolves once it is ready. */
  start(config: CoreConfigInput): Promise<StartedCore>;
  /** Told of each restart (the host logs it; ids only). */
  onRestart?(attempt: number): void;
  /** More crashes than this within `crashWindowMs` and the host gives up. */
  maxCrashes?: number;
  crashWindowMs?: number;
}

const gaveUp: Result<never> = {
  ok: false,
  error: { code: 'CORE_UNAVAILABLE', message: 'The workstation core keeps stopping. Quit and restart the workstation; your saved work is kept.' },
};

export async function superviseCore(config: CoreConfigInput, options: SupervisorOptions): Promise<CoreConnection> {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const crashes: number[] = [];
  const maxCrashes = options.maxCrashes ?? 3;
  const window = options.crashWindowMs ?? 60_000;
  let stopping = false;
  let current: Promise<CoreConnection | null>;

  const launch = async (afterCrash: boolean): Promise<CoreConnection | null> => {
    const started = await options.start(afterCrash ? { ...config, startReason: 'after-crash' } : config);
    started.connection.onEvent((event, payload) => listeners.forEach((l) => l(event, payload)));
    void started.exited.then(() => {
      if (stopping) return;
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && (crashes[0] as number) < now - window) crashes.shift();
      if (crashes.length > maxCrashes) {
        current = Promise.resolve(null);
        return;
      }
      options.onRestart?.(crashes.length);
      current = launch(true).then(
        async (connection) => {
          // The page learns at once that the cases are locked, and why.
          const status = await connection?.call('cache.status', {});
          if (status?.ok) listeners.forEach((l) => l('cache.changed', status.value));
          return connection;
        },
        () => null,
      );
    });
    return started.connection;
  };

  const first = await launch(false);
  current = Promise.resolve(first);
  return {
    async call(method, input) {
      const connection = await current;
      return connection ? connection.call(method, input) : gaveUp;
    },
    async content(request: ContentRequest): Promise<ContentAnswer> {
      const connection = await current;
      return connection ? connection.content(request) : { ok: false, code: 'CORE_UNAVAILABLE' };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shutdown() {
      stopping = true;
      void current.then((connection) => connection?.shutdown());
    },
  };
}
