// The platform's address, as a new installation learns it: checked before any password is typed
// (a platform, nothing, something else, not https), chosen on the first start and kept across
// restarts, used by sign-in and sync, and changed only while nobody is signed in here. The demo
// sign-in is offered on the demo platform only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EXPERT, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { makeTempDir } from '../support/temp-dir';
import { startPathPrefixProxy } from '../support/path-prefix-proxy';
import type { AppInfo, PlatformCheck, SessionStatus } from '../../contract';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp() {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const platform = await startTestPlatform(`${dir.path}/platform`);
  cleanups.push(() => platform.close());
  return { dir: dir.path, platform };
}

/** A loopback server that answers every request with `status` and `body`: a web server that is not a platform. */
async function otherServer(status: number, body: string): Promise<string> {
  const server = createServer((_req, res) => res.writeHead(status, { 'Content-Type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the platform address', () => {
  it('is checked before sign-in: a platform gives its name; nothing, another server or plain http say so', async () => {
    const { dir, platform } = await setUp();
    const core = await startTestCore(`${dir}/workstation`, platform.url, { platformUrl: null });
    cleanups.push(() => core.close());
    const check = (url: string) => core.call<PlatformCheck>('app.checkPlatform', { url });

    expect(await check(platform.url)).toEqual({ state: 'ok', name: 'SMO reference platform (demo data)' });
    expect(await check(await otherServer(200, '<html>Intranet</html>'))).toEqual({ state: 'not-a-platform' });
    expect(await check(await otherServer(404, 'Not found'))).toEqual({ state: 'not-a-platform' });
    const closed = await otherServer(200, '');
    await cleanups.pop()?.(); // closes it: nothing answers there now
    expect(await check(closed)).toEqual({ state: 'unreachable' });
    expect(await check('http://platform.example.org')).toEqual({ state: 'insecure' });
  });

  it('chosen on the first start, is kept across restarts, signs in and syncs; it changes only while nobody is signed in', async () => {
    const { dir, platform } = await setUp();
    const dataDir = `${dir}/workstation`;
    // An installed app starts with no address at all.
    const first = await startTestCore(dataDir, platform.url, { platformUrl: null });
    expect(await first.call<AppInfo>('app.info')).toMatchObject({ platformUrl: null, startPlatformUrl: null, startPlatformIsDemo: false });
    await expect(first.call('session.signIn', { email: EXPERT.email, password: EXPERT.password })).rejects.toMatchObject({ code: 'OFFLINE' });

    expect(await first.call<AppInfo>('app.setPlatform', { url: platform.url })).toMatchObject({ platformUrl: platform.url });
    expect(first.events.map((e) => e.event)).toEqual(expect.arrayContaining(['app.changed', 'session.changed']));
    await first.close();

    const again = await startTestCore(dataDir, platform.url, { platformUrl: null });
    cleanups.push(() => again.close());
    expect(await again.call<AppInfo>('app.info')).toMatchObject({ platformUrl: platform.url, startPlatformUrl: null });
    expect(await again.call<SessionStatus>('session.signIn', { email: EXPERT.email, password: EXPERT.password })).toMatchObject({
      signedIn: true,
      platformUrl: platform.url,
    });
    await again.call('sync.now');
    expect(((await again.call('cases.list')) as unknown[]).length).toBeGreaterThan(0);

    // The cases here belong to this platform: another address needs a sign-out first.
    const other = await otherServer(404, '');
    await expect(again.call('app.setPlatform', { url: other })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(again.call('app.setPlatform', { url: 'http://platform.example.org' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await again.call('session.signOut', { confirm: true });
    await again.call('cache.setup', { protection: 'passphrase', passphrase: 'une autre phrase de passe longue' });
    expect(await again.call<AppInfo>('app.setPlatform', { url: other })).toMatchObject({ platformUrl: other });
  });

  it('offers the demo sign-in on the demo platform only', async () => {
    const { dir, platform } = await setUp();
    const demoCredentials = { email: EXPERT.email, password: EXPERT.password };
    const core = await startTestCore(`${dir}/workstation`, platform.url, { demoPlatform: true });
    cleanups.push(() => core.close());
    expect(await core.call<AppInfo>('app.info')).toMatchObject({ platformUrl: platform.url, startPlatformUrl: platform.url, startPlatformIsDemo: true });
    // The account comes from the demo platform's discovery document, read once in the background.
    await vi.waitFor(async () => expect(await core.call<SessionStatus>('session.status')).toMatchObject({ demoCredentials }));

    const elsewhere = 'https://smo.example.org';
    expect(await core.call<AppInfo>('app.setPlatform', { url: elsewhere })).toMatchObject({ platformUrl: elsewhere, startPlatformUrl: platform.url });
    expect(await core.call<SessionStatus>('session.status')).toMatchObject({ platformUrl: elsewhere, demoCredentials: null });

    // Back to the address it was started with: the demo again (and nothing stored for it).
    expect(await core.call<AppInfo>('app.setPlatform', { url: platform.url })).toMatchObject({ platformUrl: platform.url });
    expect(core.ctx.settings.get().platformUrl).toBeNull();
    expect(await core.call<SessionStatus>('session.status')).toMatchObject({ demoCredentials });
  });

  it('keeps its own path: a platform served under /smo behind a gateway is checked, signed in to and synced there', async () => {
    const { dir, platform } = await setUp();
    const gateway = await startPathPrefixProxy(platform.url, '/smo');
    cleanups.push(() => gateway.close());
    const core = await startTestCore(`${dir}/workstation`, gateway.url);
    cleanups.push(() => core.close());
    expect(await core.call<PlatformCheck>('app.checkPlatform', { url: gateway.url })).toMatchObject({ state: 'ok' });
    // The address written with a trailing slash is the same platform.
    expect(await core.call<PlatformCheck>('app.checkPlatform', { url: `${gateway.url}/` })).toMatchObject({ state: 'ok' });
    await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
    await core.call('sync.now');
    const cases = await core.call<{ reference: string }[]>('cases.list');
    expect(cases.map((c) => c.reference)).toContain('SMO-2026-0101');
    // The documents came through the gateway too.
    const available = core.db().prepare("SELECT count(*) AS n FROM attachments WHERE download_state = 'available'").get() as { n: number };
    expect(available.n).toBeGreaterThan(0);
    // Every request went under /smo: none was sent to the gateway's root.
    expect(gateway.asked.length).toBeGreaterThan(3);
    expect(gateway.asked.filter((path) => !path.startsWith('/smo/'))).toEqual([]);
  });
});
