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

const cookie = () => `smo_preview=${preview.token}`;

async function rpc(method: string, body: unknown, headers: Record<string, string> = { cookie: cookie() }) {
  const res = await fetch(`${preview.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: res.status === 200 ? await res.json() : await res.text() };
}

describe('access', () => {
  it.each(['/', '/assets/app.js', '/web-bridge.js', '/events', '/content/doc-1'])('refuses %s without the token', async (path) => {
    const res = await fetch(preview.origin + path);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('npm run preview:web');
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await rpc('app.info', {}, {})).status).toBe(403);
    expect((await rpc('app.info', {}, { cookie: 'smo_preview=guess' })).status).toBe(403);
  });

  it('exchanges the token in the address for an HttpOnly, SameSite cookie and injects the bridge', async () => {
    const res = await fetch(`${preview.origin}/?token=${preview.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^smo_preview=test-token-0123456789; HttpOnly; SameSite=Strict/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<script src="/web-bridge.js"></script>');
  });

  it('refuses another Host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(preview.origin);
      request({ host: url.hostname, port: url.port, path: '/', headers: { host: 'attacker.example:80', cookie: cookie() } }, (res) =>
        resolve(res.statusCode ?? 0),
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });

  it('does not serve files outside the renderer directory', async () => {
    const res = await fetch(`${preview.origin}/%2e%2e/data/settings.json`, { headers: { cookie: cookie() } });
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
    expect((await rpc('app.setLocale', { locale: 42 })).body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await rpc('cases.dropAll', {})).body).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses a form post (no JSON content type) and an oversized body', async () => {
    const form = await fetch(`${preview.origin}/rpc/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: cookie() },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const big = await fetch(`${preview.origin}/rpc/app.setLocale`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie() },
      body: JSON.stringify({ locale: 'x'.repeat(2 * 1024 * 1024) }),
    }).catch(() => null);
    // The server answers 413 and closes the connection; a client may see either.
    expect(big === null || big.status === 413).toBe(true);
  });
});

describe('events', () => {
  it('pushes app.changed to the page when the language changes', async () => {
    const controller = new AbortController();
    const res = await fetch(`${preview.origin}/events`, { headers: { cookie: cookie() }, signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await rpc('app.setLocale', { locale: 'fr' });
    let text = '';
    while (!text.includes('app.changed')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const data = JSON.parse(text.slice(text.indexOf('data: ') + 6).split('\n')[0] ?? '');
    expect(data).toMatchObject({ event: 'app.changed', payload: { locale: 'fr' } });
  });
});

describe('content seam', () => {
  it('serves a whole document, a byte range, and refuses an unsatisfiable range', async () => {
    const headers = { cookie: cookie() };
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
    expect((await fetch(`${preview.origin}/content/nope`, { headers: { cookie: cookie() } })).status).toBe(404);
  });
});
