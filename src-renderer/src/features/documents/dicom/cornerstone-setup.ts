// cornerstone-core with the WADO-URI loader, set up once: images come from the content route
// ("wadouri:" + the document URL), decoded in web workers whose codecs ship with the build.
import cornerstone from 'cornerstone-core';
// The loader's "dynamic-import" build: its decoding worker is a file of the app (assets/), so its
// codecs find their wasm beside it. The default build starts its worker from a blob: URL, where
// the codecs cannot locate their wasm and JPEG-LS / JPEG 2000 files fail to decode.
import cornerstoneWADOImageLoader from 'cornerstone-wado-image-loader/dist/dynamic-import/cornerstoneWADOImageLoader.min.js';
import dicomParser from 'dicom-parser';
import { contentUrl } from '../content-url';

let ready = false;

/** The image cache's bound by default: decoded pixels past it are evicted, oldest first. */
export const DEFAULT_IMAGE_CACHE_MIB = 1024;

/** Sets the image cache's bound (the setting); images past it are evicted at once. */
export function setImageCacheSize(mib: number): void {
  setUpCornerstone().imageCache.setMaximumSizeBytes(mib * 1024 * 1024);
}

export function setUpCornerstone(): typeof cornerstone {
  if (!ready) {
    cornerstoneWADOImageLoader.external.cornerstone = cornerstone;
    cornerstoneWADOImageLoader.external.dicomParser = dicomParser;
    cornerstoneWADOImageLoader.webWorkerManager.initialize({
      maxWebWorkers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)),
      // Started with the viewer (ahead of the first series, see preload-imaging): the first image
      // does not wait for the worker's script.
      startWebWorkersOnDemand: false,
      taskConfiguration: { decodeTask: { initializeCodecsOnStartup: false, strict: false } },
    });
    cornerstone.imageCache.setMaximumSizeBytes(DEFAULT_IMAGE_CACHE_MIB * 1024 * 1024);
    ready = true;
  }
  return cornerstone;
}

/**
 * The image id of a file, or of frame `frame` (from 0) of a multi-frame file. The loader wants
 * "&frame=" for its per-frame metadata; the content route ignores the query.
 */
export function imageIdOf(attachmentId: string, frame: number | null = null): string {
  const url = `wadouri:${contentUrl(attachmentId)}`;
  return frame === null ? url : `${url}${url.includes('?') ? '&' : '?'}multiframe&frame=${frame}`;
}
