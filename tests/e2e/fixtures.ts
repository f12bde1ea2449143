// Playwright fixtures: each test file gets its own browser preview (the real `preview:web`
// server and core process) on a free port with a fresh data directory.
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PreviewProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
}

export async function startPreviewProcess(dataDir: string, extraArgs: string[] = []): Promise<PreviewProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/preview/cli.ts', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
  });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Workstation preview: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${errors}`)));
  });
  return { url, dataDir, child };
}

export async function stopPreviewProcess(preview: PreviewProcess): Promise<void> {
  if (preview.child.exitCode !== null) return;
  const exited = new Promise((resolve) => preview.child.once('exit', resolve));
  preview.child.kill('SIGTERM');
  await exited;
}

export const test = base.extend<object, { preview: PreviewProcess }>({
  preview: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'smo-e2e-'));
      const preview = await startPreviewProcess(dataDir);
      await use(preview);
      await stopPreviewProcess(preview);
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect };
