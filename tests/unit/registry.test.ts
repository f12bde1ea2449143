// The handler table and dispatcher: duplicate names fail at start-up, and every failure crosses
// the boundary as data with a contract error code and without patient data in its message.
import { afterAll, describe, expect, it } from 'vitest';
import { CoreError } from '../../src-main/core/rpc/core-error';
import { assertComplete, dispatch, mergeHandlerTables, type HandlerTable } from '../../src-main/core/rpc/registry';
import { createLogger } from '../../src-main/core/log/logger';
import { buildHandlerTable } from '../../src-main/core/handlers';
import { METHOD_NAMES, methods, type CallRules, type MethodName } from '../../contract';
import type { CoreContext } from '../../src-main/core/context';
import { createCoreContext } from '../../src-main/core/core';
import { makeTempDir } from '../support/temp-dir';
import { testCoreConfig } from '../support/core-config';

const info = {
  version: '1',
  dataDir: '/d',
  platformUrl: null,
  startPlatformUrl: null,
  startPlatformIsDemo: false,
  connectivity: 'unknown',
  locale: 'en',
  runtime: 'test',
  imageCacheMiB: 1024,
  idleThresholdSeconds: 300,
  autoLockMinutes: 10,
  offlineTtlDays: 30,
  retentionDays: 7,
  updateFeedUrl: null,
  shortcuts: {},
  backgroundOcr: true,
} as const;

const dataDir = makeTempDir();
afterAll(() => dataDir.remove());
function testContext(): CoreContext {
  return createCoreContext(testCoreConfig(dataDir.path), { log: createLogger(() => {}), emit: () => {} });
}

function withHandlers(overrides: HandlerTable) {
  return assertComplete({ ...buildHandlerTable(), ...overrides });
}

describe('handler tables', () => {
  it('refuses a call declared by two domains, naming both', () => {
    const a: HandlerTable = { 'app.info': () => info };
    const b: HandlerTable = { 'app.info': () => info };
    expect(() => mergeHandlerTables({ first: a, second: b })).toThrow(/app\.info.*first.*second/);
  });

  it('refuses a table that leaves a contract call without handler', () => {
    expect(() => assertComplete({ 'app.info': () => info })).toThrow(/No handler for: app\.updateSettings/);
  });
});

describe('dispatch', () => {
  const log = createLogger(() => {});

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const result = await dispatch(buildHandlerTable(), testContext(), log, 'cases.delete', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_METHOD' }) });
  });

  it('answers invalid input with INVALID_INPUT naming the field but never echoing its value', async () => {
    const secret = 'Mme Jeanne Dupont, née le 1962-03-04';
    const result = await dispatch(buildHandlerTable(), testContext(), log, 'app.updateSettings', { locale: secret });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('locale');
    expect(result.error.message).not.toContain('Dupont');
  });

  it('refuses unexpected extra fields (strict inputs)', async () => {
    const result = await dispatch(buildHandlerTable(), testContext(), log, 'app.info', { sneaky: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('passes a CoreError code and message through', async () => {
    const table = withHandlers({
      'app.info': () => {
        throw new CoreError('CACHE_LOCKED', 'The cache is locked.');
      },
    });
    expect(await dispatch(table, testContext(), log, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'CACHE_LOCKED', message: 'The cache is locked.' },
    });
  });

  it('turns an unexpected exception into INTERNAL and logs no message text', async () => {
    const lines: string[] = [];
    const table = withHandlers({
      'app.info': () => {
        throw new TypeError('cannot read questionnaire of Jeanne Dupont');
      },
    });
    const result = await dispatch(
      table,
      testContext(),
      createLogger((l) => lines.push(l)),
      'app.info',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(lines.join('\n')).toContain('TypeError');
    expect(lines.join('\n')).not.toContain('Dupont');
  });

  it('refuses to send an answer that does not match the contract', async () => {
    // Deliberately outside the contract's types, as a buggy handler would be.
    const table = withHandlers({ 'app.info': () => ({ ...info, locale: 'de' }) as never });
    expect(await dispatch(table, testContext(), log, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it.each(METHOD_NAMES)('refuses malformed payloads for %s with INVALID_INPUT', async (method) => {
    for (const input of ['text', 42, null, [], { unexpected: true }, { locale: 3, passphrase: 7, confirm: 'yes' }]) {
      const result = await dispatch(buildHandlerTable(), testContext(), log, method, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('answers a valid call with its value', async () => {
    const result = await dispatch(buildHandlerTable(), testContext(), log, 'app.updateSettings', { locale: 'fr' });
    expect(result).toMatchObject({ ok: true, value: { locale: 'fr' } });
  });
});

describe('the calls’ rules, declared in the contract', () => {
  const rules = (name: MethodName): CallRules => {
    const spec = methods[name];
    return 'rules' in spec ? spec.rules : {};
  };
  const domainsWith = (rule: keyof CallRules) => new Set(METHOD_NAMES.filter((name) => rules(name)[rule]).map((name) => name.split('.')[0]));

  it('keep the cases shut past the offline limit and while locked: only settings, the lock, the sign-in, sync and presence stay open', () => {
    expect(domainsWith('pastOfflineLimit')).toEqual(new Set(['app', 'cache', 'session', 'sync']));
    expect(domainsWith('whileLocked')).toEqual(new Set(['app', 'cache', 'timer']));
    expect(METHOD_NAMES.filter((name) => rules(name).whileLocked && name.startsWith('timer.'))).toEqual(['timer.state', 'timer.signal']);
  });
});
