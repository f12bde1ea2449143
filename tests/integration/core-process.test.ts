// Core in its own process: started by a host over a message channel, failing cleanly when it
// dies (no hung call), and refusing a bad configuration at start instead of half-starting.
import { afterEach, describe, expect, it } from 'vitest';
import { forkCore } from '../../src-main/host/fork-core';
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
    await expect(forkCore({ ...testCoreConfig(tempDir()), platformUrl: 'not a url' }, () => {})).rejects.toThrow(
      /could not start/,
    );
  });

  it('writes no patient-looking data and no message text to its log when a call fails', async () => {
    const lines: string[] = [];
    const core = await forkCore(testCoreConfig(tempDir()), (l) => lines.push(l));
    await core.connection.call('app.setLocale', { locale: 'Jeanne Dupont' });
    core.connection.shutdown();
    await core.exited;
    expect(lines.join('')).not.toContain('Dupont');
  });
});
