// The browser preview's loopback transport against a real core process: nothing without the
// token, calls and events with it, and the content route's seam with Range support.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { makeTempDir } from '../support/temp-dir';
import { startTestPreview, type RunningPreview } from '../support/preview-server';
import type { ContentSource } from '../../src-main/host/content';

const documentBytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const content: ContentSource = {
  async open(ref) {
    if (ref !== 'doc-1') return null;
    return {
      size: documentBytes.length,
      mediaType: 'application/pdf',
      etag: '"sha256-test"',
      async *read({ start, end }) {
        yield documentBytes.subarray(start, end + 1);
      },
    };
  },
};

let preview: RunningPreview;
const dir = makeTempDir();
beforeAll(async () => {
  preview = await startTestPreview(dir.path, content);
});
afterAll(async () => {
  await preview.close();
  dir.remove();
});

const auth = () => ({ authorization: `Bearer ${preview.token}` });

async function rpc(method: string, body: unknown, headers: Record<string, string> = auth()) {
  const res = await fetch(`${preview.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: res.status === 200 ? await res.json() : await res.text() };
}

describe('access', () => {
  it.each(['/events', '/content/doc-1'])('refuses %s without the token', async (path) => {
    const res = await fetch(preview.origin + path);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('npm run preview:web');
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await rpc('app.info', {}, {})).status).toBe(403);
    expect((await rpc('app.info', {}, { authorization: 'Bearer guess' })).status).toBe(403);
    // The address form is for what the browser fetches by address, never for calls.
    const viaQuery = await fetch(`${preview.origin}/rpc/app.info?access=${preview.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(viaQuery.status).toBe(403);
  });

  it('serves the app (which holds no data) to anyone, sets no cookie, and injects the bridge', async () => {
    const res = await fetch(`${preview.origin}/?token=${preview.token}`);
    expect(res.status).toBe(200);
    // A cookie ignores ports: it would reach every other web server on 127.0.0.1.
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<script src="/web-bridge.js"></script>');
    expect((await fetch(`${preview.origin}/assets/app.js`)).status).toBe(200);
  });

  it('takes the token from the address for events and documents, which the browser fetches by address', async () => {
    const doc = await fetch(`${preview.origin}/content/doc-1?access=${preview.token}`);
    expect(doc.status).toBe(200);
    await doc.arrayBuffer();
    const controller = new AbortController();
    const events = await fetch(`${preview.origin}/events?access=${preview.token}`, { signal: controller.signal });
    expect(events.status).toBe(200);
    controller.abort();
  });

  it('refuses a request a page of another origin makes, another port of this computer included, even with the token', async () => {
    const otherPort = preview.origin.replace(/:(\d+)$/, (_, p: string) => `:${Number(p) + 1}`);
    expect((await rpc('app.info', {}, { ...auth(), origin: otherPort })).status).toBe(403);
    expect((await rpc('app.info', {}, { ...auth(), 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await rpc('app.info', {}, { ...auth(), 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const image = await fetch(`${preview.origin}/content/doc-1?access=${preview.token}`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(image.status).toBe(403);
    expect((await rpc('app.info', {}, { ...auth(), origin: preview.origin, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses another Host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(preview.origin);
      request({ host: url.hostname, port: url.port, path: '/', headers: { host: 'attacker.example:80', ...auth() } }, (res) => resolve(res.statusCode ?? 0))
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });

  it('does not serve files outside the renderer directory', async () => {
    const res = await fetch(`${preview.origin}/%2e%2e/data/settings.json`, { headers: auth() });
    expect(res.status).toBe(404);
  });

  it('answers a malformed %-escape with 400', async () => {
    expect((await rpc('app.%E0%A4%A', {})).status).toBe(400);
    expect((await fetch(`${preview.origin}/content/%zz?access=${preview.token}`)).status).toBe(400);
  });
});

describe('hostile calls', () => {
  it('answers a body nested thousands deep with INVALID_INPUT, and core keeps answering', async () => {
    const deep = `{"locale": ${'['.repeat(3000)}1${']'.repeat(3000)}}`;
    expect((await rpc('app.updateSettings', deep)).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('nested') },
    });
    expect((await rpc('app.info', {})).body).toMatchObject({ ok: true });
  });

  it('answers a document reference longer than core reads, instead of leaving it pending', async () => {
    const res = await fetch(`${preview.origin}/content/${'r'.repeat(5000)}?access=${preview.token}`);
    expect(res.status).toBe(404);
  });
});

describe('calls', () => {
  it('carries a call to core and its answer back', async () => {
    const { status, body } = await rpc('app.info', {});
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, value: { runtime: 'test', platformUrl: null } });
  });

  it('answers malformed input with INVALID_INPUT and an unknown call with UNKNOWN_METHOD', async () => {
    expect((await rpc('app.updateSettings', { locale: 42 })).body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await rpc('cases.dropAll', {})).body).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses a form post (no JSON content type) and an oversized body', async () => {
    const form = await fetch(`${preview.origin}/rpc/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...auth() },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const big = await fetch(`${preview.origin}/rpc/app.updateSettings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth() },
      body: JSON.stringify({ locale: 'x'.repeat(2 * 1024 * 1024) }),
    }).catch(() => null);
    // The server answers 413 and closes the connection; a client may see either.
    expect(big === null || big.status === 413).toBe(true);
  });
});

describe('events', () => {
  it('pushes app.changed to the page when the language changes', async () => {
    const controller = new AbortController();
    const res = await fetch(`${preview.origin}/events`, { headers: auth(), signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await rpc('app.updateSettings', { locale: 'fr' });
    let text = '';
    while (!text.includes('app.changed')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const data = JSON.parse(text.slice(text.indexOf('data: ') + 6).split('\n')[0] ?? '');
    expect(data).toMatchObject({ event: 'app.changed', payload: { locale: 'fr' } });
  });
});

describe('content seam', () => {
  it('serves a whole document, a byte range, and refuses an unsatisfiable range', async () => {
    const headers = auth();
    const whole = await fetch(`${preview.origin}/content/doc-1`, { headers });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(documentBytes)).toBe(true);

    const part = await fetch(`${preview.origin}/content/doc-1`, { headers: { ...headers, range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await part.arrayBuffer()).equals(documentBytes.subarray(100, 200))).toBe(true);

    const stale = await fetch(`${preview.origin}/content/doc-1`, {
      headers: { ...headers, range: 'bytes=0-9', 'if-range': '"other"' },
    });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();

    const beyond = await fetch(`${preview.origin}/content/doc-1`, { headers: { ...headers, range: 'bytes=5000-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */1000');
  });

  it('answers 404 for a document that is not there', async () => {
    expect((await fetch(`${preview.origin}/content/nope`, { headers: auth() })).status).toBe(404);
  });
});
