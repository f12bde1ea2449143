// A 1,000-slice series opens and scrolls end to end without running out of memory: the decoded
// image cache stays within its setting (images past it are evicted), and the page's heap stays
// bounded. The image memory is set to its smallest choice so that eviction really happens.
import { test, expect, openUnlocked, platformControl, openCase, openImaging } from './fixtures';

const SLICES = 1000;
const SIZE = 512; // 512 KiB decoded per slice: 500 MiB in all, twice the 256 MiB setting

test('a 1,000-slice series scrolls end to end within its image memory', async ({ page, preview }) => {
  test.setTimeout(300_000);
  await platformControl(preview, '/dev/cases/SMO-2026-0105/long-series', { slices: SLICES, size: SIZE });
  await openUnlocked(page, preview);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-image-cache').selectOption('256');
  await page.getByTestId('nav-inbox').click();
  await openCase(page, 'SMO-2026-0105', 'offered');
  await openImaging(page, 'Long series', 240_000);
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-count', String(SLICES));
  await expect(viewer).toHaveAttribute('data-pixel-sum', /\d+/);

  // Every slice, one after the other, each waited for until drawn.
  const peak = await page.evaluate(async () => {
    const viewport = document.querySelector('[data-testid="dicom-viewport"]') as HTMLElement;
    const viewer = document.querySelector('[data-testid="dicom-viewer"]') as HTMLElement;
    let peakCache = 0;
    let peakHeap = 0;
    for (let i = 1; i < Number(viewer.dataset.count); i++) {
      const rendered = new Promise((resolve) => viewport.addEventListener('cornerstoneimagerendered', resolve, { once: true }));
      viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
      await rendered;
      peakCache = Math.max(peakCache, Number(viewer.dataset.imageCacheBytes ?? 0));
      // Chromium's non-standard performance.memory.
      const memory: { usedJSHeapSize?: number } = Reflect.get(performance, 'memory') ?? {};
      peakHeap = Math.max(peakHeap, memory.usedJSHeapSize ?? 0);
    }
    return { peakCache, peakHeap };
  });
  await expect(page.getByTestId('dicom-image-number')).toHaveText(`Im: ${SLICES}/${SLICES}`);
  const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
  test.info().annotations.push({ type: 'peak', description: `image cache ${mib(peak.peakCache)}, JS heap ${mib(peak.peakHeap)}` });
  // The cache filled to its bound and stayed there: eviction happened, nothing grew past it.
  expect(peak.peakCache).toBeLessThanOrEqual(256 * 1024 * 1024);
  expect(peak.peakCache).toBeGreaterThan(200 * 1024 * 1024);
  expect(peak.peakHeap).toBeLessThan(1024 * 1024 * 1024);
});
