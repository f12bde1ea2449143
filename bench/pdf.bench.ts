// PDF first-page time in Chromium: from the click on a document to its first page painted, with the
// bytes coming from the encrypted vault through the content route by range requests, against
// pdf.js rendering the same bytes from memory in the same page at the same scale (the baseline).
// Documents: a 20-page text PDF and a 4-page 300-dpi scanned PDF from the demo platform.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startSyncedPreview } from './synced-preview';
import type { Benchmark } from './run';
import { median } from './stats';

const RUNS = 7;
const pdfjsBuild = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');

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
    const preview = await startSyncedPreview();
    try {
      const { page, rpc } = preview;
      const find = async (reference: string, name: string) => {
        const caseId = await preview.caseId(reference);
        const detail = (await rpc('cases.get', { caseId })) as { documents: { id: string; name: string }[] };
        return { caseId, documentId: detail.documents.find((d) => d.name === name)?.id ?? '', name };
      };
      const text = await find('SMO-2026-0108', 'Tumour board record.pdf');
      const scanned = await find('SMO-2026-0102', 'Courrier de consultation (scanné).pdf');

      await page.route('**/__bench/*', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: readFileSync(join(pdfjsBuild, new URL(route.request().url()).pathname.replace('/__bench/', ''))),
        }),
      );
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
      await preview.close();
    }
  },
};
