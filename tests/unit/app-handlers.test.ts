// The app.* calls on a real core in a temp directory: language from the OS until the expert picks
// one, the choice persisted across restarts and announced to the renderer.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../support/cache';
import { silentLogger } from '../../src-main/core/log/logger';
import { makeTempDir } from '../support/temp-dir';
import { testCoreConfig } from '../support/core-config';

const dirs: { path: string; remove(): void }[] = [];
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  dirs.splice(0).forEach((d) => d.remove());
});

function newDataDir(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir.path;
}

function startCore(systemLocale: string, dataDir?: string) {
  const dir = dataDir ?? newDataDir();
  const events: [string, unknown][] = [];
  const core = createCore(testCoreConfig(dir, { systemLocale }), {
    log: silentLogger,
    scryptCost: TEST_SCRYPT_COST,
    emit: (e, p) => events.push([e, p]),
  });
  return { core, events, dir };
}

/** A core whose cases are open: settings change only then. */
async function startUnlocked(systemLocale: string, dataDir?: string) {
  const started = startCore(systemLocale, dataDir);
  const status = await started.core.call('cache.status', {});
  const open =
    status.ok && (status.value as { state: string }).state === 'uninitialized'
      ? await started.core.call('cache.setup', { protection: 'passphrase', passphrase: TEST_PASSPHRASE })
      : await started.core.call('cache.unlock', { passphrase: TEST_PASSPHRASE });
  expect(open.ok).toBe(true);
  started.events.splice(0);
  cores.push(started.core);
  return started;
}

describe('app.info and app.updateSettings', () => {
  it('follows the operating system language until the expert chooses', async () => {
    expect(await startCore('fr_FR.UTF-8').core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'fr' } });
    expect(await startCore('de-DE').core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'en' } });
  });

  it('keeps the chosen language across a restart and tells the renderer', async () => {
    const first = startCore('en-US');
    const result = await first.core.call('app.updateSettings', { locale: 'fr' });
    expect(result).toMatchObject({ ok: true, value: { locale: 'fr' } });
    expect(first.events).toEqual([['app.changed', expect.objectContaining({ locale: 'fr' })]]);

    const second = startCore('en-US', first.dir);
    expect(await second.core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'fr' } });
    expect(JSON.parse(readFileSync(join(first.dir, 'settings.json'), 'utf8'))).toMatchObject({ locale: 'fr' });
  });

  it('changes only the settings given: one given as undefined keeps its value (found by the fuzz test)', async () => {
    const first = await startUnlocked('en');
    expect(await first.core.call('app.updateSettings', { imageCacheMiB: 2048 })).toMatchObject({ ok: true });
    const result = await first.core.call('app.updateSettings', { locale: 'fr', imageCacheMiB: undefined, retentionDays: undefined, backgroundOcr: undefined });
    expect(result).toMatchObject({ ok: true, value: { locale: 'fr', imageCacheMiB: 2048 } });
  });

  it('keeps the image cache size, within its bounds, across restarts', async () => {
    const first = await startUnlocked('en');
    expect(await first.core.call('app.info', {})).toMatchObject({ ok: true, value: { imageCacheMiB: 1024 } });
    expect(await first.core.call('app.updateSettings', { imageCacheMiB: 2048 })).toMatchObject({ ok: true, value: { imageCacheMiB: 2048 } });
    expect(await first.core.call('app.updateSettings', { imageCacheMiB: 64 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const second = await startUnlocked('en', first.dir);
    expect(await second.core.call('app.info', {})).toMatchObject({ ok: true, value: { imageCacheMiB: 2048 } });
  });

  it('keeps the protection settings within their bounds across restarts: auto-lock, offline limit, retention', async () => {
    const first = await startUnlocked('en');
    expect(await first.core.call('app.info', {})).toMatchObject({ ok: true, value: { autoLockMinutes: 10, offlineTtlDays: 30, retentionDays: 7 } });
    await first.core.call('app.updateSettings', { autoLockMinutes: 5 });
    await first.core.call('app.updateSettings', { offlineTtlDays: 14 });
    expect(await first.core.call('app.updateSettings', { retentionDays: 30 })).toMatchObject({ ok: true, value: { retentionDays: 30 } });
    for (const [method, input] of [
      ['app.updateSettings', { autoLockMinutes: 0 }],
      ['app.updateSettings', { offlineTtlDays: 365 }],
      ['app.updateSettings', { retentionDays: -1 }],
    ] as const) {
      expect(await first.core.call(method, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const second = await startUnlocked('en', first.dir);
    expect(await second.core.call('app.info', {})).toMatchObject({ ok: true, value: { autoLockMinutes: 5, offlineTtlDays: 14, retentionDays: 30 } });
  });

  it('keeps the expert’s keyboard shortcuts across restarts, and refuses a key doing two things, a digit or a capital', async () => {
    const first = await startUnlocked('fr');
    expect(await first.core.call('app.info', {})).toMatchObject({ ok: true, value: { shortcuts: {} } });
    expect(await first.core.call('app.updateSettings', { shortcuts: { invert: 'ù', toolLength: 'x' } })).toMatchObject({
      ok: true,
      value: { shortcuts: { invert: 'ù', toolLength: 'x' } },
    });
    for (const bindings of [{ invert: 'x', toolLength: 'x' }, { invert: '7' }, { invert: 'I' }, { invert: ' ' }, { invert: 'ab' }]) {
      expect(await first.core.call('app.updateSettings', { shortcuts: bindings })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await first.core.call('app.updateSettings', { shortcuts: { launchMissiles: 'q' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const second = await startUnlocked('en', first.dir);
    expect(await second.core.call('app.info', {})).toMatchObject({ ok: true, value: { shortcuts: { invert: 'ù', toolLength: 'x' } } });
    expect(await second.core.call('app.updateSettings', { shortcuts: {} })).toMatchObject({ ok: true, value: { shortcuts: {} } });
  });

  it('keeps updates off until an https feed is set, and off again when it is cleared', async () => {
    const { core } = await startUnlocked('en');
    expect(await core.call('app.info', {})).toMatchObject({ ok: true, value: { updateFeedUrl: null } });
    expect(await core.call('app.updateSettings', { updateFeedUrl: 'http://updates.smo.example/' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('https') },
    });
    expect(await core.call('app.updateSettings', { updateFeedUrl: 'https://updates.smo.example/stable/' })).toMatchObject({
      ok: true,
      value: { updateFeedUrl: 'https://updates.smo.example/stable/' },
    });
    expect(await core.call('app.updateSettings', { updateFeedUrl: null })).toMatchObject({ ok: true, value: { updateFeedUrl: null } });
  });

  it('starts with defaults when the preferences file is damaged', async () => {
    const { dir } = startCore('en-US');
    writeFileSync(join(dir, 'settings.json'), '{"locale": "fr"'); // torn write from an old crash
    const restarted = startCore('fr-CA', dir);
    expect(await restarted.core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'fr', runtime: 'test' } });
  });

  it('reports where data lives and which platform it talks to', async () => {
    const { core, dir } = startCore('en');
    expect(await core.call('app.info', {})).toMatchObject({
      ok: true,
      value: { dataDir: dir, platformUrl: null, connectivity: 'unknown', version: '0.0.0-test' },
    });
  });

  it('changes nothing while locked but the unlock screen’s language, and says why', async () => {
    const { dir } = await startUnlocked('en');
    const locked = startCore('en', dir); // as after a restart: locked
    const settingsFile = () => (existsSync(join(dir, 'settings.json')) ? readFileSync(join(dir, 'settings.json'), 'utf8') : null);
    const before = settingsFile();
    for (const [method, input] of [
      ['app.updateSettings', { updateFeedUrl: 'https://attacker.example/feed/' }],
      ['app.updateSettings', { autoLockMinutes: 120 }],
      ['app.updateSettings', { retentionDays: 90 }],
      ['app.updateSettings', { offlineTtlDays: 60 }],
      ['app.updateSettings', { imageCacheMiB: 2048 }],
      ['app.updateSettings', { idleThresholdSeconds: 900 }],
      ['app.setPlatform', { url: 'https://attacker.example/api/v1' }],
      ['cases.list', {}],
    ] as const) {
      expect(await locked.core.call(method, input), method).toMatchObject({ ok: false, error: { code: 'CACHE_LOCKED' } });
    }
    expect(settingsFile()).toBe(before);
    expect(await locked.core.call('app.updateSettings', { locale: 'fr' })).toMatchObject({ ok: true, value: { locale: 'fr' } });
    expect(await locked.core.call('cache.unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await locked.core.call('app.updateSettings', { autoLockMinutes: 120 })).toMatchObject({ ok: true, value: { autoLockMinutes: 120 } });
    await locked.core.close();
  });
});
