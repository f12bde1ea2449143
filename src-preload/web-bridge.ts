// Browser-preview bridge, the counterpart of the Electron preload: defines `window.workstation`
// over loopback HTTP (calls) and server-sent events (pushed events). Loaded before the app.
import './page-zod';
import { createWorkstationApi } from './client';
import { isEventName, type Result, type Transport, type WorkstationApi } from './contract';

const unreachable: Result<never> = {
  ok: false,
  error: {
    code: 'CORE_UNAVAILABLE',
    message: 'The preview server cannot be reached. Is "npm run preview:web" still running?',
  },
};

const httpTransport: Transport = {
  async call(method, input) {
    try {
      const response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      });
      if (!response.ok) return unreachable;
      return (await response.json()) as Result<unknown>;
    } catch {
      return unreachable;
    }
  },
  subscribe(listener) {
    // EventSource reconnects by itself after the server restarts.
    const source = new EventSource('/events');
    source.onmessage = (message: MessageEvent<string>) => {
      const data = JSON.parse(message.data) as { event?: unknown; payload?: unknown };
      if (isEventName(data.event)) listener(data.event, data.payload);
    };
    return () => source.close();
  },
};

// The access token has been exchanged for an HttpOnly cookie: keep it out of the address bar,
// the history and anything copied from it.
const address = new URL(window.location.href);
if (address.searchParams.has('token')) {
  address.searchParams.delete('token');
  window.history.replaceState(null, '', address.pathname + address.search + address.hash);
}

declare global {
  interface Window {
    workstation?: WorkstationApi;
  }
}
window.workstation = createWorkstationApi(httpTransport);
