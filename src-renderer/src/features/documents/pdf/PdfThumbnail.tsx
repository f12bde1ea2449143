// A page thumbnail, drawn only when it scrolls into view.
import { useEffect, useRef, useState } from 'react';
import type { PdfDocument } from './pdf-loader';

export function PdfThumbnail({
  doc,
  pageNumber,
  rotation,
  current,
  onSelect,
}: {
  doc: PdfDocument;
  pageNumber: number;
  rotation: number;
  current: boolean;
  onSelect: () => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && setVisible(true));
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    void doc.getPage(pageNumber).then(async (page) => {
      const base = page.getViewport({ scale: 1, rotation: (page.rotate + rotation) % 360 });
      const viewport = page.getViewport({ scale: 110 / base.width, rotation: (page.rotate + rotation) % 360 });
      const canvas = canvasRef.current;
      if (cancelled || !canvas) return;
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise.catch(() => {});
    });
    return () => {
      cancelled = true;
    };
  }, [doc, pageNumber, rotation, visible]);
  return (
    <button type="button" className="pdf-thumb" aria-current={current ? 'page' : undefined} data-testid="pdf-thumbnail" onClick={onSelect}>
      <canvas ref={canvasRef} width={110} height={150} />
      <span>{pageNumber}</span>
    </button>
  );
}
