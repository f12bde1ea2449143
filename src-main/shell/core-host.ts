// Runs core in an Electron utility process, so a slow query or a crashing parser never freezes or
// kills the window; the shell only relays messages.
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import { connectCore, type CoreConnection } from '../host/core-connection';
import type { CoreConfigInput } from '../core/config';
import { safeStorageKeychain } from './keychain';

export async function startCoreHost(config: CoreConfigInput): Promise<CoreConnection> {
  const child = utilityProcess.fork(join(import.meta.dirname, 'core.js'), [], {
    serviceName: 'SMO Workstation core',
    stdio: 'inherit',
  });
  const { connection, ready } = connectCore(
    { post: (m) => child.postMessage(m), onMessage: (l) => child.on('message', l) },
    config,
    { keychain: safeStorageKeychain },
  );
  child.on('exit', () => connection.markExited());
  await ready;
  return connection;
}
