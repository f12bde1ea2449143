// The DICOM viewer in Chromium on the demo CT (220 slices, 512×512, 16-bit): the first image
// painted after opening the series (images from the vault through the content route), the frame
// time while scrolling the whole stack (first pass, with prefetch racing; second pass, cached),
// and, in Node, the header indexing time per file with dicom-parser.
import type { Page } from '@playwright/test';
import { startSyncedPreview } from './synced-preview';
import { ctSeries } from '../platform/demo/phantoms';
import { readDicomHeader } from '../src-main/core/imaging/dicom-header';
import type { Benchmark } from './run';
import { median, percentile } from './stats';

// In-page code is passed as text: the TypeScript loader would add helpers that do not exist there.
const OPEN_SERIES = `(async () => {
  const button = [...document.querySelectorAll('[data-testid="document-list"] button')].find((b) => b.textContent.includes('CT thorax-abdomen'));
  const start = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector('[data-testid="dicom-viewer"][data-pixel-sum]') ? resolve() : requestAnimationFrame(check));
    check();
  });
  await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - start;
})()`;

// Each step: from the wheel event to cornerstone's "image rendered" event for the next image.
const SCROLL_ALL = `(async () => {
  const viewer = document.querySelector('[data-testid="dicom-viewer"]');
  const viewport = document.querySelector('[data-testid="dicom-viewport"]');
  const count = Number(viewer.dataset.count);
  const times = [];
  for (let target = 2; target <= count; target++) {
    const rendered = new Promise((resolve) => viewport.addEventListener('cornerstoneimagerendered', resolve, { once: true }));
    const start = performance.now();
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
    await rendered;
    times.push(performance.now() - start);
  }
  for (let i = 1; i < count; i++) viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true }));
  return times;
})()`;

async function waitForIndex(page: Page, n: number) {
  await page.waitForFunction(`document.querySelector('[data-testid="dicom-viewer"]')?.dataset.index === '${n}'`);
}

export const benchmark: Benchmark = {
  description: 'DICOM: first image painted, stack scrolling frame times (first pass and cached), header indexing per file',
  async run() {
    const files = ctSeries('bench', 220, { id: 'B', name: 'BENCH^PATIENT' });
    const parse: number[] = [];
    for (const f of files) {
      const start = performance.now();
      readDicomHeader(f.bytes.subarray(0, 512 * 1024));
      parse.push(performance.now() - start);
    }

    const preview = await startSyncedPreview();
    try {
      const { page } = preview;
      const caseId = await preview.caseId('SMO-2026-0106');
      await page.evaluate(`window.location.hash = ${JSON.stringify(`#/case/${caseId}`)}`);
      await page.getByTestId('document-list').waitFor();
      const firstImageMs = (await page.evaluate(OPEN_SERIES)) as number;
      const firstPass = (await page.evaluate(SCROLL_ALL)) as number[];
      await waitForIndex(page, 1);
      const cached = (await page.evaluate(SCROLL_ALL)) as number[];
      return {
        slices: files.length,
        first_image_ms: firstImageMs,
        scroll_p95_ms_uncached: percentile(firstPass, 95),
        scroll_median_ms_uncached: median(firstPass),
        scroll_p95_ms_cached: percentile(cached, 95),
        scroll_median_ms_cached: median(cached),
        parse_ms_per_file: median(parse),
      };
    } finally {
      await preview.close();
    }
  },
};
