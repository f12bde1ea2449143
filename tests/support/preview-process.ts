// The browser preview as a separate process (`src-main/preview/cli.ts`), with the built-in demo
// platform and its dev controls; used by the end-to-end tests and the PDF benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

/**
 * Background reading of scans (OCR) off, unless a test is about it: it would read the demo cases'
 * scans beside every test (seconds of both cores each). A document opened is read all the same.
 */
export function withoutBackgroundOcr(dataDir: string): void {
  const settings = join(dataDir, 'settings.json');
  if (existsSync(settings)) return;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(settings, JSON.stringify({ backgroundOcr: false }));
}

/**
 * `detached`: in its own process group, so a test can kill it whole (server, core, demo platform) like a crash.
 * `backgroundOcr`: the scans of the demo cases are read as they arrive (off by default, see above).
 */
export async function startPreviewProcess(
  dataDir: string,
  extraArgs: string[] = [],
  options: { detached?: boolean; backgroundOcr?: boolean } = {},
): Promise<PreviewProcess> {
  if (!options.backgroundOcr) withoutBackgroundOcr(dataDir);
  const args = ['--data-dir', dataDir, '--demo-assets', SHARED_DEMO_ASSETS, '--platform-dev-controls', ...extraArgs];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/preview/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
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

/** Kills a detached preview and everything it started at once, as a crash or a power cut would. */
export async function crashPreviewProcess(preview: PreviewProcess): Promise<void> {
  if (preview.child.exitCode !== null || !preview.child.pid) return;
  const exited = new Promise((resolve) => preview.child.once('exit', resolve));
  process.kill(-preview.child.pid, 'SIGKILL');
  await exited;
}
