// The DICOM viewer in Chromium on the demo CT (220 slices, 512×512, 16-bit): the first image
// painted after opening the series (images from the vault through the content route), cold (the
// viewer's code, worker and codecs loading as the case opens) and warm (opened again), against
// cornerstone painting the same slice's pixels from memory in a bare page (`first_image_ratio`);
// the frame time while scrolling the whole stack in one viewport (first pass, with prefetch racing;
// second pass, cached), and in the CT's hanging protocol (beside last year's CT, linked) until both
// viewports have drawn (`linked_scroll_*`); per transfer syntax, the decode time for one 512×512 slice in the app's decoding worker
// against the legacy WADO loader's worker on the same file in the same browser (`decode_ratio_*`,
// target ≤ 1.1), and the time from opening that file to its pixels shown (ratio against the
// uncompressed file in the same run); and, in Node, the header indexing time per file.
import type { Page } from '@playwright/test';
import { startSyncedPreview } from './synced-preview';
import { ctSeries } from '../platform/demo/phantoms';
import { readDicomHeader } from '../src-main/core/imaging/dicom-header';
import type { Benchmark } from './run';
import { median, percentile, trimmedMean } from './stats';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import dicomParser from 'dicom-parser';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNTAXES, syntaxFixture } from '../tests/support/syntax-fixtures';
import { legacyDecodeMs } from './legacy-decode';

const SYNTAX_CASE = 'SMO-2026-0105';
/** "JPEG-LS lossless" → "jpeg_ls_lossless", for the figures' names. */
const key = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '_');
const DECODE_RUNS = 5;
/** Decodes per syntax and loader: enough for a trimmed mean finer than the legacy loader's whole milliseconds. */
const CODEC_RUNS = 9;

/** Opens the document named `name`: the time until its pixels are decoded and shown, and the codec's part of it. */
const openDocument = (name: string) => `(async () => {
  const label = [...document.querySelectorAll('[data-testid="document-list"] .document-list__name')].find((n) => n.textContent.trim() === ${JSON.stringify(name)});
  const button = label.closest('button');
  const start = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector('[data-testid="dicom-viewer"][data-pixel-min]') ? resolve() : requestAnimationFrame(check));
    check();
  });
  const elapsed = performance.now() - start;
  const decodeMs = Number(document.querySelector('[data-testid="dicom-viewer"]').dataset.decodeMs);
  document.querySelector('.tabs__close').click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector('[data-testid="document-list"]') ? resolve() : requestAnimationFrame(check));
    check();
  });
  return { elapsed, decodeMs };
})()`;

/**
 * The floor for the first image: cornerstone alone, in a page with nothing else, painting a
 * 512×512 16-bit slice whose pixels are already in memory (no file, no parsing, no worker).
 */
async function barePaintMs(page: Page, slice: Buffer): Promise<number> {
  const dataSet = dicomParser.parseDicom(new Uint8Array(slice));
  const pixels = dataSet.elements.x7fe00010;
  const rows = dataSet.uint16('x00280010') ?? 0;
  const columns = dataSet.uint16('x00280011') ?? 0;
  const signed = dataSet.uint16('x00280103') === 1;
  const raw = slice.subarray(pixels?.dataOffset ?? 0, (pixels?.dataOffset ?? 0) + rows * columns * 2);
  await page.setContent('<div id="viewport" style="width:1024px;height:800px"></div>');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('cornerstone-core/dist/cornerstone.min.js') });
  const times: number[] = [];
  for (let run = 0; run < DECODE_RUNS; run++) {
    times.push(
      (await page.evaluate(
        `(async () => {
          const bytes = Uint8Array.from(atob(${JSON.stringify(raw.toString('base64'))}), (c) => c.charCodeAt(0));
          const pixels = ${signed ? 'new Int16Array(bytes.buffer)' : 'new Uint16Array(bytes.buffer)'};
          let min = Infinity, max = -Infinity;
          for (const v of pixels) { if (v < min) min = v; if (v > max) max = v; }
          const image = { imageId: 'bare:' + ${run}, minPixelValue: min, maxPixelValue: max, slope: 1, intercept: 0, windowCenter: 40, windowWidth: 400,
            getPixelData: () => pixels, rows: ${rows}, columns: ${columns}, height: ${rows}, width: ${columns}, color: false, columnPixelSpacing: 1, rowPixelSpacing: 1,
            sizeInBytes: pixels.byteLength };
          const element = document.getElementById('viewport');
          const start = performance.now();
          cornerstone.enable(element);
          const rendered = new Promise((resolve) => element.addEventListener('cornerstoneimagerendered', resolve, { once: true }));
          cornerstone.displayImage(element, image);
          await rendered;
          await new Promise((r) => requestAnimationFrame(r));
          const elapsed = performance.now() - start;
          cornerstone.disable(element);
          return elapsed;
        })()`,
      )) as number,
    );
  }
  return median(times);
}

// In-page code is passed as text: the TypeScript loader would add helpers that do not exist there.
const OPEN_SERIES = `(async () => {
  const button = [...document.querySelectorAll('[data-testid="document-list"] button')].find((b) => b.textContent.includes('CT thorax-abdomen'));
  const start = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector('[data-testid="dicom-viewer"][data-pixel-min]') ? resolve() : requestAnimationFrame(check));
    check();
  });
  await new Promise((r) => requestAnimationFrame(r));
  const viewer = document.querySelector('[data-testid="dicom-viewer"]');
  return { elapsed: performance.now() - start, decodeMs: Number(viewer.dataset.decodeMs), loadMs: Number(viewer.dataset.loadMs) };
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

// Each step of the linked pair: from the wheel on this year's CT to the last of the two viewports
// drawn (last year's changes image every fourth step, its 5 mm slices spanning four of 1.25 mm);
// and the same in display frames: from the frame the wheel came in to the frame that drew both
// (document.timeline's time is the frame's own, vsync-aligned; one frame is the best a display can do).
const SCROLL_LINKED = `(async () => {
  const [viewport, follower] = document.querySelectorAll('[data-testid="dicom-viewport"]');
  const count = Number(viewport.dataset.count);
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const times = [];
  const frameTimes = [];
  for (let target = 2; target <= count; target++) {
    let followerAt = null;
    let followerFrame = null;
    const onFollower = () => {
      followerAt = performance.now();
      followerFrame = document.timeline.currentTime;
    };
    follower.addEventListener('cornerstoneimagerendered', onFollower);
    const before = follower.dataset.index;
    let activeFrame = null;
    const rendered = new Promise((resolve) =>
      viewport.addEventListener('cornerstoneimagerendered', () => {
        activeFrame = document.timeline.currentTime;
        resolve(performance.now());
      }, { once: true }),
    );
    const start = performance.now();
    const startFrame = document.timeline.currentTime;
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
    let end = await rendered;
    let endFrame = activeFrame;
    // The follower moves in the commit after the active viewport's: give it two frames to start.
    await frame();
    await frame();
    if (follower.dataset.index !== before) {
      while (followerAt === null) await frame();
      end = Math.max(end, followerAt);
      endFrame = Math.max(endFrame, followerFrame);
    }
    follower.removeEventListener('cornerstoneimagerendered', onFollower);
    times.push(end - start);
    frameTimes.push(endFrame - startFrame);
  }
  for (let i = 1; i < count; i++) viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true }));
  return { times, frameTimes };
})()`;

// The display's frame interval in this browser (the median of 120 frames): the unit of the frame figures.
const FRAME_INTERVAL = `(async () => {
  const stamps = [];
  await new Promise((resolve) => {
    const tick = (t) => (stamps.push(t) < 121 ? requestAnimationFrame(tick) : resolve());
    requestAnimationFrame(tick);
  });
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  return gaps[gaps.length >> 1];
})()`;

// MPR of the CT whose slices are decoded and cached: from the button to the three planes shown.
const BUILD_MPR = `(async () => {
  const button = document.querySelector('[data-testid="dicom-mpr"]');
  const start = performance.now();
  button.click();
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const done = () => document.querySelector('[data-testid="mpr"][data-ready="true"]') && [...document.querySelectorAll('[data-testid^="mpr-"] [data-testid="mpr-vertical"]')].length === 3;
  while (!done()) await frame();
  return performance.now() - start;
})()`;

// Moving the crosshair across the axial plane, one drag step per frame: from the pointer move to
// the coronal and sagittal planes cut and drawn again; and the same in display frames, as above.
const MOVE_CROSSHAIR = `(async () => {
  const axial = document.querySelector('[data-testid="mpr-axial"]');
  const panes = ['mpr-coronal', 'mpr-sagittal'].map((id) => document.querySelector('[data-testid="' + id + '"]'));
  const box = axial.getBoundingClientRect();
  const times = [];
  const frameTimes = [];
  const at = (i) => ({ clientX: box.left + box.width * (0.3 + i * 0.004), clientY: box.top + box.height * (0.35 + i * 0.003), bubbles: true, pointerId: 1, button: 0, buttons: 1 });
  axial.dispatchEvent(new PointerEvent('pointerdown', at(0)));
  for (let i = 1; i <= 60; i++) {
    const drawn = panes.map((pane) => new Promise((resolve) => pane.addEventListener('cornerstoneimagerendered', () => resolve([performance.now(), document.timeline.currentTime]), { once: true })));
    const start = performance.now();
    const startFrame = document.timeline.currentTime;
    axial.dispatchEvent(new PointerEvent('pointermove', at(i)));
    const ends = await Promise.all(drawn);
    times.push(Math.max(...ends.map((e) => e[0])) - start);
    frameTimes.push(Math.max(...ends.map((e) => e[1])) - startFrame);
  }
  axial.dispatchEvent(new PointerEvent('pointerup', at(60)));
  return { times, frameTimes };
})()`;

/** What a stepping measure returns: each step's time to its last drawing, and vsync to vsync. */
type Steps = { times: number[]; frameTimes: number[] };

/** Opens "More" when the toolbar has folded the control there. */
async function showControl(page: Page, testId: string) {
  if (!(await page.getByTestId(testId).first().isVisible())) await page.getByTestId('toolbar-more').click();
}

/** Chooses a layout of the viewer. */
async function chooseLayout(page: Page, layout: '1x1' | '1x2') {
  await showControl(page, `layout-${layout}`);
  await page.getByTestId(`layout-${layout}`).first().click();
  await until(page, `document.querySelectorAll('[data-testid="dicom-viewport"]').length === ${layout === '1x1' ? 1 : 2}`);
}

/**
 * Waits until an expression is true in the page. Not waitForFunction: with a string, its polling
 * evaluates code inside the page, which the app's Content Security Policy (no unsafe-eval) refuses.
 */
async function until(page: Page, expression: string): Promise<void> {
  for (let tries = 0; !(await page.evaluate(expression)); tries++) {
    if (tries > 3000) throw new Error(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(20);
  }
}

async function waitForIndex(page: Page, n: number) {
  await until(page, `document.querySelector('[data-testid="dicom-viewer"]')?.dataset.index === '${n}'`);
}

export const benchmark: Benchmark = {
  description:
    'DICOM: first image painted (and against a bare cornerstone page), stack scrolling frame times (first pass and cached), linked scrolling beside the prior, MPR build and crosshair, codec decode and open time per transfer syntax, header indexing per file',
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
      // The CT opens beside last year's (its hanging protocol): the first image is this year's.
      const firstImage = (await page.evaluate(OPEN_SERIES)) as { elapsed: number; decodeMs: number; loadMs: number };
      // Scrolling one viewport, as before the comparison: the figures stay comparable from run to run.
      await chooseLayout(page, '1x1');
      const firstPass = (await page.evaluate(SCROLL_ALL)) as number[];
      await waitForIndex(page, 1);
      const cached = (await page.evaluate(SCROLL_ALL)) as number[];
      // Then the pair, linked: a first pass (last year's slices not yet decoded) and a cached one.
      await chooseLayout(page, '1x2');
      await until(page, `document.querySelectorAll('[data-testid="viewport-link"]').length === 2`);
      const frameInterval = (await page.evaluate(FRAME_INTERVAL)) as number;
      /** Each step in whole display frames (the frames' timestamps are rounded to 0.1 ms). */
      const framesOf = (times: number[]) => times.map((ms) => Math.round(ms / frameInterval));
      const linkedFirstPass = ((await page.evaluate(SCROLL_LINKED)) as Steps).times;
      await waitForIndex(page, 1);
      const { times: linkedCached, frameTimes: linkedFrames } = (await page.evaluate(SCROLL_LINKED)) as Steps;
      // MPR of this year's CT (its slices decoded and cached by the passes above), against decoding
      // them (the first pass's sum is their fetch, decode and draw); the volume's memory against the
      // series' pixels.
      await chooseLayout(page, '1x1');
      await showControl(page, 'dicom-mpr');
      const mprBuildMs = (await page.evaluate(BUILD_MPR)) as number;
      const { times: crosshair, frameTimes: crosshairFrames } = (await page.evaluate(MOVE_CROSSHAIR)) as Steps;
      const seriesPixelBytes = 220 * 512 * 512 * 2;
      await showControl(page, 'dicom-mpr');
      await page.getByTestId('dicom-mpr').first().click();
      // Opened again, once the viewer's code, its worker and codecs are loaded (as for an expert
      // who has opened any image since starting): what the first image costs without the cold start.
      const warm: number[] = [];
      for (let run = 0; run < DECODE_RUNS; run++) {
        await page.locator('.tabs__close').click();
        await page.getByTestId('document-list').waitFor();
        await page.waitForTimeout(300);
        warm.push(((await page.evaluate(OPEN_SERIES)) as { elapsed: number }).elapsed);
      }

      // The syntax files arrive after the measures above, so that their sync does not disturb them.
      const fixtures = mkdtempSync(join(tmpdir(), 'smo-bench-syntaxes-'));
      const slice = files[110]?.bytes ?? Buffer.alloc(0);
      const syntaxFiles: Record<string, Buffer> = {};
      for (const [i, syntax] of SYNTAXES.entries()) {
        const { file } = await syntaxFixture(slice, syntax, i, fixtures);
        syntaxFiles[syntax.label] = file;
        await fetch(`${preview.platformUrl}/dev/cases/${SYNTAX_CASE}/attachments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: `TS ${syntax.label}.dcm`, kind: 'dicom', mediaType: 'application/dicom', base64: file.toString('base64') }),
        });
      }
      rmSync(fixtures, { recursive: true, force: true });
      for (;;) {
        const status = (await preview.rpc('sync.now')) as { downloads: { pending: number } };
        if (status.downloads.pending === 0) break;
      }
      await page.evaluate(`window.location.hash = ${JSON.stringify(`#/case/${await preview.caseId(SYNTAX_CASE)}`)}`);
      await page.getByTestId('document-list').getByText('TS explicit little endian.dcm').waitFor();
      const decode: Record<string, number> = {};
      const open: Record<string, number> = {};
      for (const syntax of SYNTAXES) {
        const runs: { elapsed: number; decodeMs: number }[] = [];
        for (let run = 0; run < CODEC_RUNS; run++)
          runs.push((await page.evaluate(openDocument(`TS ${syntax.label}.dcm`))) as { elapsed: number; decodeMs: number });
        decode[syntax.label] = trimmedMean(runs.map((r) => r.decodeMs));
        open[syntax.label] = median(runs.map((r) => r.elapsed));
      }
      const baseline = open['explicit little endian'] ?? Number.NaN;
      const browser = page.context().browser();
      const bare = await browser?.newPage({ viewport: { width: 1440, height: 900 } });
      const bareMs = bare ? await barePaintMs(bare, slice) : Number.NaN;
      await bare?.close();
      // The same files through the loader the viewer used before, in the same browser (NaN: it cannot).
      const legacy = browser ? await legacyDecodeMs(browser, syntaxFiles, CODEC_RUNS) : {};
      return {
        slices: files.length,
        first_image_ms: firstImage.elapsed,
        first_image_bare_ms: bareMs,
        first_image_ratio: firstImage.elapsed / bareMs,
        first_image_warm_ms: median(warm),
        scroll_p95_ms_uncached: percentile(firstPass, 95),
        scroll_median_ms_uncached: median(firstPass),
        scroll_p95_ms_cached: percentile(cached, 95),
        scroll_median_ms_cached: median(cached),
        linked_scroll_p95_ms_uncached: percentile(linkedFirstPass, 95),
        linked_scroll_p95_ms_cached: percentile(linkedCached, 95),
        linked_scroll_median_ms_cached: median(linkedCached),
        // Vsync to vsync: the frame the wheel came in to the frame showing both viewports; in frames
        // of this display (1: drawn in the very next frame, never a frame missed).
        display_frame_ms: frameInterval,
        linked_scroll_frame_ms_p95_cached: percentile(linkedFrames, 95),
        linked_scroll_frames_p95_cached: percentile(framesOf(linkedFrames), 95),
        mpr_build_ms: mprBuildMs,
        mpr_build_ratio_to_first_pass: mprBuildMs / firstPass.reduce((a, b) => a + b, 0),
        mpr_crosshair_p95_ms: percentile(crosshair, 95),
        mpr_crosshair_median_ms: median(crosshair),
        mpr_crosshair_frame_ms_p95: percentile(crosshairFrames, 95),
        mpr_crosshair_frames_p95: percentile(framesOf(crosshairFrames), 95),
        // The worker's volume holds the stored values once: as many bytes as the series' pixels.
        mpr_volume_mib: seriesPixelBytes / 2 ** 20,
        parse_ms_per_file: median(parse),
        // The first image's time split: the worker fetching and parsing its file, decoding it, and the rest (page, scheduling, paint).
        first_image_load_ms: firstImage.loadMs,
        first_image_decode_ms: firstImage.decodeMs,
        ...Object.fromEntries(
          Object.entries(decode).flatMap(([label, ms]) => [
            [`decode_ms_${key(label)}`, ms],
            [`legacy_decode_ms_${key(label)}`, legacy[label] ?? Number.NaN],
            // The legacy loader times in whole milliseconds: below 1 ms on average there is no ratio to take.
            [`decode_ratio_${key(label)}`, (legacy[label] ?? 0) >= 1 ? ms / (legacy[label] ?? Number.NaN) : Number.NaN],
          ]),
        ),
        ...Object.fromEntries(
          Object.entries(open).flatMap(([label, ms]) => [
            [`open_ms_${key(label)}`, ms],
            [`open_ratio_${key(label)}`, ms / baseline],
          ]),
        ),
      };
    } finally {
      await preview.close();
    }
  },
};
