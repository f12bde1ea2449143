// One PDF page: a placeholder of the right size until it scrolls into view, then the canvas and
// the selectable text layer, drawn again when the zoom or rotation changes.
import { useEffect, useRef, useState } from 'react';
import { pdfjs, type PdfDocument } from './pdf-loader';
import { markMatches } from './pdf-find';

interface Props {
  doc: PdfDocument;
  pageNumber: number;
  scale: number;
  rotation: number;
  size: { width: number; height: number }; // at scale 1, rotation applied
  query: string;
}

export function PdfPageView({ doc, pageNumber, scale, rotation, size, query }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [drawn, setDrawn] = useState(0);
  const [painted, setPainted] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setVisible(entry?.isIntersecting ?? false), { rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    let renderTask: ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['render']> | null = null;
    let textLayer: InstanceType<typeof pdfjs.TextLayer> | null = null;
    void (async () => {
      const page = await doc.getPage(pageNumber);
      if (cancelled || !canvasRef.current || !textRef.current) return;
      const viewport = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
      const ratio = window.devicePixelRatio || 1;
      const canvas = canvasRef.current;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      renderTask = page.render({
        canvas,
        viewport,
        ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
      });
      await renderTask.promise.catch(() => {});
      if (cancelled) return;
      setPainted(true);
      textRef.current.replaceChildren();
      textLayer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: textRef.current, viewport });
      await textLayer.render().catch(() => {});
      if (!cancelled) setDrawn((n) => n + 1);
    })();
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [doc, pageNumber, scale, rotation, visible]);

  useEffect(() => {
    if (textRef.current) markMatches(textRef.current, query);
  }, [query, drawn]);

  const width = Math.floor(size.width * scale);
  const height = Math.floor(size.height * scale);
  return (
    <div
      ref={ref}
      className="pdf-page"
      data-testid="pdf-page"
      data-page-number={pageNumber}
      data-rendered={drawn > 0}
      data-painted={painted}
      style={{ width, height, ['--scale-factor' as string]: scale, ['--total-scale-factor' as string]: scale }}
    >
      <canvas ref={canvasRef} style={{ width, height }} />
      <div ref={textRef} className="textLayer" />
    </div>
  );
}
