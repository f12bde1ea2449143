// The images a viewport shows come before thumbnails, and the active viewport's before the others':
// on two cores, a series strip decoding its thumbnails, or last year's CT decoding beside this
// year's, delays the image the expert is looking at. Viewport loads are counted; thumbnails wait
// until none is in flight, other viewports until the active one's is painted; and which
// neighbours of the image shown are fetched ahead.
let viewportLoads = 0;
let activeLoads = 0;
let waiting: (() => void)[] = [];
let waitingForActive: (() => void)[] = [];

/** Runs `then` after the next frame is painted (the frame's callbacks run before its paint; a task queued from one runs after it). */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/**
 * Resolves once the active viewport's image is painted (at once when none is loading; never later
 * than MAX_WAIT_MS). Checked after the current task, so that an active viewport rendered in the
 * same commit, after this one, has started its load.
 */
function afterActiveImage(): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      if (activeLoads === 0) return resolve();
      waitingForActive.push(resolve);
      setTimeout(resolve, MAX_WAIT_MS);
    }, 0),
  );
}

/**
 * Loads an image a viewport is about to show, ahead of thumbnails. `active`: the expert's viewport;
 * another viewport's first image waits for the active one's to be painted (`waitForActive`), but
 * not its later ones: a linked viewport following a scroll must not lag a frame behind.
 */
export async function loadForViewport<T>(load: () => Promise<T>, active = true, waitForActive = !active): Promise<T> {
  if (waitForActive) await afterActiveImage();
  viewportLoads++;
  if (active) activeLoads++;
  try {
    return await load();
  } finally {
    // Thumbnails go once the viewport's image is painted, not merely loaded.
    afterPaint(() => {
      if (active && --activeLoads === 0) {
        const ready = waitingForActive;
        waitingForActive = [];
        ready.forEach((go) => go());
      }
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
