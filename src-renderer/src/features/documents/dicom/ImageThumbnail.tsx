// A small rendering of one image (a series' middle image, a key image), drawn by cornerstone onto
// a canvas of its own, from the image cache when the image is already there; after the images
// the viewports are loading.
import { useEffect, useRef } from 'react';
import { setUpCornerstone } from './cornerstone-setup';
import { afterViewportImages } from './image-priority';

export function ImageThumbnail({ imageId, size = 96 }: { imageId: string | null; size?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!imageId) return;
    let cancelled = false;
    const cornerstone = setUpCornerstone();
    void afterViewportImages()
      .then(() => (cancelled ? null : cornerstone.loadAndCacheImage(imageId)))
      .then(
        (image) => image && !cancelled && canvas.current && cornerstone.renderToCanvas(canvas.current, image),
        // A thumbnail that cannot be decoded stays black; the viewport says why when it is opened.
        () => {},
      );
    return () => {
      cancelled = true;
    };
  }, [imageId]);
  return <canvas ref={canvas} width={size} height={size} />;
}
