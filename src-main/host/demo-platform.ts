// Starts the built-in demo platform (platform/cli.ts) as a child process on a free loopback port,
// for `npm start` and `npm run preview:web` when no platform address is given.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const cli = fileURLToPath(new URL('../../platform/cli.ts', import.meta.url));

export interface DemoPlatform {
  url: string;
  child: ChildProcess;
  stop(): void;
}

export function startDemoPlatform(options: { dataDir: string; assetsDir?: string; devControls?: boolean }): Promise<DemoPlatform> {
  // The same port from one start to the next where it is free: the sessions its OpenID provider opened name its address.
  const args = ['--import', 'tsx', cli, '--data-dir', options.dataDir, '--port-file', join(options.dataDir, 'port')];
  if (options.assetsDir) args.push('--assets-dir', options.assetsDir);
  if (options.devControls) args.push('--dev-controls');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Platform: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`The demo platform stopped (${code}): ${errors.trim().split('\n').at(-1) ?? ''}`)));
  });
}
