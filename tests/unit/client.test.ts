// The typed client built from the contract: one named function per call, events multiplexed
// over one transport subscription that closes with the last listener.
import { describe, expect, it } from 'vitest';
import { createWorkstationApi } from '../../src-preload/client';
import { METHOD_NAMES, type EventName, type Transport } from '../../contract';

function recordingTransport() {
  const calls: [string, unknown][] = [];
  let listener: ((e: EventName, p: unknown) => void) | null = null;
  let subscriptions = 0;
  const transport: Transport = {
    call: async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: method };
    },
    subscribe(l) {
      subscriptions++;
      listener = l;
      return () => {
        subscriptions--;
        listener = null;
      };
    },
    contentUrl: (id) => `https://content.test/${id}`,
  };
  return { transport, calls, push: (e: EventName, p: unknown) => listener?.(e, p), subscriptions: () => subscriptions };
}

describe('createWorkstationApi', () => {
  it('asks the transport where documents are fetched', () => {
    const { transport } = recordingTransport();
    expect(createWorkstationApi(transport).contentUrl('doc 1')).toBe('https://content.test/doc 1');
  });

  it('exposes every contract call as a named function that forwards to the transport', async () => {
    const { transport, calls } = recordingTransport();
    const api = createWorkstationApi(transport);
    const exposed = new Map(
      Object.entries(api).flatMap(([domain, calls]) =>
        typeof calls === 'object' && calls !== null ? Object.entries(calls).map(([verb, fn]) => [`${domain}.${verb}`, typeof fn] as const) : [],
      ),
    );
    expect([...exposed.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(exposed.get(method), method).toBe('function');
    await createWorkstationApi(transport).app.info();
    await createWorkstationApi(transport).app.updateSettings({ locale: 'fr' });
    expect(calls).toEqual([
      ['app.info', {}],
      ['app.updateSettings', { locale: 'fr' }],
    ]);
  });

  it('delivers events to the right listeners and closes the subscription with the last one', () => {
    const { transport, push, subscriptions } = recordingTransport();
    const api = createWorkstationApi(transport);
    const seen: unknown[] = [];
    const offA = api.on('app.changed', (p) => seen.push(['a', p.locale]));
    const offB = api.on('app.changed', (p) => seen.push(['b', p.locale]));
    expect(subscriptions()).toBe(1);
    push('app.changed', { locale: 'fr' });
    offA();
    push('app.changed', { locale: 'en' });
    offB();
    expect(subscriptions()).toBe(0);
    expect(seen).toEqual([
      ['a', 'fr'],
      ['b', 'fr'],
      ['b', 'en'],
    ]);
  });

  it('refuses to subscribe to an event the contract does not declare', () => {
    const api = createWorkstationApi(recordingTransport().transport);
    expect(() => api.on('cases.secret' as EventName, () => {})).toThrow(/Unknown event/);
  });

  it('cannot be modified by the page', () => {
    const api = createWorkstationApi(recordingTransport().transport);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
