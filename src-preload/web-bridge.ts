// Browser-preview bridge, the counterpart of the Electron preload: defines `window.workstation`
// over loopback HTTP (calls) and server-sent events (pushed events). Loaded before the app.
// The access token arrives once in the printed address; it is kept in this origin's session
// storage (scheme, host and port: no other local server can read it, unlike a cookie) and sent
// by the page itself: a header on calls, `?access=` on addresses the browser fetches.
import './page-zod';
import { createWorkstationApi } from './client';
import { isEventName, type Result, type Transport, type WorkstationApi } from '../contract';

const unreachable: Result<never> = {
  ok: false,
  error: {
    code: 'CORE_UNAVAILABLE',
    message: 'The preview server cannot be reached. Is "npm run preview:web" still running?',
  },
};

const ACCESS_KEY = 'smo-preview-access';
const address = new URL(window.location.href);
const given = address.searchParams.get('token');
if (given) {
  sessionStorage.setItem(ACCESS_KEY, given);
  // Out of the address bar, the history and anything copied from it.
  address.searchParams.delete('token');
  window.history.replaceState(null, '', address.pathname + address.search + address.hash);
}
const access = sessionStorage.getItem(ACCESS_KEY) ?? '';
/** Past this, the server (which answers within its own deadline for each call) is taken as gone. */
const CALL_TIMEOUT_MS = 35 * 60_000;

const withAccess = (path: string) => `${path}${path.includes('?') ? '&' : '?'}access=${encodeURIComponent(access)}`;

const httpTransport: Transport = {
  async call(method, input) {
    try {
      const response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${access}` },
        body: JSON.stringify(input),
        credentials: 'omit',
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
      if (!response.ok) return unreachable;
      return (await response.json()) as Result<unknown>;
    } catch {
      return unreachable;
    }
  },
  subscribe(listener) {
    // EventSource reconnects by itself after the server restarts.
    const source = new EventSource(withAccess('/events'));
    source.onmessage = (message: MessageEvent<string>) => {
      const data = JSON.parse(message.data) as { event?: unknown; payload?: unknown };
      if (isEventName(data.event)) listener(data.event, data.payload);
    };
    return () => source.close();
  },
  contentUrl: (documentId) => new URL(withAccess(`/content/${encodeURIComponent(documentId)}`), window.location.href).href,
};

declare global {
  interface Window {
    workstation?: WorkstationApi;
    /** Why there is no `workstation`: opened without the printed address (another tab, a bookmark). */
    workstationProblem?: 'preview-access';
  }
}
if (access) window.workstation = createWorkstationApi(httpTransport);
else window.workstationProblem = 'preview-access';
