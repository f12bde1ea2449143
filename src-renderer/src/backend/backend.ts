// The renderer's handle on core: `window.workstation` with each call unwrapped, so that a failure
// becomes a thrown BackendError carrying the contract's error code and the call's name.
import type { ErrorCode, Result, WorkstationApi, WorkstationCalls } from '../../../contract';
import { createCoreLink, type CoreLink } from './core-link';

export class BackendError extends Error {
  readonly code: ErrorCode;
  readonly method: string;
  constructor(method: string, code: ErrorCode, message: string) {
    super(message);
    this.name = 'BackendError';
    this.code = code;
    this.method = method;
  }
}

type Unwrapped<F> = F extends (...args: infer A) => Promise<Result<infer T>> ? (...args: A) => Promise<T> : never;
export type Backend = {
  [D in keyof WorkstationCalls]: { [V in keyof WorkstationCalls[D]]: Unwrapped<WorkstationCalls[D][V]> };
} & Pick<WorkstationApi, 'on'> & {
    /** Whether core answers the page (see core-link.ts). */
    link: CoreLink;
  };

export function createBackend(api: WorkstationApi): Backend {
  const link = createCoreLink();
  const backend: Record<string, unknown> = { on: api.on.bind(api), link };
  for (const [domain, calls] of Object.entries(api)) {
    if (typeof calls !== 'object' || calls === null) continue;
    const unwrapped: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const [verb, call] of Object.entries(calls as Record<string, (input?: unknown) => Promise<Result<unknown>>>)) {
      const method = `${domain}.${verb}`;
      unwrapped[verb] = async (input) => {
        const result = await call(input);
        link.note(result);
        if (!result.ok) throw new BackendError(method, result.error.code, result.error.message);
        return result.value;
      };
    }
    backend[domain] = unwrapped;
  }
  // The probe: a call core answers in every state (locked too), and cheaply.
  link.startProbe(() => (backend as Backend).app.info());
  // Built from the api object, whose shape is the contract's; the loop cannot state the types.
  return backend as Backend;
}
