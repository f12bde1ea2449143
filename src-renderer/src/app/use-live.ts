// A value loaded from core and reloaded when core announces a change (events coalesced, so a
// burst of progress events makes one reload) or when `key` changes (what the load depends on).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName } from '../../../src-preload/contract';
import { useBackend } from './backend-context';

/** `set`: a fresher value the caller already has (a call that answers the new state). */
export function useLive<T>(load: () => Promise<T>, events: EventName[], key = '', minIntervalMs = 250): { value: T | null; reload: () => void; set: (value: T) => void } {
  const backend = useBackend();
  const [value, setValue] = useState<T | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reload = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      loadRef.current().then(setValue, () => {});
    }, minIntervalMs);
  }, [minIntervalMs]);
  const eventKey = events.join(',');
  useEffect(() => {
    loadRef.current().then(setValue, () => {});
    const names = eventKey === '' ? [] : (eventKey.split(',') as EventName[]);
    const offs = names.map((event) => backend.on(event, reload));
    return () => {
      offs.forEach((off) => off());
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
    };
  }, [backend, eventKey, reload, key]);
  return { value, reload, set: setValue };
}
