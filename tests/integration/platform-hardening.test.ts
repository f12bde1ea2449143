// The reference platform as the README invites experts to run it with their own cases: sign-in
// throttled per account and per address, scenario controls only on this computer, its files
// private, and a malformed address answered 400.
import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, startTestPlatform } from '../support/platform';
import { startPlatform } from '../../platform/server';
import { startTestCore } from '../support/test-core';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function platform() {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const p = await startTestPlatform(`${dir.path}/platform`);
  cleanups.push(() => p.close());
  return { platform: p, dir: dir.path };
}

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });

function rawRequest(url: string, path: string, headers: Record<string, string>, method = 'POST'): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path, method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end('{"count":0,"status":500}');
  });
}

describe('sign-in throttling', () => {
  it('makes an account wait after five wrong passwords, even for the right one, and the workstation says why', async () => {
    const { platform: p, dir } = await platform();
    for (let i = 0; i < 5; i++) expect((await login(p.url, EXPERT.email, `guess ${i}`)).status).toBe(401);
    const refused = await login(p.url, EXPERT.email, EXPERT.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const core = await startTestCore(`${dir}/workstation`, p.url);
    cleanups.push(() => core.close());
    expect(await core.tryCall('session.signIn', { email: EXPERT.email, password: EXPERT.password })).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS' },
    });
  });

  it('makes an address wait that guesses many accounts', async () => {
    const { platform: p } = await platform();
    for (let i = 0; i < 5; i++) expect((await login(p.url, `expert${i}@hopital.example`, 'guess')).status).toBe(401);
    expect((await login(p.url, 'someone.else@hopital.example', 'guess')).status).toBe(429);
  });
});

describe('scenario controls', () => {
  it('answer only a caller on this computer that names it, never a page of another site', async () => {
    const { platform: p } = await platform();
    const host = new URL(p.url).host;
    expect(await rawRequest(p.url, '/dev/faults/fail', { host })).toBe(200);
    expect(await rawRequest(p.url, '/dev/faults/fail', { host: 'rebound.attacker.example' })).toBe(403);
    expect(await rawRequest(p.url, '/dev/faults/fail', { host, origin: 'https://attacker.example' })).toBe(403);
  });

  it('do not exist without --dev-controls', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.remove());
    const p = await startPlatform({ dataDir: dir.path, devControls: false, accessTokenTtlSeconds: 900 });
    cleanups.push(() => p.close());
    expect(await rawRequest(p.url, '/dev/faults/fail', { host: new URL(p.url).host })).toBe(404);
  });
});

describe('the platform’s files', () => {
  it('keeps its database and the files it stores private to its user', async () => {
    const { platform: p, dir } = await platform();
    await p.dev('/dev/cases/SMO-2026-0101/attachments', {
      name: 'new.pdf',
      kind: 'pdf',
      mediaType: 'application/pdf',
      base64: Buffer.from('%PDF-1.4').toString('base64'),
    });
    const data = `${dir}/platform`;
    expect(statSync(data).mode & 0o077).toBe(0);
    for (const file of readdirSync(data).filter((f) => f.startsWith('platform.db'))) expect(statSync(join(data, file)).mode & 0o077, file).toBe(0);
    const uploads = join(data, 'patient-uploads');
    expect(statSync(uploads).mode & 0o077).toBe(0);
    const uploaded = readdirSync(uploads);
    expect(uploaded).toHaveLength(1);
    for (const name of uploaded) expect(statSync(join(uploads, name)).mode & 0o077, name).toBe(0);
  });

  it('answers a malformed %-escape in a path with 400', async () => {
    const { platform: p } = await platform();
    expect((await fetch(`${p.url}/api/v1/cases/%E0%A4%A`, { headers: { authorization: 'Bearer x' } })).status).toBe(401);
    const token = ((await (await login(p.url, EXPERT.email, EXPERT.password)).json()) as { accessToken: string }).accessToken;
    expect((await fetch(`${p.url}/api/v1/cases/%E0%A4%A`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(400);
  });
});
