// Cine: plays a stack in a loop at a chosen frame rate (1–60 images per second). Frames are
// advanced on animation frames, so a slow decode delays the next image instead of piling up.
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

export const DEFAULT_FPS = 15;

export function useCine(count: number, setIndex: Dispatch<SetStateAction<number>>) {
  const [playing, setPlaying] = useState(false);
  const [fps, setFpsState] = useState(DEFAULT_FPS);
  useEffect(() => {
    if (!playing || count < 2) return;
    let last = performance.now();
    let handle = requestAnimationFrame(function tick(now) {
      if (now - last >= 1000 / fps) {
        last = now;
        setIndex((i) => (i + 1) % count);
      }
      handle = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(handle);
  }, [playing, fps, count, setIndex]);
  const toggle = useCallback(() => setPlaying((p) => !p), []);
  const setFps = useCallback((next: number) => setFpsState(Math.max(1, Math.min(60, Math.round(next)))), []);
  return { playing, fps, toggle, setFps };
}
