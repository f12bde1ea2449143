// The usual start of an integration test: a temp directory, the reference platform in it, a core
// on a fresh encrypted cache, signed in as the demo expert and synced once. Everything started is
// registered in `cleanups`, to be stopped in reverse order after the test.
import { makeTempDir } from './temp-dir';
import { EXPERT, startTestPlatform } from './platform';
import { startTestCore } from './test-core';
import type { CoreConfigInput } from '../../src-main/core/config';
import type { Clock } from '../../src-main/core/ports';
import type { FreeDiskBytes } from '../../src-main/core/vault/vault';
import type { SigningOptions } from '../../platform/signatures/signature-trust';

export type Cleanups = (() => Promise<void> | void)[];

export async function signedInWorkstation(
  cleanups: Cleanups,
  options: { clock?: Clock; config?: Partial<CoreConfigInput>; freeDiskBytes?: FreeDiskBytes; signing?: SigningOptions } = {},
) {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const platform = await startTestPlatform(`${dir.path}/platform`, options.signing ? { signing: options.signing } : {});
  cleanups.push(() => platform.close());
  const dataDir = `${dir.path}/workstation`;
  const core = await startTestCore(
    dataDir,
    platform.url,
    options.config ?? {},
    options.clock,
    options.freeDiskBytes ? { freeDiskBytes: options.freeDiskBytes } : {},
  );
  cleanups.push(() => core.close());
  await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
  await core.call('sync.now');
  return { platform, core, dir: dir.path, dataDir };
}
