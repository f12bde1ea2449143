// The PDF viewer, on pdf.js's own viewer components (use-pdf-viewer.ts): pages drawn as they come
// into view and released far from it, find with exact highlights and options, internal links and
// the outline, thumbnails and attachments in the sidebar, document properties, zoom (fit width,
// fit page, percent, Ctrl+wheel), rotation, selectable text quoted into the report,
// password-protected files, and a clear message (not a crash) for a damaged file.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import 'pdfjs-dist/web/pdf_viewer.css';
import type { DocumentPlace, DocumentViewerProps } from '../viewer-commands';
import { openPdf, type PdfDocument } from './pdf-loader';
import { usePdfViewer } from './use-pdf-viewer';
import { useRecognisedText } from './use-recognised-text';
import { RecognitionNotice } from './RecognitionNotice';
import { PdfFindBar } from './PdfFindBar';
import { PdfSidebar } from './PdfSidebar';
import { PdfProperties } from './PdfProperties';
import { QuoteButton, RotateButton, ZoomControls } from '../ViewerControls';

/** How long after the first paint the thumbnails start to be drawn. */
const THUMBNAILS_AFTER_MS = 700;

type Status = { kind: 'loading' } | { kind: 'password'; wrong: boolean } | { kind: 'ready' } | { kind: 'error' };

/**
 * `quotable`: offers to quote the selection into the report (not in the report's own preview).
 * `caseId`: the case the document is part of, whose scanned pages core reads (OCR); none for a
 * document made by the workstation (the report's preview).
 */
export function PdfViewer({
  documentId,
  name,
  onCommands,
  quotable = true,
  caseId = null,
  place = null,
}: DocumentViewerProps & { quotable?: boolean; caseId?: string | null; place?: DocumentPlace | null }) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<PdfDocument | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [password, setPassword] = useState('');
  const [pageInput, setPageInput] = useState('1');
  const [showProperties, setShowProperties] = useState(false);
  const answerPassword = useRef<((password: string) => void) | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const pages = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const externalLinkTitle = useCallback((url: string) => t('pdf.externalLink', { url }), [t]);
  /** The first page is on the screen: the scan may now be read (OCR) without slowing that paint. */
  const [painted, setPainted] = useState(false);
  const onPainted = useCallback(() => setPainted(true), []);
  // Thumbnails are drawn once the viewer has been quiet a moment after its first paint, as pdf.js
  // draws them only when its pages have nothing left to draw: their pages' images are decoded in the
  // worker every document shares, which would hold the next document opened.
  const [thumbnails, setThumbnails] = useState(false);
  useEffect(() => {
    if (!painted) return;
    const timer = setTimeout(() => setThumbnails(true), THUMBNAILS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [painted]);
  const paintedCanvas = useCallback(
    (n: number) => pages.current?.querySelector<HTMLCanvasElement>(`.page[data-page-number="${n}"][data-painted="true"] canvas`) ?? null,
    [],
  );
  const recognised = useRecognisedText(doc, caseId, documentId, painted);
  const viewer = usePdfViewer(scroller, pages, recognised.doc, externalLinkTitle, recognised.version, recognised.recognisedPages, onPainted);
  const { page, zoom, scale, rotation, goTo, zoomBy, rotate, setZoom, findAgain, showPlace } = viewer;
  /** What the find bar is asked to show (a match of the case's search opened here). */
  const [findRequest, setFindRequest] = useState<{ query: string; nonce: number } | null>(null);

  // Opened at a match of the case's search: at its page, with its words found from there.
  useEffect(() => {
    if (!place) return;
    showPlace(place.page, place.find);
    setFindRequest({ query: place.find, nonce: place.nonce });
  }, [place, showPlace]);

  useEffect(() => {
    const task = openPdf(documentId, (answer, wrong) => {
      answerPassword.current = answer;
      setStatus({ kind: 'password', wrong });
    });
    let loaded: PdfDocument | null = null;
    task.promise.then(
      (pdf) => {
        loaded = pdf;
        setDoc(pdf);
        setStatus({ kind: 'ready' });
      },
      () => setStatus({ kind: 'error' }),
    );
    return () => {
      setDoc(null);
      void task.destroy();
      void loaded?.destroy();
    };
  }, [documentId]);

  useEffect(() => setPageInput(String(page)), [page]);

  // Ctrl+wheel (and a trackpad's pinch, which arrives as one) zooms the pages, not the app.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomBy, status.kind]);

  const pageCount = doc?.numPages ?? 0;
  const commands = useMemo(
    () => ({
      nextPage: () => goTo(Math.min(pageCount, page + 1)),
      previousPage: () => goTo(Math.max(1, page - 1)),
      zoomIn: () => zoomBy(1.2),
      zoomOut: () => zoomBy(1 / 1.2),
      rotate,
      find: () => {
        findInput.current?.focus();
        findInput.current?.select();
      },
      findNext: () => findAgain('next'),
      findPrevious: () => findAgain('previous'),
    }),
    [goTo, pageCount, page, zoomBy, rotate, findAgain],
  );
  useEffect(() => {
    onCommands(commands);
    return () => onCommands(null);
  }, [commands, onCommands]);

  if (status.kind === 'error') {
    return (
      <p className="document-error" role="alert" data-testid="document-error">
        {t('documents.corruptPdf')}
      </p>
    );
  }
  if (status.kind === 'password') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      setStatus({ kind: 'loading' });
      answerPassword.current?.(password);
    };
    return (
      <form className="pdf-password" onSubmit={submit} data-testid="pdf-password">
        <h3>{t('pdf.passwordTitle')}</h3>
        {status.wrong && (
          <p className="notice notice--error" role="alert">
            {t('pdf.passwordWrong')}
          </p>
        )}
        <label className="field">
          <span className="field__label">{t('pdf.password')}</span>
          <input
            className="field__control"
            type="password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="pdf-password-input"
          />
        </label>
        <button type="submit" className="button">
          {t('pdf.passwordSubmit')}
        </button>
      </form>
    );
  }

  return (
    <div className="pdf-viewer" data-testid="pdf-viewer" data-pages={pageCount} data-rotation={rotation} data-scale={scale.toFixed(3)}>
      <div className="viewer-toolbar" role="toolbar">
        <button
          type="button"
          className="icon-button"
          onClick={commands.previousPage}
          aria-label={t('pdf.previous')}
          title={t('pdf.previous')}
          data-testid="pdf-previous"
        >
          ‹
        </button>
        <form
          className="pdf-page-input"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(pageInput);
            if (Number.isInteger(n) && n >= 1 && n <= pageCount) goTo(n);
          }}
        >
          <label>
            <span className="visually-hidden">{t('pdf.page')}</span>
            <input
              className="field__control field__control--small"
              inputMode="numeric"
              value={pageInput}
              onChange={(e) => setPageInput(e.target.value)}
              data-testid="pdf-page-input"
            />
          </label>
          <span className="muted" data-testid="pdf-page-count">
            {t('pdf.of', { count: pageCount })}
          </span>
        </form>
        <button type="button" className="icon-button" onClick={commands.nextPage} aria-label={t('pdf.next')} title={t('pdf.next')} data-testid="pdf-next">
          ›
        </button>
        <span className="toolbar-gap" />
        <ZoomControls percent={scale * 100} onZoomIn={commands.zoomIn} onZoomOut={commands.zoomOut} testId="pdf-zoom" />
        <button type="button" className="button button--secondary button--small" aria-pressed={zoom === 'page-width'} onClick={() => setZoom('page-width')}>
          {t('pdf.fitWidth')}
        </button>
        <button type="button" className="button button--secondary button--small" aria-pressed={zoom === 'page-fit'} onClick={() => setZoom('page-fit')}>
          {t('pdf.fitPage')}
        </button>
        <RotateButton onRotate={rotate} testId="pdf-rotate" />
        <button
          type="button"
          className="icon-button"
          onClick={() => setShowProperties(true)}
          disabled={!doc}
          aria-label={t('pdf.properties')}
          title={t('pdf.properties')}
          data-testid="pdf-properties-open"
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 7v5M8 4.2v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
        {quotable && <QuoteButton container={scroller} documentName={name} testId="pdf-quote" />}
        <span className="toolbar-gap" />
        <PdfFindBar inputRef={findInput} status={viewer.find} onFind={viewer.search} request={findRequest} />
      </div>
      {recognised.status && <RecognitionNotice status={recognised.status} unreadable={recognised.unreadable} />}
      <div className="pdf-body">
        {doc && (
          <PdfSidebar
            doc={doc}
            current={page}
            rotation={rotation}
            onPage={goTo}
            onDestination={viewer.goToDestination}
            drawThumbnails={thumbnails}
            paintedCanvas={paintedCanvas}
          />
        )}
        <div className="pdf-pages-frame">
          {status.kind === 'loading' && <p className="muted">{t('workspace.loading')}</p>}
          <div className="pdf-pages" ref={scroller} tabIndex={0}>
            <div className="pdfViewer" ref={pages} />
          </div>
        </div>
      </div>
      {showProperties && doc && <PdfProperties doc={doc} onClose={() => setShowProperties(false)} />}
    </div>
  );
}
