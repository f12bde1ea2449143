// Starts core as a Node child process (browser preview, tests, benchmarks). The Electron shell
// uses a utility process instead (`shell/core-host.ts`); both speak the same protocol.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connectCore, type ProcessConnection } from './core-connection';
import type { CoreConfigInput } from '../core/config';

const coreEntry = fileURLToPath(new URL('../core/process/main.ts', import.meta.url));

export interface ForkedCore {
  readonly connection: ProcessConnection;
  readonly pid: number | undefined;
  /** Resolves with the exit code when the process has exited. */
  readonly exited: Promise<number | null>;
}

export async function forkCore(config: CoreConfigInput, onLog: (text: string) => void = (text) => process.stderr.write(text)): Promise<ForkedCore> {
  const child = fork(coreEntry, [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (d: Buffer) => onLog(d.toString()));
  child.stderr?.on('data', (d: Buffer) => onLog(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const { connection, ready } = connectCore({ post: (m) => child.connected && child.send(m), onMessage: (l) => child.on('message', l) }, config);
  void exited.then(() => connection.markExited());
  await ready;
  return { connection, pid: child.pid, exited };
}
