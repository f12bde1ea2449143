// The images a viewport shows come before thumbnails: on two cores, a series strip decoding its
// thumbnails beside the first image delays that image. Viewport loads are counted; thumbnails
// wait until none is in flight; and which neighbours of the image shown are fetched ahead.
let viewportLoads = 0;
let waiting: (() => void)[] = [];

/** Runs `then` after the next frame is painted (the frame's callbacks run before its paint; a task queued from one runs after it). */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** Loads an image a viewport is about to show, ahead of thumbnails. */
export async function loadForViewport<T>(load: () => Promise<T>): Promise<T> {
  viewportLoads++;
  try {
    return await load();
  } finally {
    // Thumbnails go once the viewport's image is painted, not merely loaded.
    afterPaint(() => {
      viewportLoads--;
      if (viewportLoads === 0) {
        const ready = waiting;
        waiting = [];
        ready.forEach((go) => go());
      }
    });
  }
}

/** A thumbnail never waits longer than this (a viewport image stuck on a slow disk). */
const MAX_WAIT_MS = 2000;

/**
 * Resolves once no viewport image is loading. Checked after the current task, so that viewports
 * rendered in the same commit as the thumbnails have started their loads.
 */
export function afterViewportImages(): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      if (viewportLoads === 0) return resolve();
      waiting.push(resolve);
      setTimeout(resolve, MAX_WAIT_MS);
    }, 0),
  );
}

/** Images fetched and decoded ahead of the one shown, in the direction of scrolling; and behind it. */
const PREFETCH_AHEAD = 12;
const PREFETCH_BEHIND = 2;
export const prefetchSteps = (direction: 1 | -1): number[] => [
  direction,
  -direction,
  ...Array.from({ length: PREFETCH_AHEAD - 1 }, (_, i) => (i + 2) * direction),
  ...Array.from({ length: PREFETCH_BEHIND - 1 }, (_, i) => -(i + 2) * direction),
];
