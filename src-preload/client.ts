// Builds the typed `window.workstation` object from the contract over any transport: one named
// function per call (`workstation.app.info()`), plus `on(event, listener)` for pushed events.
import { METHOD_NAMES, isEventName, type EventName, type MethodName, type Result, type Transport, type WorkstationApi } from '../contract';

export function createWorkstationApi(transport: Transport): WorkstationApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of METHOD_NAMES) {
    const [domain, verb] = splitMethodName(method);
    api[domain] ??= {};
    api[domain][verb] = (input?: unknown) => transport.call(method, input ?? {});
  }
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let unsubscribeTransport: (() => void) | null = null;

  function on(event: EventName, listener: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new TypeError(`Unknown event: ${String(event)}`);
    // One transport subscription shared by every listener; opened lazily, closed with the last one.
    unsubscribeTransport ??= transport.subscribe((name, payload) => {
      for (const l of listeners.get(name) ?? []) l(payload);
    });
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
      const remaining = [...listeners.values()].reduce((n, s) => n + s.size, 0);
      if (remaining === 0 && unsubscribeTransport) {
        unsubscribeTransport();
        unsubscribeTransport = null;
      }
    };
  }
  // The contract's types describe this object exactly; the loop above cannot express them.
  return Object.freeze({ ...api, on, contentUrl: (documentId: string) => transport.contentUrl(documentId) }) as WorkstationApi;
}

export function splitMethodName(method: MethodName): [string, string] {
  const dot = method.indexOf('.');
  return [method.slice(0, dot), method.slice(dot + 1)];
}
