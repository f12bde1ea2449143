// The redirect of a sign-in through the system browser (RFC 8252 §7.3): a one-shot HTTP listener
// on 127.0.0.1, on a port the system picks, for the provider's answer at /callback. The browser
// tab then says, in both languages, that the expert can go back to the workstation. Nothing else
// is served; it closes after the answer or after ten minutes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const LIFETIME_MS = 10 * 60_000;

export interface LoopbackRedirect {
  redirectUri: string;
  close(): void;
}

/** The page the browser shows once the answer is in: bilingual (the page cannot know the expert's language). */
export function loopbackPage(outcome: 'signed-in' | 'failed'): string {
  const [fr, en] =
    outcome === 'signed-in'
      ? [
          'Connexion réussie. Vous pouvez fermer cet onglet et revenir au poste de travail.',
          'Signed in. You may close this tab and go back to the workstation.',
        ]
      : [
          'La connexion n’a pas abouti. Revenez au poste de travail pour en savoir plus.',
          'Signing in did not complete. Go back to the workstation to see why.',
        ];
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>SMO</title></head><body style="font:16px system-ui,sans-serif;margin:3rem">
<p>${fr}</p><p lang="en">${en}</p></body></html>`;
}

/** Listens for one answer; `answered` gets the full callback address and says how it went. */
export async function startLoopbackRedirect(answered: (callback: URL) => Promise<'signed-in' | 'failed'>): Promise<LoopbackRedirect> {
  let server: Server | null = null;
  const close = () => {
    server?.close();
    server?.closeAllConnections();
    server = null;
  };
  const listener = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/callback' || !server) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const port = (listener.address() as AddressInfo).port;
    void answered(new URL(`http://127.0.0.1:${port}${url.pathname}${url.search}`))
      .catch(() => 'failed' as const)
      .then((outcome) => {
        const page = loopbackPage(outcome);
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'none'",
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
        });
        res.end(page, close);
      });
  });
  server = listener;
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', resolve);
  });
  const timer = setTimeout(close, LIFETIME_MS);
  timer.unref();
  listener.on('close', () => clearTimeout(timer));
  return { redirectUri: `http://127.0.0.1:${(listener.address() as AddressInfo).port}/callback`, close };
}
