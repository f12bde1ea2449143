// A gateway that serves a platform under a sub-path, as a hospital's reverse proxy does:
// http://127.0.0.1:<port>/<prefix>/… is the platform's /…, and anything outside the prefix is 404.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PathPrefixProxy {
  /** The platform's address through the gateway (the prefix included). */
  url: string;
  /** Paths the gateway was asked for, outside the prefix included. */
  asked: string[];
  close(): Promise<void>;
}

export async function startPathPrefixProxy(target: string, prefix: string): Promise<PathPrefixProxy> {
  const upstream = new URL(target);
  const asked: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    asked.push(path);
    if (!path.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not under this gateway.');
      return;
    }
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: path.slice(prefix.length), headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.writeHead(502).end());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    asked,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
