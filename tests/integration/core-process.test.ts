// Core in its own process: started by a host over a message channel, failing cleanly when it
// dies (no hung call), and refusing a bad configuration at start instead of half-starting.
import { afterEach, describe, expect, it } from 'vitest';
import { forkCore, type ForkedCore } from '../../src-main/host/fork-core';
import { superviseCore } from '../../src-main/host/core-supervisor';
import { TEST_PASSPHRASE } from '../support/cache';
import { makeTempDir } from '../support/temp-dir';
import { testCoreConfig } from '../support/core-config';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function tempDir() {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir.path;
}

describe('core process', () => {
  it('answers calls from its host', async () => {
    const core = await forkCore(testCoreConfig(tempDir()), () => {});
    expect(await core.connection.call('app.info', {})).toMatchObject({ ok: true, value: { runtime: 'test' } });
    core.connection.shutdown();
    expect(await core.exited).toBe(0);
  });

  it('turns a crashed core into CORE_UNAVAILABLE for every later call, without hanging', async () => {
    const core = await forkCore(testCoreConfig(tempDir()), () => {});
    process.kill(core.pid!, 'SIGKILL');
    await core.exited;
    expect(await core.connection.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'CORE_UNAVAILABLE' } });
  });

  it('refuses to start with an invalid configuration', async () => {
    await expect(forkCore({ ...testCoreConfig(tempDir()), platformUrl: 'not a url' }, () => {})).rejects.toThrow(/could not start/);
  });

  it('writes no patient-looking data and no message text to its log when a call fails', async () => {
    const lines: string[] = [];
    const core = await forkCore(testCoreConfig(tempDir()), (l) => lines.push(l));
    await core.connection.call('app.updateSettings', { locale: 'Jeanne Dupont' });
    core.connection.shutdown();
    await core.exited;
    expect(lines.join('')).not.toContain('Dupont');
  });

  it('answers a call nested thousands deep with INVALID_INPUT, before it reaches core, and keeps answering', async () => {
    const core = await forkCore(testCoreConfig(tempDir()), () => {});
    let deep: unknown = 'fr';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(await core.connection.call('app.updateSettings', { locale: deep })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('nested') },
    });
    expect(await core.connection.content({ type: 'content-info', ref: 'r'.repeat(5000) })).toMatchObject({ ok: false, code: 'CONTENT_NOT_FOUND' });
    expect(await core.connection.call('app.info', {})).toMatchObject({ ok: true });
    core.connection.shutdown();
    await core.exited;
  });
});

describe('a supervised core', () => {
  it('is started again when it dies, locked with the reason, and the host tells the page', async () => {
    const started: ForkedCore[] = [];
    const dataDir = tempDir();
    const core = await superviseCore(testCoreConfig(dataDir), {
      start: async (config) => {
        const forked = await forkCore(config, () => {});
        started.push(forked);
        return forked;
      },
    });
    const events: { event: string; payload: unknown }[] = [];
    core.onEvent((event, payload) => events.push({ event, payload }));
    expect(await core.call('cache.setup', { protection: 'passphrase', passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    process.kill(started[0]?.pid ?? 0, 'SIGKILL');
    await started[0]?.exited;
    // A call made while the new core starts waits for it instead of failing.
    expect(await core.call('cache.status', {})).toMatchObject({ ok: true, value: { state: 'locked', lockReason: 'core-restarted' } });
    expect(started).toHaveLength(2);
    await expect
      .poll(() => events.some((e) => e.event === 'cache.changed' && (e.payload as { lockReason: string }).lockReason === 'core-restarted'))
      .toBe(true);
    expect(await core.call('cache.unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    core.shutdown();
    await started[1]?.exited;
  });

  it('stops restarting a core that keeps dying, and says so on every call', async () => {
    const started: ForkedCore[] = [];
    const core = await superviseCore(testCoreConfig(tempDir()), {
      start: async (config) => {
        const forked = await forkCore(config, () => {});
        started.push(forked);
        return forked;
      },
      maxCrashes: 1,
    });
    for (let i = 0; i < 2; i++) {
      await core.call('app.info', {});
      process.kill(started[i]?.pid ?? 0, 'SIGKILL');
      await started[i]?.exited;
    }
    await expect.poll(async () => (await core.call('app.info', {})).ok === false).toBe(true);
    expect(await core.call('app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'CORE_UNAVAILABLE', message: expect.stringContaining('keeps stopping') },
    });
  });
});
