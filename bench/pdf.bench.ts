// PDF first-page time in Chromium: from the click on a document to its first page painted, with the
// bytes coming from the encrypted vault through the content route by range requests, against
// pdf.js rendering the same bytes from memory in the same page at the same scale (the baseline).
// Documents: a 20-page text PDF and a 4-page 300-dpi scanned PDF from the demo platform, and a
// 500-page PDF: its first page against bare pdf.js, find over its 500 pages (to the one match on
// the last), and the renderer's memory (JS heap, page canvases alive) after scrolling through it
// all against after its first page.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startSyncedPreview } from './synced-preview';
import type { Benchmark } from './run';
import { median } from './stats';
import { LAST_PAGE_WORD, longPdf } from '../tests/support/long-pdf';

const RUNS = 7;
/** Where the benchmark is, on stderr: a step that never ends is named. */
const step = (name: string) => process.stderr.write(`pdf bench: ${name}\n`);
const pdfjsBuild = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');

async function appFirstPage(page: Page, caseId: string, name: string, runs = RUNS): Promise<{ ms: number[]; scale: number }> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/case/${caseId}`)}`);
  await page.getByTestId('document-list').waitFor();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    ms.push((await page.evaluate(clickAndWaitForPaint(name))) as number);
    const zoom = await page.getByTestId('pdf-zoom').textContent();
    if (i === runs - 1) {
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
    // The same address the app uses (with the preview's access token).
    const bytes = await (await fetch(window.workstation.contentUrl(${JSON.stringify(documentId)}))).arrayBuffer();
    const out = [];
    for (let i = 0; i < ${runs}; i++) {
      const canvas = document.createElement('canvas');
      const start = performance.now();
      const doc = await pdfjs.getDocument({ data: bytes.slice(0), isEvalSupported: false, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true,
        standardFontDataUrl: '/pdfjs/standard_fonts/', wasmUrl: '/pdfjs/wasm/' }).promise;
      const first = await doc.getPage(1);
      // The canvas the viewer draws: its zoom is in CSS pixels (100 % is 96/72 of a point), times the screen's pixel ratio.
      const viewport = first.getViewport({ scale: ${scale} * (96 / 72) * window.devicePixelRatio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await first.render({ canvas, viewport }).promise;
      out.push(performance.now() - start);
      await doc.destroy();
    }
    return out;
  })()`;
}

/** Find over the open document: from the query typed to its count shown ("1 of 1"), polled every 10 ms. */
async function findAll(page: Page, word: string): Promise<number> {
  const start = performance.now();
  await page.getByTestId('pdf-find').fill(word);
  while (!/\b1 of 1\b/.test((await page.getByTestId('pdf-find-count').textContent()) ?? '')) await page.waitForTimeout(10);
  return performance.now() - start;
}

/** Scrolls the pages from top to bottom, a screen at a time, each step drawn before the next. */
const SCROLL_THROUGH = `(async () => {
  const box = document.querySelector('.pdf-pages');
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let steps = 0;
  // Bounded, and stopped where the box cannot scroll further (a hidden pane has no height).
  while (steps < 3000 && box.clientHeight > 0 && box.scrollTop + box.clientHeight < box.scrollHeight - 2) {
    const before = box.scrollTop;
    box.scrollTop += box.clientHeight;
    await frame();
    await new Promise((r) => setTimeout(r, 30));
    steps++;
    if (box.scrollTop === before) break;
  }
  await new Promise((r) => setTimeout(r, 1000));
  return steps;
})()`;

const CANVASES = `document.querySelectorAll('.pdfViewer .page canvas').length + document.querySelectorAll('[data-testid="pdf-thumbnail"][data-drawn="true"]').length`;

export const benchmark: Benchmark = {
  description:
    'first PDF page painted from the vault vs pdf.js from memory in the same page (20-page text, 4-page 300-dpi scan, 500-page text); find over 500 pages; renderer memory after scrolling 500 pages vs after the first',
  async run() {
    const preview = await startSyncedPreview();
    try {
      const { page, rpc } = preview;
      const find = async (reference: string, name: string) => {
        const caseId = await preview.caseId(reference);
        const detail = (await rpc('cases.get', { caseId })) as { documents: { id: string; name: string }[] };
        const documentId = detail.documents.find((d) => d.name === name)?.id;
        if (!documentId) throw new Error(`No document ${name} in ${reference}: ${detail.documents.map((d) => d.name).join(', ')}`);
        return { caseId, documentId, name };
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
      // The scan's first opening has core read it (OCR, after the first paint); the openings
      // measured are those after, once it is read, as the expert reopens it.
      step('scan: first opening, then read');
      const appScannedFirst = await appFirstPage(page, scanned.caseId, scanned.name, 1);
      for (let i = 0; i < 600; i++) {
        const read = (await rpc('documents.recognisedText', { caseId: scanned.caseId, attachmentId: scanned.documentId })) as { state: string };
        if (read.state === 'done' || read.state === 'failed') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const appScanned = await appFirstPage(page, scanned.caseId, scanned.name);
      const bareText = await bareFirstPage(page, text.documentId, appText.scale);
      const bareScanned = await bareFirstPage(page, scanned.documentId, appScanned.scale);

      // The 500-page document, uploaded by the patient and synced.
      await fetch(`${preview.platformUrl}/dev/cases/SMO-2026-0108/attachments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Dossier de séjour.pdf', kind: 'pdf', mediaType: 'application/pdf', base64: (await longPdf(500)).toString('base64') }),
      });
      for (;;) {
        const status = (await rpc('sync.now')) as { downloads: { pending: number } };
        if (status.downloads.pending === 0) break;
      }
      const long = await find('SMO-2026-0108', 'Dossier de séjour.pdf');
      step('500 pages: first page in the app');
      const appLong = await appFirstPage(page, long.caseId, long.name);
      step('500 pages: bare pdf.js');
      const bareLong = await bareFirstPage(page, long.documentId, appLong.scale);
      // Open it again, then: memory after its first page, find, scroll through, memory again.
      step('500 pages: opened again');
      await page.evaluate(clickAndWaitForPaint(long.name));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
      };
      const heapFirst = await heap();
      const canvasesFirst = (await page.evaluate(CANVASES)) as number;
      // Scrolled through first (find then jumps to the last page, where the scroll would end).
      step('500 pages: scrolling through');
      const steps = (await page.evaluate(SCROLL_THROUGH)) as number;
      const heapAfter = await heap();
      const canvasesAfter = (await page.evaluate(CANVASES)) as number;
      step('500 pages: find');
      const findMs = await findAll(page, LAST_PAGE_WORD);
      // The first opening also loads the viewer's code and starts pdf.js: reported apart.
      const steady = (ms: number[]) => median(ms.slice(1));
      return {
        first_page_ms_text: steady(appText.ms),
        first_page_ms_scanned: steady(appScanned.ms),
        first_page_ms_scanned_first_opening: appScannedFirst.ms[0] ?? Number.NaN,
        first_page_ms_text_cold: appText.ms[0] ?? Number.NaN,
        bare_first_page_ms_text: steady(bareText),
        bare_first_page_ms_scanned: steady(bareScanned),
        first_page_ratio_text: steady(appText.ms) / steady(bareText),
        first_page_ratio_scanned: steady(appScanned.ms) / steady(bareScanned),
        scale_text: appText.scale,
        first_page_ms_500_pages: steady(appLong.ms),
        bare_first_page_ms_500_pages: steady(bareLong),
        first_page_ratio_500_pages: steady(appLong.ms) / steady(bareLong),
        find_ms_500_pages: findMs,
        scroll_steps_500_pages: steps,
        heap_mib_after_first_page: heapFirst,
        heap_mib_after_scrolling_500_pages: heapAfter,
        heap_ratio_after_scrolling: heapAfter / heapFirst,
        canvases_after_first_page: canvasesFirst,
        canvases_after_scrolling_500_pages: canvasesAfter,
      };
    } finally {
      await preview.close();
    }
  },
};
