// A page thumbnail, drawn when it comes near the view and let go when it is far from it, so that
// scrolling the thumbnails of a 500-page document keeps only those around the view in memory. A
// page the viewer has painted is copied from its canvas, as pdf.js's own viewer does: drawing it
// again would decode its images again in pdf.js's worker (a scan's page is a 300-dpi image).
import { useEffect, useRef, useState } from 'react';
import type { PdfDocument } from './pdf-loader';

const WIDTH = 110;

export function PdfThumbnail({
  doc,
  pageNumber,
  rotation,
  current,
  draw,
  painted,
  onSelect,
}: {
  doc: PdfDocument;
  pageNumber: number;
  rotation: number;
  current: boolean;
  /** May be drawn (once the viewer's pages are painted and it is idle). */
  draw: boolean;
  /** The viewer's canvas of this page, if it is painted. */
  painted: (pageNumber: number) => HTMLCanvasElement | null;
  onSelect: () => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new IntersectionObserver(([entry]) => setNear(entry?.isIntersecting ?? false), { rootMargin: '400px 0px' });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!near || !draw || !canvas) return;
    let cancelled = false;
    let task: ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['render']> | null = null;
    void doc.getPage(pageNumber).then(async (page) => {
      const base = page.getViewport({ scale: 1, rotation: (page.rotate + rotation) % 360 });
      const viewport = page.getViewport({ scale: WIDTH / base.width, rotation: (page.rotate + rotation) % 360 });
      if (cancelled) return;
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const shown = painted(pageNumber);
      if (shown && shown.width > 1) {
        canvas.getContext('2d')?.drawImage(shown, 0, 0, canvas.width, canvas.height);
        return;
      }
      task = page.render({ canvas, viewport });
      await task.promise.catch(() => {});
    });
    return () => {
      cancelled = true;
      task?.cancel();
      // Far from the view: its pixels go (a 1×1 canvas; the style keeps the page's place in the list).
      canvas.width = 1;
      canvas.height = 1;
    };
  }, [doc, pageNumber, rotation, near, draw, painted]);
  return (
    <button
      type="button"
      className="pdf-thumb"
      aria-current={current ? 'page' : undefined}
      data-testid="pdf-thumbnail"
      data-drawn={near && draw}
      onClick={onSelect}
    >
      <canvas ref={canvasRef} width={1} height={1} />
      <span>{pageNumber}</span>
    </button>
  );
}
