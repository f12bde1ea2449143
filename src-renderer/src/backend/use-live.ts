// A value loaded from core and reloaded when core announces a change (events coalesced, so a
// burst of progress events makes one reload) or when `key` changes (what the load depends on).
// A load that fails because core could not be reached (core restarting, the preview server
// briefly unreachable) is tried again a moment later: a screen must never stay on "Loading…"
// because one call was lost. Other failures wait for the next change. An answer to a
// load made for an earlier key is dropped, so it can never overwrite the current one. When core
// answers again after the page lost it, everything is loaded again (what it said meanwhile was lost).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { EventName } from '../../../contract';
import { useBackend } from './backend-context';
import { BackendError } from './backend';

/** How long after a failed load it is tried again. */
export const LOAD_RETRY_MS = 1000;

/** `set`: a fresher value the caller already has (a call that answers the new state). */
export function useLive<T>(
  load: () => Promise<T>,
  events: EventName[],
  key = '',
  minIntervalMs = 250,
): { value: T | null; reload: () => void; set: (value: T) => void } {
  const backend = useBackend();
  const [value, setValue] = useState<T | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const fetchNow = useCallback(function fetchNow() {
    const asked = generation.current;
    loadRef.current().then(
      (answer) => asked === generation.current && setValue(answer),
      (error: unknown) => asked === generation.current && isTransient(error) && scheduleOnce(pending, LOAD_RETRY_MS, fetchNow),
    );
  }, []);
  const reload = useCallback(() => scheduleOnce(pending, minIntervalMs, fetchNow), [fetchNow, minIntervalMs]);

  const eventKey = events.join(',');
  useEffect(() => {
    generation.current += 1;
    fetchNow();
    const names = eventKey === '' ? [] : (eventKey.split(',') as EventName[]);
    const offs = names.map((event) => backend.on(event, reload));
    offs.push(backend.link.onChange((up) => up && reload()));
    return () => {
      offs.forEach((off) => off());
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
    };
  }, [backend, eventKey, reload, fetchNow, key]);
  return { value, reload, set: setValue };
}

const isTransient = (error: unknown) => !(error instanceof BackendError) || error.code === 'CORE_UNAVAILABLE';

/** Runs `run` after `delayMs`, unless a run is already scheduled (bursts make one load). */
function scheduleOnce(pending: RefObject<ReturnType<typeof setTimeout> | null>, delayMs: number, run: () => void): void {
  if (pending.current) return;
  pending.current = setTimeout(() => {
    pending.current = null;
    run();
  }, delayMs);
}
