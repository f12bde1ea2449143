// A passage of a PDF, or of the text read on a photo of a document, quoted into the report: the
// viewer announces the selected text with its document and page; the report pane, if one is open
// for writing, inserts it where the expert is.
const EVENT = 'smo:report-quote';

export interface ReportQuote {
  text: string;
  document: string;
  page: number;
  /** The page's text was recognised (OCR) from a scan: the quote says so, to be checked against the image. */
  recognised: boolean;
  /** Read on a photo (it has no pages to name). */
  photo: boolean;
}

/** The selection inside `container` as a quote, or null when nothing there is selected. */
export function selectedQuote(container: HTMLElement | null, document: string): ReportQuote | null {
  const selection = window.getSelection();
  const text = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
  const anchor = selection?.anchorNode;
  if (!text || !container || !anchor || !container.contains(anchor)) return null;
  const pageElement = (anchor instanceof Element ? anchor : anchor.parentElement)?.closest<HTMLElement>('[data-page-number]');
  return {
    text,
    document,
    page: Number(pageElement?.dataset.pageNumber ?? 1),
    recognised: pageElement?.dataset.recognised === 'true',
    photo: pageElement?.dataset.photo === 'true',
  };
}

export function announceQuote(quote: ReportQuote): void {
  window.dispatchEvent(new CustomEvent<ReportQuote>(EVENT, { detail: quote }));
}

export function onQuote(listener: (quote: ReportQuote) => void): () => void {
  const handle = (e: Event) => listener((e as CustomEvent<ReportQuote>).detail);
  window.addEventListener(EVENT, handle);
  return () => window.removeEventListener(EVENT, handle);
}
