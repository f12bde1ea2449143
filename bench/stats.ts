// Small statistics helpers for benchmarks.
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

/**
 * The mean without the lowest and highest sample: finer than the median for timers that count
 * whole milliseconds (the legacy loader's), and free of one cold start or one stall.
 */
export function trimmedMean(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b).slice(1, -1);
  return sorted.length > 0 ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN;
}

/** Runs `fn` `count` times sequentially and returns each duration in milliseconds. */
export async function timeEach(count: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

/**
 * The longest time this thread went without running a timer due every millisecond: an event-loop
 * stall. Unlike perf_hooks' histogram, it also counts a stall that lasts until `stop` is called.
 */
export function stallProbe(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}
