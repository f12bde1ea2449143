// Photos (JPEG, PNG): fit, 1:1, zoom, pan by dragging, rotate. Bytes come from the content route.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentViewerProps } from './viewer-commands';
import { contentUrl } from './content-url';
import { RotateButton, ZoomControls } from './ViewerControls';

export function PhotoViewer({ documentId, name, onCommands }: DocumentViewerProps) {
  const { t } = useTranslation();
  const [zoom, setZoom] = useState<'fit' | number>('fit');
  const [rotation, setRotation] = useState(0);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const [failed, setFailed] = useState(false);
  const [natural, setNatural] = useState({ width: 1, height: 1 });
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const fitScale = () => {
    const box = frame.current;
    if (!box) return 1;
    const w = rotation % 180 === 0 ? natural.width : natural.height;
    const h = rotation % 180 === 0 ? natural.height : natural.width;
    return Math.min(box.clientWidth / w, box.clientHeight / h, 1);
  };
  const scale = zoom === 'fit' ? fitScale() : zoom;
  const zoomBy = useCallback((f: number) => setZoom((z) => Math.min(16, Math.max(0.05, (typeof z === 'number' ? z : 1) * f))), []);
  const rotate = useCallback(() => setRotation((r) => (r + 90) % 360), []);
  const commands = useMemo(() => ({ zoomIn: () => zoomBy(1.25), zoomOut: () => zoomBy(0.8), rotate }), [zoomBy, rotate]);
  useEffect(() => {
    onCommands(commands);
    return () => onCommands(null);
  }, [commands, onCommands]);

  if (failed) {
    return (
      <p className="document-error" role="alert" data-testid="document-error">
        {t('documents.corruptPhoto')}
      </p>
    );
  }
  return (
    <div className="photo-viewer" data-testid="photo-viewer" data-rotation={rotation}>
      <div className="viewer-toolbar" role="toolbar">
        <ZoomControls percent={scale * 100} onZoomIn={commands.zoomIn} onZoomOut={commands.zoomOut} testId="photo-zoom" />
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={zoom === 'fit'}
          onClick={() => {
            setZoom('fit');
            setPan({ x: 0, y: 0 });
          }}
        >
          {t('photo.fit')}
        </button>
        <button type="button" className="button button--secondary button--small" aria-pressed={zoom === 1} onClick={() => setZoom(1)}>
          {t('photo.actualSize')}
        </button>
        <RotateButton onRotate={rotate} testId="photo-rotate" />
      </div>
      <div
        ref={frame}
        className="photo-frame"
        onPointerDown={(e) => {
          drag.current = { x: e.clientX - pan.x, y: e.clientY - pan.y };
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => drag.current && setPan({ x: e.clientX - drag.current.x, y: e.clientY - drag.current.y })}
        onPointerUp={() => (drag.current = null)}
        onWheel={(e) => zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1)}
      >
        <img
          src={contentUrl(documentId)}
          alt={name}
          draggable={false}
          data-testid="photo-image"
          onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
          onError={() => setFailed(true)}
          style={{ width: natural.width * scale, height: natural.height * scale, transform: `translate(${pan.x}px, ${pan.y}px) rotate(${rotation}deg)` }}
        />
      </div>
    </div>
  );
}
