// The reference platform as a separate process (`npm run platform`), for tests that kill it.
import { spawn, type ChildProcess } from 'node:child_process';

export interface PlatformProcess {
  url: string;
  child: ChildProcess;
  kill(): Promise<void>;
}

export async function startPlatformProcess(args: string[]): Promise<PlatformProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'platform/cli.ts', '--dev-controls', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Platform: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`platform exited with ${code}: ${errors}`)));
  });
  return {
    url,
    child,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
