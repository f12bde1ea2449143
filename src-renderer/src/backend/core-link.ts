// Whether the workstation's core answers the page: every call says so (an answer, even an error,
// is core speaking; CORE_UNAVAILABLE is the transport saying nobody did), and a light probe every
// few seconds tells a page nobody is clicking in that the preview server or core has gone, and
// when it is back. The screens then say so, stop counting time on screen, and reload on return.
import type { Result } from '../../../contract';

/** How often an idle page checks that core still answers (and, once it does not, that it is back). */
export const PROBE_EVERY_MS = 3000;

export interface CoreLink {
  /** False once a call could not reach core, until one does again. */
  isUp(): boolean;
  /** Called with the new state on each change; returns the function that stops listening. */
  onChange(listener: (up: boolean) => void): () => void;
}

export interface CoreLinkTracker extends CoreLink {
  /** Every call's result passes through here. */
  note(result: Result<unknown>): void;
  /** Starts the probe (a call that answers without touching anything); returns its stop. */
  startProbe(probe: () => Promise<unknown>): () => void;
}

export function createCoreLink(): CoreLinkTracker {
  let up = true;
  const listeners = new Set<(up: boolean) => void>();
  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    for (const listener of listeners) listener(up);
  };
  return {
    isUp: () => up,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    note(result) {
      set(result.ok || result.error.code !== 'CORE_UNAVAILABLE');
    },
    startProbe(probe) {
      const timer = setInterval(() => void probe().catch(() => {}), PROBE_EVERY_MS);
      return () => clearInterval(timer);
    },
  };
}
