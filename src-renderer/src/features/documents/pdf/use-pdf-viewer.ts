// pdf.js's own viewer components over a scroll container: PDFViewer lays the pages out, draws those
// in view and releases those far from it (its buffer of rendered pages bounds the memory of a long
// document), PDFLinkService follows internal links and outline entries, PDFFindController finds
// with pdf.js's normalisation (ligatures, accents, text split across spans) and highlights exactly.
// This hook owns them for one document and reports what the toolbar shows (page, scale, matches).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { EventBus, FindState, LinkTarget, PDFFindController, PDFLinkService, PDFViewer } from './pdf-viewer-components';
import type { PdfDocument } from './pdf-loader';

export type Zoom = 'page-width' | 'page-fit' | number;

type Detach = (doc: PdfDocument | null) => void;

export interface FindOptions {
  caseSensitive: boolean;
  /** Accents must match ("reperfusion" then does not find "réperfusion"). */
  matchDiacritics: boolean;
  entireWord: boolean;
}
/** Find as it starts: case and accents ignored, parts of words found. */
export const NO_FIND_OPTIONS: FindOptions = { caseSensitive: false, matchDiacritics: false, entireWord: false };

/** What find shows: the match selected (1-based; 0 before one is) of all matches; `state` pdf.js's. */
export interface FindStatus {
  current: number;
  total: number;
  state: 'found' | 'not-found' | 'pending';
}

const FIND_STATES: Record<number, FindStatus['state']> = {
  [FindState.FOUND]: 'found',
  [FindState.WRAPPED]: 'found',
  [FindState.NOT_FOUND]: 'not-found',
  [FindState.PENDING]: 'pending',
};

/**
 * `externalLinkTitle`: the tooltip of a link to the web, which is shown but never followed (a
 * patient's PDF must not open the web).
 */
export function usePdfViewer(
  container: RefObject<HTMLDivElement | null>,
  viewerElement: RefObject<HTMLDivElement | null>,
  doc: PdfDocument | null,
  externalLinkTitle: (url: string) => string,
  /** The text lent to the pages changed (recognised text arrived): lay them out again, on the same page. */
  textVersion = 0,
  /** The pages whose text was recognised (OCR), marked for the quote. */
  recognisedPages: ReadonlySet<number> = new Set(),
  /** A page was painted (the first paint of a document lets heavier work start). */
  onPainted: () => void = () => {},
) {
  const paintedRef = useRef(onPainted);
  paintedRef.current = onPainted;
  const recognisedRef = useRef(recognisedPages);
  recognisedRef.current = recognisedPages;
  /** The page shown when the viewer is set up again (new text lent): kept, not back to page 1. */
  const keptPage = useRef(1);
  /** The last search, for the next and previous match asked for from the keyboard. */
  const lastSearch = useRef<{ query: string; options: FindOptions } | null>(null);
  const linkTitle = useRef(externalLinkTitle);
  linkTitle.current = externalLinkTitle;
  const parts = useRef<{ bus: EventBus; viewer: PDFViewer; find: PDFFindController; links: PDFLinkService } | null>(null);
  const [page, setPage] = useState(1);
  const [scale, setScale] = useState(1);
  const [zoom, setZoomState] = useState<Zoom>('page-width');
  const [rotation, setRotation] = useState(0);
  const [find, setFind] = useState<FindStatus | null>(null);

  useEffect(() => {
    const box = container.current;
    const inner = viewerElement.current;
    if (!box || !inner || !doc) return;
    const bus = new EventBus();
    const links = new PDFLinkService({ eventBus: bus, externalLinkTarget: LinkTarget.NONE });
    links.addLinkAttributes = (link: HTMLAnchorElement, url: string) => {
      link.removeAttribute('href');
      link.title = linkTitle.current(url);
      link.dataset.external = 'true';
      link.onclick = () => false;
    };
    const find = new PDFFindController({ eventBus: bus, linkService: links, updateMatchesCountOnProgress: true });
    const viewer = new PDFViewer({
      container: box,
      viewer: inner,
      eventBus: bus,
      linkService: links,
      findController: find,
      textLayerMode: 1,
      annotationMode: 1,
      // No scripting, no forms to fill, no editing: the expert reads.
      annotationEditorMode: -1,
      removePageBorders: false,
    });
    links.setViewer(viewer);
    // pdf.js marks each page's div; the tests and the quote read these.
    bus.on('pagesinit', () => {
      viewer.currentScaleValue = 'page-width';
      for (const div of inner.querySelectorAll<HTMLElement>('.page')) {
        div.dataset.testid = 'pdf-page';
        if (recognisedRef.current.has(Number(div.dataset.pageNumber))) div.dataset.recognised = 'true';
      }
      if (keptPage.current > 1 && keptPage.current <= viewer.pagesCount) viewer.currentPageNumber = keptPage.current;
      // Laid out again (recognised text arrived): the expert's find goes on over the new text.
      const last = lastSearch.current;
      if (last?.query.trim()) bus.dispatch('find', { source: null, type: '', query: last.query, ...last.options, highlightAll: true, findPrevious: false });
    });
    bus.on('pagerendered', ({ pageNumber }: { pageNumber: number }) => {
      const div = inner.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"]`);
      if (div) div.dataset.painted = 'true';
      paintedRef.current();
    });
    bus.on('textlayerrendered', ({ pageNumber }: { pageNumber: number }) => {
      const div = inner.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"]`);
      if (div) div.dataset.rendered = 'true';
    });
    bus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => setPage(pageNumber));
    bus.on('scalechanging', ({ scale, presetValue }: { scale: number; presetValue?: string }) => {
      setScale(scale);
      if (presetValue !== 'page-width' && presetValue !== 'page-fit') setZoomState(scale);
    });
    bus.on('rotationchanging', ({ pagesRotation }: { pagesRotation: number }) => setRotation(pagesRotation));
    const onMatches = ({ matchesCount, state }: { matchesCount: { current: number; total: number }; state?: number }) =>
      setFind((before) => ({
        current: matchesCount.current,
        total: matchesCount.total,
        state: state === undefined ? (before?.state ?? 'pending') : (FIND_STATES[state] ?? 'pending'),
      }));
    bus.on('updatefindmatchescount', onMatches);
    bus.on('updatefindcontrolstate', onMatches);
    viewer.setDocument(doc);
    links.setDocument(doc);
    parts.current = { bus, viewer, find, links };
    // pdf.js fits on demand only: a pane opening or closing, the window resized, fit again (a
    // zoom the expert chose as a percentage stays).
    const refit = new ResizeObserver(() => {
      const preset = viewer.currentScaleValue;
      if (viewer.pagesCount > 0 && (preset === 'page-width' || preset === 'page-fit')) viewer.currentScaleValue = preset;
    });
    refit.observe(box);
    return () => {
      keptPage.current = viewer.currentPageNumber || 1;
      refit.disconnect();
      parts.current = null;
      setFind(null);
      viewer.cleanup();
      // Detach the document from the components (they hold its pages) before it is destroyed, as
      // pdf.js's own viewer does on close (its types do not say that null is allowed).
      (viewer.setDocument.bind(viewer) as Detach)(null);
      links.setDocument(null);
      (find.setDocument.bind(find) as Detach)(null);
      inner.replaceChildren();
    };
  }, [container, viewerElement, doc, textVersion]);

  const goTo = useCallback((n: number) => {
    const viewer = parts.current?.viewer;
    if (viewer && n >= 1 && n <= viewer.pagesCount) viewer.currentPageNumber = n;
  }, []);
  const setZoom = useCallback((next: Zoom) => {
    const viewer = parts.current?.viewer;
    if (!viewer) return;
    setZoomState(next);
    viewer.currentScaleValue = typeof next === 'number' ? String(Math.min(8, Math.max(0.25, next))) : next;
  }, []);
  const zoomBy = useCallback(
    (factor: number) => {
      const viewer = parts.current?.viewer;
      if (viewer) setZoom(viewer.currentScale * factor);
    },
    [setZoom],
  );
  const rotate = useCallback(() => {
    const viewer = parts.current?.viewer;
    if (viewer) viewer.pagesRotation = (viewer.pagesRotation + 90) % 360;
  }, []);
  /** Finds `query`: `again` moves to the next (or previous) match of the same query. */
  const search = useCallback((query: string, options: FindOptions, again: 'next' | 'previous' | null = null) => {
    // Kept even before the pages are laid out: they are searched as soon as they are.
    lastSearch.current = { query, options };
    const bus = parts.current?.bus;
    if (!bus) return;
    if (!query.trim()) {
      bus.dispatch('findbarclose', { source: null });
      setFind(null);
      return;
    }
    bus.dispatch('find', {
      source: null,
      type: again ? 'again' : '',
      query,
      ...options,
      highlightAll: true,
      findPrevious: again === 'previous',
    });
  }, []);
  const findAgain = useCallback(
    (direction: 'next' | 'previous') => {
      const last = lastSearch.current;
      if (last?.query.trim()) search(last.query, last.options, direction);
    },
    [search],
  );
  /** Shows `page` and finds `query` from there (a match of the case's search); before the pages are laid out, once they are. */
  const showPlace = useCallback(
    (page: number, query: string) => {
      keptPage.current = page;
      const viewer = parts.current?.viewer;
      if (viewer && page <= viewer.pagesCount) viewer.currentPageNumber = page;
      search(query, lastSearch.current?.options ?? NO_FIND_OPTIONS);
    },
    [search],
  );
  const goToDestination = useCallback((dest: string | unknown[]) => void parts.current?.links.goToDestination(dest), []);

  return { page, scale, zoom, rotation, find, goTo, setZoom, zoomBy, rotate, search, findAgain, showPlace, goToDestination };
}
