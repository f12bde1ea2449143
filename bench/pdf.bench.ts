// PDF first-page time in Chromium: from the click on a document to its first page painted, with the
// bytes coming from the encrypted vault through the content route by range requests, against
// pdf.js rendering the same bytes from memory in the same page at the same scale (the baseline).
// Documents: a 20-page text PDF and a 4-page 300-dpi scanned PDF from the demo platform.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../tests/e2e/chromium';
import { startPreviewProcess, stopPreviewProcess } from '../tests/support/preview-process';
import type { Benchmark } from './run';
import { median } from './stats';

const RUNS = 7;
const pdfjsBuild = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');

async function rpc(origin: string, cookie: string, method: string, input: unknown = {}) {
  const response = await fetch(`${origin}/rpc/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(input) });
  const result = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function appFirstPage(page: Page, caseId: string, name: string): Promise<{ ms: number[]; scale: number }> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/case/${caseId}`)}`);
  await page.getByTestId('document-list').waitFor();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ms.push((await page.evaluate(clickAndWaitForPaint(name))) as number);
    const zoom = await page.getByTestId('pdf-zoom').textContent();
    if (i === RUNS - 1) {
      await page.locator('.tabs__close').click();
      return { ms, scale: Number.parseInt(zoom ?? '100', 10) / 100 };
    }
    await page.locator('.tabs__close').click();
    await page.getByTestId('document-list').waitFor();
  }
  return { ms, scale: 1 };
}

async function bareFirstPage(page: Page, documentId: string, scale: number): Promise<number[]> {
  return (await page.evaluate(renderFromMemory(documentId, scale, RUNS))) as number[];
}

// In-page code is passed as text: the TypeScript loader would add helpers that do not exist there.
function clickAndWaitForPaint(name: string): string {
  return `(async () => {
    const button = [...document.querySelectorAll('[data-testid="document-list"] button')].find((b) => b.textContent.includes(${JSON.stringify(name)}));
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector('[data-page-number="1"][data-painted="true"]') ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  })()`;
}

function renderFromMemory(documentId: string, scale: number, runs: number): string {
  return `(async () => {
    const pdfjs = await import('/__bench/pdf.min.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = '/__bench/pdf.worker.min.mjs';
    const bytes = await (await fetch(${JSON.stringify(`/content/${documentId}`)})).arrayBuffer();
    const out = [];
    for (let i = 0; i < ${runs}; i++) {
      const canvas = document.createElement('canvas');
      const start = performance.now();
      const doc = await pdfjs.getDocument({ data: bytes.slice(0), isEvalSupported: false, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true,
        standardFontDataUrl: '/pdfjs/standard_fonts/', wasmUrl: '/pdfjs/wasm/' }).promise;
      const first = await doc.getPage(1);
      const viewport = first.getViewport({ scale: ${scale} });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await first.render({ canvas, viewport }).promise;
      out.push(performance.now() - start);
      await doc.destroy();
    }
    return out;
  })()`;
}

export const benchmark: Benchmark = {
  description: 'first PDF page painted from the vault vs pdf.js from memory in the same page (20-page text, 4-page 300-dpi scan)',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'smo-bench-pdf-'));
    const preview = await startPreviewProcess(join(dir, 'data'));
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
    try {
      const origin = new URL(preview.url).origin;
      const cookie = (await fetch(preview.url)).headers.get('set-cookie')?.split(';')[0] ?? '';
      await rpc(origin, cookie, 'cache.setup', { protection: 'passphrase', passphrase: 'benchmark passphrase' });
      await rpc(origin, cookie, 'session.signIn', { email: 'expert@demo.smo-platform.test', password: 'demo-expert-2026' });
      for (;;) {
        const status = (await rpc(origin, cookie, 'sync.now')) as { downloads: { pending: number } };
        if (status.downloads.pending === 0) break;
      }
      const cases = (await rpc(origin, cookie, 'cases.list')) as { id: string; reference: string }[];
      const find = async (reference: string, name: string) => {
        const caseId = cases.find((c) => c.reference === reference)?.id ?? '';
        const detail = (await rpc(origin, cookie, 'cases.get', { caseId })) as { documents: { id: string; name: string }[] };
        return { caseId, documentId: detail.documents.find((d) => d.name === name)?.id ?? '', name };
      };
      const text = await find('SMO-2026-0108', 'Tumour board record.pdf');
      const scanned = await find('SMO-2026-0102', 'Courrier de consultation (scanné).pdf');

      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.route('**/__bench/*', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(pdfjsBuild, new URL(route.request().url()).pathname.replace('/__bench/', ''))) }),
      );
      await page.goto(preview.url);
      await page.getByTestId('nav-inbox').waitFor();
      const appText = await appFirstPage(page, text.caseId, text.name);
      const appScanned = await appFirstPage(page, scanned.caseId, scanned.name);
      const bareText = await bareFirstPage(page, text.documentId, appText.scale);
      const bareScanned = await bareFirstPage(page, scanned.documentId, appScanned.scale);
      // The first opening also loads the viewer's code and starts pdf.js: reported apart.
      const steady = (ms: number[]) => median(ms.slice(1));
      return {
        first_page_ms_text: steady(appText.ms),
        first_page_ms_scanned: steady(appScanned.ms),
        first_page_ms_text_cold: appText.ms[0] ?? Number.NaN,
        bare_first_page_ms_text: steady(bareText),
        bare_first_page_ms_scanned: steady(bareScanned),
        first_page_ratio_text: steady(appText.ms) / steady(bareText),
        first_page_ratio_scanned: steady(appScanned.ms) / steady(bareScanned),
        scale_text: appText.scale,
      };
    } finally {
      await browser.close();
      await stopPreviewProcess(preview);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
