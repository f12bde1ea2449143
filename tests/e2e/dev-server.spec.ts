// `npm run dev`: the preview with the renderer from Vite's dev server. The page is built from the
// sources on request, its updates arrive over the dev server's WebSocket, and it still speaks to a
// real core through the same bridge (the first-start screen asks core for its state). The relaxed
// policy is the dev server's alone: the built app's pages keep the strict one (shell.spec.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

let dev: ChildProcess | null = null;
let address = '';
let dataDir = '';

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'smo-dev-'));
  dev = spawn(process.execPath, ['--import', 'tsx', 'src-main/preview/cli.ts', '--dev', '--data-dir', join(dataDir, 'data')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  address = await new Promise<string>((resolve, reject) => {
    let out = '';
    dev?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Workstation preview: (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    dev?.on('exit', () => reject(new Error(`npm run dev stopped: ${out}`)));
  });
});

test.afterAll(() => {
  dev?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

test('npm run dev serves the renderer from the sources, with updates pushed to the page, over the same core', async ({ page }) => {
  const problems: string[] = [];
  const vite: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : m.text().startsWith('[vite]') && vite.push(m.text())));
  page.on('pageerror', (e) => problems.push(e.message));
  const index = await page.goto(address);
  expect(index?.headers()['content-security-policy']).toContain("'unsafe-inline'");
  // The first-start screen is core's answer: the bridge reached it.
  await expect(page.getByTestId('locale-switch')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => vite.some((line) => line.includes('connected'))).toBe(true);
  // Modules come from the sources, not from out/renderer.
  const sources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  expect(sources).toContain('/src/main.tsx');
  // pdf.js's runtime files are served from its package; nothing outside its three folders.
  const origin = new URL(address).origin;
  expect((await page.request.get(`${origin}/pdfjs/cmaps/UniJIS-UCS2-H.bcmap`)).status()).toBe(200);
  expect((await page.request.get(`${origin}/pdfjs/build/pdf.mjs`)).status()).toBe(404);
  await page.screenshot({ path: 'test-results/screens/dev-server-first-start.png' });
  expect(problems).toEqual([]);
});
