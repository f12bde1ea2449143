// Photos (JPEG, PNG): fit, 1:1, zoom, pan by dragging, rotate. Bytes come from the content route.
// A photo of a document is read by core (OCR, use-recognition.ts) once it is shown: its words are
// then laid over the image (PhotoTextLayer), to be found, selected and quoted into the report as
// recognised text. Dragging on the words selects them; dragging elsewhere pans.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPlace, DocumentViewerProps } from './viewer-commands';
import { contentUrl } from './content-url';
import { QuoteButton, RotateButton, ZoomControls } from './ViewerControls';
import { useRecognition } from './use-recognition';
import { PhotoTextLayer } from './PhotoTextLayer';
import { photoMatches } from './photo-find';
import { SearchField } from '../../ui/SearchField';

/** `caseId`: the case whose photo it is (core reads its text); `place`: opened at a match of the case's search. */
export function PhotoViewer({
  documentId,
  name,
  onCommands,
  caseId = null,
  place = null,
}: DocumentViewerProps & { caseId?: string | null; place?: DocumentPlace | null }) {
  const { t } = useTranslation();
  const [zoom, setZoom] = useState<'fit' | number>('fit');
  const [rotation, setRotation] = useState(0);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const [failed, setFailed] = useState(false);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const { status, text } = useRecognition(caseId, documentId, natural !== null);
  const page = status?.state === 'done' && text?.pages[0]?.words.length ? text.pages[0] : null;
  const matches = useMemo(() => (page ? photoMatches(page.words, query) : []), [page, query]);
  const current = matches.length ? Math.min(selected, matches.length - 1) : 0;

  useEffect(() => {
    if (place) setQuery(place.find);
  }, [place]);
  useEffect(() => setSelected(0), [query]);

  const size = natural ?? { width: 1, height: 1 };
  const fitScale = () => {
    const box = frame.current;
    if (!box) return 1;
    const w = rotation % 180 === 0 ? size.width : size.height;
    const h = rotation % 180 === 0 ? size.height : size.width;
    return Math.min(box.clientWidth / w, box.clientHeight / h, 1);
  };
  const scale = zoom === 'fit' ? fitScale() : zoom;
  const zoomBy = useCallback((f: number) => setZoom((z) => Math.min(16, Math.max(0.05, (typeof z === 'number' ? z : 1) * f))), []);
  const rotate = useCallback(() => setRotation((r) => (r + 90) % 360), []);
  const step = useCallback((by: number) => setSelected((s) => (matches.length ? (s + by + matches.length) % matches.length : 0)), [matches.length]);
  const commands = useMemo(
    () => ({
      zoomIn: () => zoomBy(1.25),
      zoomOut: () => zoomBy(0.8),
      rotate,
      ...(page
        ? {
            find: () => {
              findInput.current?.focus();
              findInput.current?.select();
            },
            findNext: () => step(1),
            findPrevious: () => step(-1),
          }
        : {}),
    }),
    [zoomBy, rotate, page, step],
  );
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
  const onFindKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' && e.key !== 'F3') return;
    e.preventDefault();
    step(e.shiftKey ? -1 : 1);
  };
  const notice = status?.state === 'reading' ? 'reading' : status?.state === 'failed' ? 'failed' : status?.state === 'done' && page ? 'done' : null;
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
        {page && (
          <>
            <QuoteButton container={frame} documentName={name} testId="photo-quote" />
            <span className="toolbar-gap" />
            <div className="pdf-find" role="search">
              <SearchField
                inputRef={findInput}
                className="field__control field__control--small pdf-find__input"
                label={t('photo.find')}
                value={query}
                onChange={setQuery}
                onKeyDown={onFindKey}
                testId="photo-find"
              />
              {query.trim() && (
                <span className="muted" role="status" data-testid="photo-find-count">
                  {matches.length ? t('photo.findPosition', { current: current + 1, count: matches.length }) : t('photo.noMatch')}
                </span>
              )}
            </div>
          </>
        )}
      </div>
      {notice && (
        <p className="pdf-recognition muted" role="status" data-testid="photo-recognition" data-state={status?.state}>
          {notice === 'reading' && <progress aria-hidden="true" />}
          {t(`photo.recognition.${notice}`)}
        </p>
      )}
      <div
        ref={frame}
        className="photo-frame"
        onPointerDown={(e) => {
          // On the words: a selection, not a pan.
          if ((e.target as HTMLElement).closest('.photo-text__word')) return;
          drag.current = { x: e.clientX - pan.x, y: e.clientY - pan.y };
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => drag.current && setPan({ x: e.clientX - drag.current.x, y: e.clientY - drag.current.y })}
        onPointerUp={() => (drag.current = null)}
        onWheel={(e) => zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1)}
      >
        <div
          className="photo-sheet"
          style={{ width: size.width * scale, height: size.height * scale, transform: `translate(${pan.x}px, ${pan.y}px) rotate(${rotation}deg)` }}
        >
          <img
            src={contentUrl(documentId)}
            alt={name}
            draggable={false}
            data-testid="photo-image"
            onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
            onError={() => setFailed(true)}
          />
          {page && natural && (
            // The words are in the image's pixels: scaled with it.
            <div className="photo-sheet__text" style={{ transform: `scale(${(size.width * scale) / page.width})` }}>
              <PhotoTextLayer page={page} matches={matches} selected={current} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
