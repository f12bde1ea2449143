// What the toolbar drives while MPR is shown: the window presets reach its planes; the stack's
// view controls (zoom, flips, cine…) have no stack to act on, and do nothing.
import type { ViewportHandle } from '../viewport-api';

const nothing = () => {};

export function mprViewportHandle(preset: (n: number) => void): ViewportHandle {
  return {
    go: nothing,
    show: nothing,
    goTo: nothing,
    setVoi: nothing,
    zoomTo: nothing,
    zoomBy: nothing,
    fit: nothing,
    actualSize: nothing,
    rotate: nothing,
    flip: nothing,
    toggleInvert: nothing,
    reset: nothing,
    preset,
    toggleCine: nothing,
    setFps: nothing,
    fileWindow: nothing,
    // A plane of the volume is not one of the series' images: it is not a key image.
    capture: () => Promise.resolve(null),
  };
}
