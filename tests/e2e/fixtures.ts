// Playwright fixtures: each test gets its own browser preview (the real `preview:web` server and
// core process) on a free port with a fresh data directory, so no test sees another's state.
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

export const test = base.extend<{ preview: PreviewProcess }>({
  preview: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'smo-e2e-'));
      const preview = await startPreviewProcess(dataDir);
      await use(preview);
      await stopPreviewProcess(preview);
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
});

export { expect };

export const E2E_PASSPHRASE = 'plateau tibial lune verte';

/** Opens the preview and gets past the unlock screen as the expert would (set-up on first run). */
export async function openUnlocked(page: import('@playwright/test').Page, preview: PreviewProcess): Promise<void> {
  await page.goto(preview.url);
  await expect(page.getByTestId('unlock-screen').or(page.getByTestId('nav-inbox'))).toBeVisible();
  if (await page.getByTestId('unlock-screen').isVisible()) {
    await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
    if (await page.getByTestId('passphrase-confirm').isVisible()) {
      await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
    }
    await page.getByTestId('unlock-submit').click();
  }
  await expect(page.getByTestId('nav-inbox')).toBeVisible();
}
