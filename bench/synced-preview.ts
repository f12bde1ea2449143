// For the browser benchmarks: a browser preview (with its demo platform) whose cache is set up,
// signed in and fully synced, and a Chromium page on it — ready to open a case.
import { signInThroughProvider } from '../tests/support/provider-browser';
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../tests/e2e/chromium';
import { startPreviewProcess, stopPreviewProcess } from '../tests/support/preview-process';

export interface SyncedPreview {
  page: Page;
  rpc(method: string, input?: unknown): Promise<unknown>;
  caseId(reference: string): Promise<string>;
  /** The demo platform's address (its dev controls are on). */
  platformUrl: string | null;
  close(): Promise<void>;
}

export async function startSyncedPreview(): Promise<SyncedPreview> {
  const dir = mkdtempSync(join(tmpdir(), 'smo-bench-browser-'));
  const preview = await startPreviewProcess(join(dir, 'data'));
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close();
    await stopPreviewProcess(preview);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const origin = new URL(preview.url).origin;
    const authorization = `Bearer ${new URL(preview.url).searchParams.get('token')}`;
    const rpc = async (method: string, input: unknown = {}) => {
      const response = await fetch(`${origin}/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    await rpc('cache.setup', { protection: 'passphrase', passphrase: 'benchmark passphrase' });
    await signInThroughProvider(rpc);
    for (;;) {
      const status = (await rpc('sync.now')) as { downloads: { pending: number } };
      if (status.downloads.pending === 0) break;
    }
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(preview.url);
    await page.getByTestId('nav-inbox').waitFor();
    const caseId = async (reference: string) =>
      ((await rpc('cases.list')) as { id: string; reference: string }[]).find((c) => c.reference === reference)?.id ?? '';
    return { page, rpc, caseId, close, platformUrl: preview.platformUrl };
  } catch (error) {
    await close();
    throw error;
  }
}
