// A real core in this process (real encrypted cache, real sync engine) with its context exposed,
// so tests call it through the contract and can still look inside the cache.
import type { Clock, KeychainPort } from '../../src-main/core/ports';
import type { FreeDiskBytes } from '../../src-main/core/vault/vault';
import { createCoreContext } from '../../src-main/core/core';
import { buildHandlerTable } from '../../src-main/core/handlers';
import { createLogger } from '../../src-main/core/log/logger';
import { dispatch } from '../../src-main/core/rpc/registry';
import type { CoreConfigInput } from '../../src-main/core/config';
import { testCoreConfig } from './core-config';
import { withoutBackgroundOcr } from './preview-process';
import { TEST_PASSPHRASE, TEST_SCRYPT_COST, TEST_UNLOCK_SECRET } from './cache';

export interface RecordedEvent {
  event: string;
  payload: unknown;
}

/** `clock`: a fake clock for timer tests (default: the system's); `keychain`: set up with it (and the test unlock secret) instead of a passphrase; `stayLocked`: neither set up nor unlocked. */
export async function startTestCore(
  dataDir: string,
  platformUrl: string,
  overrides: Partial<CoreConfigInput> = {},
  clock?: Clock,
  ports: { keychain?: KeychainPort; freeDiskBytes?: FreeDiskBytes; stayLocked?: boolean } = {},
) {
  // As for the preview: the demo scans are read only when a test asks for a document.
  withoutBackgroundOcr(dataDir);
  const events: RecordedEvent[] = [];
  const logLines: string[] = [];
  const log = createLogger((line) => logLines.push(line));
  const ctx = createCoreContext(
    testCoreConfig(dataDir, {
      platformUrl,
      sync: { intervalMs: 60 * 60_000, retryBaseMs: 20, retryCapMs: 200, downloadConcurrency: 3 },
      ...overrides,
    }),
    {
      log,
      scryptCost: TEST_SCRYPT_COST,
      emit: (event, payload) => events.push({ event, payload }),
      ...(clock ? { clock } : {}),
      keychain: ports.keychain ?? null,
      ...(ports.freeDiskBytes ? { freeDiskBytes: ports.freeDiskBytes } : {}),
    },
  );
  const table = buildHandlerTable();
  const call = async <T = unknown>(method: string, input: unknown = {}): Promise<T> => {
    const result = await dispatch(table, ctx, log, method, input);
    if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), { code: result.error.code });
    return result.value as T;
  };
  const tryCall = (method: string, input: unknown = {}) => dispatch(table, ctx, log, method, input);
  const status = await ctx.cache.status();
  if (ports.stayLocked) {
    // The test unlocks it itself.
  } else if (status.state === 'uninitialized') {
    await call(
      'cache.setup',
      ports.keychain ? { protection: 'keychain', unlockSecret: TEST_UNLOCK_SECRET } : { protection: 'passphrase', passphrase: TEST_PASSPHRASE },
    );
  } else await call('cache.unlock', ports.keychain ? { unlockSecret: TEST_UNLOCK_SECRET } : { passphrase: TEST_PASSPHRASE });
  return {
    ctx,
    call,
    tryCall,
    events,
    logLines,
    db: () => ctx.cache.database(),
    async close() {
      if (ctx.cache.state === 'unlocked') ctx.timer.stop('closed');
      await ctx.sync.stop();
      await ctx.cache.lock();
    },
  };
}
