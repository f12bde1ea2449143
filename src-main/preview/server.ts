// The browser preview's HTTP server: serves the built renderer and carries the contract over
// loopback HTTP (calls: POST /rpc/<method>; events: GET /events as server-sent events; documents:
// GET /content/<ref> with Range). Only 127.0.0.1. The app's files are public (they hold no data);
// calls, events and documents need the access token of this run, which the page keeps in its own
// origin's storage and sends itself (a header on calls, `?access=` on what the browser fetches
// by address). Never a cookie: cookies ignore ports, so one set here would reach every other web
// server on this computer. Requests from another origin are refused by their Origin and
// Sec-Fetch-Site headers too.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { CoreConnection } from '../host/core-connection';
import type { ViteDevServer } from 'vite';
import { securityHeaders } from '../host/csp';
import { pdfjsAssetPath } from './pdfjs-assets';
import { answerContentRequest } from '../host/content-response';
import type { ContentSource } from '../host/content';
import { INPUT_PROBLEM_SENTENCES, jsonNestingWithin } from '../../src-preload/input-bounds';

export interface PreviewServerOptions {
  core: CoreConnection;
  content: ContentSource;
  /** Built renderer (out/renderer) and the built web bridge script (out/web-bridge/web-bridge.js). */
  rendererDir: string;
  bridgeFile: string;
  token: string;
  /** `npm run dev`: the renderer comes from Vite's dev server instead of rendererDir. */
  dev?: ViteDevServer;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

export function createPreviewServer(options: PreviewServerOptions): Server {
  const server = createServer((req, res) => {
    handle(options, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.destroy();
    });
  });
  return server;
}

async function handle(o: PreviewServerOptions, req: IncomingMessage, res: ServerResponse) {
  for (const [name, value] of Object.entries(securityHeaders({ dev: o.dev !== undefined }))) res.setHeader(name, value);
  const host = req.headers.host ?? '';
  // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach us.
  if (!/^(127\.0\.0\.1|localhost):\d+$/.test(host)) return send(res, 421, 'text/plain', 'Wrong host');
  const url = new URL(req.url ?? '/', `http://${host}`);

  const isData = url.pathname.startsWith('/rpc/') || url.pathname.startsWith('/content/') || url.pathname === '/events';
  if (isData) {
    if (!fromThisOrigin(req, `http://${host}`)) return send(res, 403, 'text/plain; charset=utf-8', 'Refused: this request comes from another site.');
    if (!sameToken(accessToken(req, url), o.token)) return send(res, 403, 'text/plain; charset=utf-8', refusal);
  }

  if (url.pathname.startsWith('/rpc/') || url.pathname.startsWith('/content/')) {
    const name = decodedSegment(url.pathname.slice(url.pathname.indexOf('/', 1) + 1));
    if (name === null) return send(res, 400, 'text/plain', 'Malformed address');
    return url.pathname.startsWith('/rpc/') ? rpc(o, req, res, name) : content(o, req, res, name);
  }
  if (url.pathname === '/events') return events(o, req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  if (url.pathname === '/web-bridge.js') return file(res, o.bridgeFile);
  // /callback: where the platform's OpenID provider sends the browser back; the app takes the answer.
  if (url.pathname === '/' || url.pathname === '/index.html' || url.pathname === '/callback') return index(o, res, url);
  if (o.dev) return fromDevServer(o.dev, req, res, url);
  const path = resolve(o.rendererDir, `.${url.pathname}`);
  const rel = relative(o.rendererDir, path);
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || rel === '') return send(res, 404, 'text/plain', 'Not found');
  // Build assets carry a content hash in their name: they never change, so they may be cached.
  if (rel.startsWith(`assets${sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  return file(res, path);
}

const refusal = 'This preview needs its access token. Open the address printed by "npm run preview:web" (it ends with ?token=...).';

async function rpc(o: PreviewServerOptions, req: IncomingMessage, res: ServerResponse, method: string) {
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
  // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, 'text/plain', 'Expected application/json');
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) return send(res, 413, 'text/plain', 'Request too large');
  const text = body.toString('utf8');
  // Before the parser (or anything) walks it: a body nested thousands deep once took core down.
  if (!jsonNestingWithin(text)) return json(res, { ok: false, error: { code: 'INVALID_INPUT', message: INPUT_PROBLEM_SENTENCES['too-deep'] } });
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(text);
  } catch {
    return json(res, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request is not valid JSON.' } });
  }
  json(res, await o.core.call(method, input));
}

function events(o: PreviewServerOptions, req: IncomingMessage, res: ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
  res.write(': connected\n\n');
  const unsubscribe = o.core.onEvent((event, payload) => {
    res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  // Comments keep idle connections from being closed by the browser or a proxy.
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

async function content(o: PreviewServerOptions, req: IncomingMessage, res: ServerResponse, ref: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  const entity = await o.content.open(ref);
  const answer = answerContentRequest(entity, req.headers.range ?? null, headerValue(req.headers['if-range']));
  if (!entity || !answer.span) {
    res.writeHead(answer.status, answer.headers);
    return res.end(answer.status === 404 ? 'No such document' : undefined);
  }
  res.writeHead(answer.status, answer.headers);
  if (req.method === 'HEAD') return res.end();
  try {
    for await (const chunk of entity.read(answer.span)) {
      if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
    }
    res.end();
  } catch {
    res.destroy(); // the document became unreadable mid-stream: the viewer reports it
  }
}

/** A path segment decoded, or null when its %-escapes are malformed (answered 400, not 500). */
function decodedSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function headerValue(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

async function index(o: PreviewServerOptions, res: ServerResponse, url: URL) {
  const source = await readFile(join(o.dev ? o.dev.config.root : o.rendererDir, 'index.html'), 'utf8');
  const html = o.dev ? await o.dev.transformIndexHtml(url.pathname, source) : source;
  // The bridge must define window.workstation before the app's module script runs, and come
  // after the CSP <meta> so that the policy governs it too.
  const withBridge = html.replace('<script type="module"', '<script src="/web-bridge.js"></script>\n    <script type="module"');
  res.setHeader('Cache-Control', 'no-store');
  send(res, 200, MEDIA_TYPES['.html'] ?? 'text/html', withBridge);
}

/** `npm run dev`: modules transformed on request by Vite; pdf.js's runtime files from its package. */
function fromDevServer(dev: ViteDevServer, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (url.pathname.startsWith('/pdfjs/')) {
    const path = pdfjsAssetPath(url.pathname);
    return path ? file(res, path) : send(res, 404, 'text/plain', 'Not found');
  }
  dev.middlewares(req, res, () => send(res, 404, 'text/plain', 'Not found'));
}

async function file(res: ServerResponse, path: string) {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return send(res, 404, 'text/plain', 'Not found');
  }
  send(res, 200, MEDIA_TYPES[extname(path)] ?? 'application/octet-stream', bytes);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function json(res: ServerResponse, value: unknown) {
  res.setHeader('Cache-Control', 'no-store');
  send(res, 200, 'application/json', JSON.stringify(value));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolvePromise(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The token of a request: its bearer header (calls), or `?access=` (events and documents, fetched by address). */
function accessToken(req: IncomingMessage, url: URL): string | null {
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  return req.method === 'GET' || req.method === 'HEAD' ? url.searchParams.get('access') : null;
}

/** A browser says where a request comes from; anything but this origin is refused (other ports included). */
function fromThisOrigin(req: IncomingMessage, origin: string): boolean {
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

function sameToken(candidate: string | null, token: string): boolean {
  if (candidate === null) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
