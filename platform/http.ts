// A small HTTP toolkit for the platform: a router with path parameters, JSON bodies with a size
// limit, and errors as RFC 9457 problem details (application/problem+json).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Params = Record<string, string>;
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Params;
  url: URL;
  /** The authenticated expert, set by the auth step for /api routes. */
  expertId: string | null;
  /** The workstation the access token was issued to, when it said. */
  deviceId?: string | null;
}
export type Handler = (ctx: RequestContext) => Promise<void> | void;

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    this.routes.push({ method, path, pattern, names, handler });
    return this;
  }

  /** Every route as `METHOD /path/{param}`, as an API description names it. */
  list(): string[] {
    return this.routes.map((r) => `${r.method} ${r.path.replace(/:([a-zA-Z]+)/g, '{$1}')}`);
  }

  match(method: string, pathname: string): { handler: Handler; params: Params } | 'method-not-allowed' | null {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) continue;
      const params: Params = {};
      for (const [i, name] of route.names.entries()) {
        try {
          params[name] = decodeURIComponent(m[i + 1] ?? '');
        } catch {
          throw new HttpProblem(400, 'MALFORMED_PATH', 'The address has a malformed %-escape.');
        }
      }
      return { handler: route.handler, params };
    }
    return pathMatched ? 'method-not-allowed' : null;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function problemBody(problem: HttpProblem, instance?: string) {
  return {
    type: `https://smo.example/problems/${problem.code.toLowerCase().replace(/_/g, '-')}`,
    title: problem.title,
    status: problem.status,
    code: problem.code,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(instance ? { instance } : {}),
  };
}

export function sendProblem(res: ServerResponse, problem: HttpProblem, instance?: string): void {
  const text = JSON.stringify(problemBody(problem, instance));
  res.writeHead(problem.status, {
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(text),
    ...problem.headers,
  });
  res.end(text);
}

/** The request's body, refused past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpProblem(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** An HTML form's fields (application/x-www-form-urlencoded). */
export async function readForm(req: IncomingMessage, limit = 16 * 1024): Promise<URLSearchParams> {
  return new URLSearchParams((await readBody(req, limit)).toString('utf8'));
}

export async function readJson(req: IncomingMessage, limit = 2 * 1024 * 1024): Promise<{ raw: Buffer; value: unknown }> {
  const raw = await readBody(req, limit);
  if (raw.length === 0) return { raw, value: {} };
  try {
    return { raw, value: JSON.parse(raw.toString('utf8')) };
  } catch {
    throw new HttpProblem(400, 'INVALID_JSON', 'The request body is not valid JSON.');
  }
}
