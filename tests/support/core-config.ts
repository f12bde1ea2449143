// A core configuration for tests, in a given data directory.
import type { CoreConfigInput } from '../../src-main/core/config';

export function testCoreConfig(dataDir: string, overrides: Partial<CoreConfigInput> = {}): CoreConfigInput {
  return {
    dataDir,
    platformUrl: null,
    runtime: 'test',
    systemLocale: 'en-GB',
    version: '0.0.0-test',
    sqliteBinding: null,
    keychain: false,
    ...overrides,
  };
}
