// cornerstone-core with the app's own image loader, set up once: `smo:` image ids (a frame of one
// version of one document) decoded in the app's workers (decode/), with the bound of the decoded
// image cache the expert sets.
import cornerstone from 'cornerstone-core';
import { loadSmoImage } from './decode/smo-image-loader';
import { startDecoders } from './decode/decode-pool';

let ready = false;

/** The image cache's bound by default: decoded pixels past it are evicted, oldest first. */
export const DEFAULT_IMAGE_CACHE_MIB = 1024;

/** Sets the image cache's bound (the setting); images past it are evicted at once. */
export function setImageCacheSize(mib: number): void {
  setUpCornerstone().imageCache.setMaximumSizeBytes(mib * 1024 * 1024);
}

export function setUpCornerstone(): typeof cornerstone {
  if (!ready) {
    cornerstone.registerImageLoader('smo', loadSmoImage);
    // Started with the viewer (ahead of the first series, see preload-imaging): the first image
    // does not wait for a worker to start.
    startDecoders();
    cornerstone.imageCache.setMaximumSizeBytes(DEFAULT_IMAGE_CACHE_MIB * 1024 * 1024);
    ready = true;
  }
  return cornerstone;
}
