// Playwright fixtures: each test gets its own browser preview (the real `preview:web` server and
// core process) on a free port with a fresh data directory, so no test sees another's state.
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PreviewProcess {
  url: string;
  /** The built-in demo platform's address (with dev controls), when the preview started one. */
  platformUrl: string | null;
  dataDir: string;
  child: ChildProcess;
}

/** Demo files are generated once and shared by every test (the CT alone is ~115 MB). */
export const SHARED_DEMO_ASSETS = join(tmpdir(), 'smo-e2e-demo-assets');

export async function startPreviewProcess(dataDir: string, extraArgs: string[] = []): Promise<PreviewProcess> {
  const args = ['--data-dir', dataDir, '--demo-assets', SHARED_DEMO_ASSETS, '--platform-dev-controls', ...extraArgs];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/preview/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
  });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  let platformUrl: string | null = null;
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      platformUrl ??= /Demo platform: (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] ?? null;
      const match = /Workstation preview: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${errors}`)));
  });
  return { url, platformUrl, dataDir, child };
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

/** Opens the preview and gets past the unlock screen (set-up on first run) and the demo sign-in. */
export async function openUnlocked(page: import('@playwright/test').Page, preview: PreviewProcess): Promise<void> {
  await page.goto(preview.url);
  await expect(page.getByTestId('unlock-screen').or(page.getByTestId('nav-inbox'))).toBeVisible({ timeout: 30_000 });
  if (await page.getByTestId('unlock-screen').isVisible()) {
    await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
    if (await page.getByTestId('passphrase-confirm').isVisible()) {
      await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
    }
    await page.getByTestId('unlock-submit').click();
  }
  await expect(page.getByTestId('sign-in').or(page.getByTestId('nav-inbox'))).toBeVisible();
  if (await page.getByTestId('sign-in').isVisible()) await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('nav-inbox')).toBeVisible();
}

/** Calls a dev control of the preview's demo platform. */
export async function platformControl(preview: PreviewProcess, path: string, body: unknown = {}): Promise<unknown> {
  if (!preview.platformUrl) throw new Error('This preview has no demo platform');
  const response = await fetch(`${preview.platformUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** What the demo platform has recorded for a case (status, submissions). */
export async function platformCase(preview: PreviewProcess, reference: string): Promise<{ status: string; submissions: { kind: string }[] }> {
  return (await fetch(`${preview.platformUrl}/dev/cases/${reference}`)).json() as Promise<{ status: string; submissions: { kind: string }[] }>;
}
