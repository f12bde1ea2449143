// A real CaseCache in a temp directory for tests, with cheap passphrase hashing.
import { CaseCache } from '../../src-main/core/cache/case-cache';
import { silentLogger } from '../../src-main/core/log/logger';
import { systemClock, type Clock, type KeychainPort } from '../../src-main/core/ports';

export const TEST_SCRYPT_COST = { N: 2 ** 10, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'correct horse battery staple';
/** The local unlock secret of a keychain-protected test cache. */
export const TEST_UNLOCK_SECRET = '482915';

export function testCache(dataDir: string, options: { keychain?: KeychainPort; clock?: Clock } = {}): CaseCache {
  return new CaseCache({
    dataDir,
    keychain: options.keychain ?? null,
    clock: options.clock ?? systemClock,
    log: silentLogger,
    nativeBinding: null,
    scryptCost: TEST_SCRYPT_COST,
  });
}
