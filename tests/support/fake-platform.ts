// A small misbehaving server on loopback, for what the reference platform never does: redirect a
// sign-in elsewhere, lie about sizes, answer garbage. Records every request it receives.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  body: string;
}

export interface FakePlatform {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFakePlatform(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>): Promise<FakePlatform> {
  const requests: FakeRequest[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    requests.push({ method: req.method ?? '', path: req.url ?? '', body });
    await handle(req, res, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
