// The PDF viewer: pages drawn as they come into view, thumbnails, page navigation, zoom (fit
// width, fit page, percent), rotation, find with highlighted matches and a count, selectable text,
// password-protected files, and a clear message (not a crash) for a damaged file.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import 'pdfjs-dist/web/pdf_viewer.css';
import type { DocumentViewerProps } from '../viewer-commands';
import { openPdf, type PdfDocument } from './pdf-loader';
import { countMatches, pageTexts } from './pdf-find';
import { PdfPageView } from './PdfPageView';
import { PdfThumbnail } from './PdfThumbnail';
import { RotateButton, ZoomControls } from '../ViewerControls';
import { SearchField } from '../../../ui/SearchField';
import { announceQuote, selectedQuote } from '../../report/report-quote';

type Zoom = 'fit-width' | 'fit-page' | number;
type Status = { kind: 'loading' } | { kind: 'password'; wrong: boolean } | { kind: 'ready' } | { kind: 'error' };

const GAP = 16;

/** `quotable`: offers to quote the selection into the report (not in the report's own preview). */
export function PdfViewer({ documentId, name, onCommands, quotable = true }: DocumentViewerProps & { quotable?: boolean }) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<PdfDocument | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [sizes, setSizes] = useState<{ width: number; height: number }[]>([]);
  const [zoom, setZoom] = useState<Zoom>('fit-width');
  const [rotation, setRotation] = useState(0);
  const [current, setCurrent] = useState(1);
  const [pageInput, setPageInput] = useState('1');
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<number[] | null>(null);
  const [password, setPassword] = useState('');
  const answerPassword = useRef<((password: string) => void) | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const [box, setBox] = useState({ width: 800, height: 600 });

  useEffect(() => {
    const task = openPdf(documentId, (answer, wrong) => {
      answerPassword.current = answer;
      setStatus({ kind: 'password', wrong });
    });
    let loaded: PdfDocument | null = null;
    task.promise.then(
      async (pdf) => {
        loaded = pdf;
        // Page 1 is drawn as soon as its size is known; the others take its size until theirs arrive.
        const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
        setSizes(Array.from({ length: pdf.numPages }, () => ({ width: first.width, height: first.height })));
        setDoc(pdf);
        setStatus({ kind: 'ready' });
        for (let n = 2; n <= pdf.numPages; n++) {
          const viewport = (await pdf.getPage(n)).getViewport({ scale: 1 });
          if (viewport.width !== first.width || viewport.height !== first.height) {
            setSizes((all) => all.map((s, i) => (i === n - 1 ? { width: viewport.width, height: viewport.height } : s)));
          }
        }
      },
      () => setStatus({ kind: 'error' }),
    );
    return () => {
      void task.destroy();
      void loaded?.destroy();
    };
  }, [documentId]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setBox({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [status.kind]);

  const rotated = (s: { width: number; height: number }) => (rotation % 180 === 0 ? s : { width: s.height, height: s.width });
  const first = sizes[0] ? rotated(sizes[0]) : { width: 612, height: 792 };
  const scale =
    zoom === 'fit-width'
      ? (box.width - 2 * GAP) / first.width
      : zoom === 'fit-page'
        ? Math.min((box.width - 2 * GAP) / first.width, (box.height - 2 * GAP) / first.height)
        : zoom;
  const numericScale = Math.max(0.1, scale);

  const goTo = useCallback((page: number) => {
    const target = scroller.current?.querySelector(`[data-page-number="${page}"]`);
    target?.scrollIntoView({ block: 'start' });
    setCurrent(page);
    setPageInput(String(page));
  }, []);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const top = element.scrollTop + element.clientHeight / 3;
    let y = GAP;
    for (let i = 0; i < sizes.length; i++) {
      y += rotated(sizes[i] as { width: number; height: number }).height * numericScale + GAP;
      if (y > top) {
        if (current !== i + 1) {
          setCurrent(i + 1);
          setPageInput(String(i + 1));
        }
        return;
      }
    }
  };

  // Find: text of every page once, matches counted as the query changes.
  const texts = useRef<Promise<string[]> | null>(null);
  useEffect(() => {
    if (!doc || !query.trim()) return setMatches(null);
    texts.current ??= pageTexts(doc);
    let cancelled = false;
    const timer = setTimeout(() => {
      void texts.current?.then((all) => !cancelled && setMatches(countMatches(all, query)));
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [doc, query]);
  const total = matches?.reduce((a, b) => a + b, 0) ?? 0;
  const nextMatchPage = () => {
    if (!matches) return;
    const order = [...matches.keys()].map((i) => (i + current) % matches.length);
    const page = order.find((i) => (matches[i] ?? 0) > 0);
    if (page !== undefined) goTo(page + 1);
  };

  const zoomBy = useCallback(
    (factor: number) => setZoom((z) => Math.min(8, Math.max(0.25, (typeof z === 'number' ? z : numericScale) * factor))),
    [numericScale],
  );
  const rotate = useCallback(() => setRotation((r) => (r + 90) % 360), []);
  const commands = useMemo(
    () => ({
      nextPage: () => goTo(Math.min(sizes.length, current + 1)),
      previousPage: () => goTo(Math.max(1, current - 1)),
      zoomIn: () => zoomBy(1.2),
      zoomOut: () => zoomBy(1 / 1.2),
      rotate,
      find: () => findInput.current?.focus(),
    }),
    [goTo, sizes.length, current, zoomBy, rotate],
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
    <div className="pdf-viewer" data-testid="pdf-viewer" data-pages={sizes.length} data-rotation={rotation}>
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
            if (Number.isInteger(n) && n >= 1 && n <= sizes.length) goTo(n);
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
            {t('pdf.of', { count: sizes.length })}
          </span>
        </form>
        <button type="button" className="icon-button" onClick={commands.nextPage} aria-label={t('pdf.next')} title={t('pdf.next')} data-testid="pdf-next">
          ›
        </button>
        <span className="toolbar-gap" />
        <ZoomControls percent={numericScale * 100} onZoomIn={commands.zoomIn} onZoomOut={commands.zoomOut} testId="pdf-zoom" />
        <button type="button" className="button button--secondary button--small" aria-pressed={zoom === 'fit-width'} onClick={() => setZoom('fit-width')}>
          {t('pdf.fitWidth')}
        </button>
        <button type="button" className="button button--secondary button--small" aria-pressed={zoom === 'fit-page'} onClick={() => setZoom('fit-page')}>
          {t('pdf.fitPage')}
        </button>
        <RotateButton onRotate={rotate} testId="pdf-rotate" />
        {quotable && (
          <button
            type="button"
            className="button button--secondary button--small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              const quote = selectedQuote(scroller.current, name);
              if (quote) announceQuote(quote);
            }}
            title={t('pdf.quoteHint')}
            data-testid="pdf-quote"
          >
            {t('pdf.quote')}
          </button>
        )}
        <span className="toolbar-gap" />
        <form
          className="pdf-find"
          onSubmit={(e) => {
            e.preventDefault();
            nextMatchPage();
          }}
        >
          <SearchField
            inputRef={findInput}
            className="field__control field__control--small pdf-find__input"
            label={t('pdf.find')}
            value={query}
            onChange={setQuery}
            testId="pdf-find"
          />
          {matches && (
            <span className="muted" role="status" data-testid="pdf-find-count">
              {total > 0 ? t('pdf.findCount', { count: total }) : t('pdf.noMatch')}
            </span>
          )}
        </form>
      </div>
      <div className="pdf-body">
        <nav className="pdf-thumbs" aria-label={t('pdf.thumbnails')}>
          {doc &&
            sizes.map((_, i) => (
              <PdfThumbnail key={i} doc={doc} pageNumber={i + 1} rotation={rotation} current={current === i + 1} onSelect={() => goTo(i + 1)} />
            ))}
        </nav>
        <div className="pdf-pages" ref={scroller} onScroll={onScroll} tabIndex={0}>
          {status.kind === 'loading' && <p className="muted">{t('workspace.loading')}</p>}
          {doc &&
            sizes.map((size, i) => (
              <PdfPageView key={i} doc={doc} pageNumber={i + 1} scale={numericScale} rotation={rotation} size={rotated(size)} query={query} />
            ))}
        </div>
      </div>
    </div>
  );
}
