// Runs core in an Electron utility process, so a slow query or a crashing parser never freezes or
// kills the window; the shell only relays messages.
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import { connectCore, type CoreConnection } from '../host/core-connection';
import { superviseCore, type StartedCore } from '../host/core-supervisor';
import type { CoreConfigInput } from '../core/config';
import { safeStorageKeychain } from './keychain';

export function startCoreHost(config: CoreConfigInput): Promise<CoreConnection> {
  // A core that dies is started again, locked, and the window is told why (see core-supervisor).
  return superviseCore(config, {
    start: startUtilityCore,
    onRestart: (attempt) => console.error(`The workstation core stopped unexpectedly; starting it again (${attempt}).`),
  });
}

async function startUtilityCore(config: CoreConfigInput): Promise<StartedCore> {
  const child = utilityProcess.fork(join(import.meta.dirname, 'core.js'), [], {
    serviceName: 'SMO Workstation core',
    stdio: 'inherit',
  });
  const { connection, ready } = connectCore({ post: (m) => child.postMessage(m), onMessage: (l) => child.on('message', l) }, config, {
    keychain: safeStorageKeychain,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  void exited.then(() => connection.markExited());
  await ready;
  return { connection, exited };
}
