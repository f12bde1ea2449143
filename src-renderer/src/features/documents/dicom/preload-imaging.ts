// The DICOM viewer's code (cornerstone, the loader, the viewer) is a chunk of its own, and its
// decoding worker takes a moment to start. Both are readied ahead of the first series opened:
// when the workstation is idle after unlocking, and again when a case with imaging is shown, so
// that opening a series costs its image, not the viewer's start-up.
import { preloadable } from '../../../ui/preloadable';

export const dicomDocument = preloadable(() => import('./DicomDocument').then((m) => m.DicomDocument));

let started: Promise<unknown> | null = null;

/** Loads the viewer's code and starts its decoding worker, once; a failure shows when a document opens. */
export function preloadImaging(): Promise<unknown> {
  started ??= Promise.all([dicomDocument.preload(), import('./cornerstone-setup').then((m) => m.setUpCornerstone())]).catch(() => {
    started = null; // tried again next time
  });
  return started;
}

/** As `preloadImaging`, when the page has nothing else to do (or within two seconds). */
export function preloadImagingWhenIdle(): () => void {
  const handle = requestIdleCallback(() => void preloadImaging(), { timeout: 2000 });
  return () => cancelIdleCallback(handle);
}
