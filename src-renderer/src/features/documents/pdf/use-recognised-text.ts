// A case's PDF with the text core recognised on its scanned pages (use-recognition.ts): the
// document is handed to the viewer once the recognised text is lent to pdf.js (recognised-text.ts),
// and again whenever more pages have been read. Without a case (the report's preview), or when core
// cannot be asked, the document is handed as it is.
import { useEffect, useRef, useState } from 'react';
import type { RecognitionStatus } from '../../../../../contract';
import type { PdfDocument } from './pdf-loader';
import { lendRecognisedText } from './recognised-text';
import { useRecognition } from '../use-recognition';

export interface RecognisedDocument {
  /** The document for the viewer, with the recognised text lent; null until it is. */
  doc: PdfDocument | null;
  /** Where reading stands (null: not asked, or no case). */
  status: RecognitionStatus | null;
  /** The pages whose text was recognised: a quote from them says so. */
  recognisedPages: ReadonlySet<number>;
  /** Pages recognition ran on and read nothing from. */
  unreadable: number[];
  /** Changes when the text lent changes: the viewer lays the pages out again. */
  version: number;
}

const NONE: ReadonlySet<number> = new Set();

/** `painted`: the viewer has painted its first page (reading may start). */
export function useRecognisedText(loaded: PdfDocument | null, caseId: string | null, attachmentId: string, painted: boolean): RecognisedDocument {
  const { status, text, unavailable } = useRecognition(caseId, attachmentId, painted);
  const [lent, setLent] = useState<{ doc: PdfDocument; pages: ReadonlySet<number>; unreadable: number[]; version: number } | null>(null);
  const textRef = useRef(text);
  textRef.current = text;
  // The viewer is laid out again only when pages were added: a PDF with its own text, read and
  // found to need nothing, stays as it is.
  const pagesRead = text?.pages.length ?? -1;

  useEffect(() => setLent(null), [loaded]);
  useEffect(() => {
    if (!loaded) return;
    if (!caseId || unavailable) return setLent({ doc: loaded, pages: NONE, unreadable: [], version: 0 });
    const pages = textRef.current?.pages;
    if (!pages) return;
    let cancelled = false;
    void lendRecognisedText(loaded, pages).then(() => {
      if (cancelled) return;
      setLent((before) => ({
        doc: loaded,
        pages: new Set(pages.filter((p) => p.words.length > 0).map((p) => p.page)),
        unreadable: pages.filter((p) => p.words.length === 0).map((p) => p.page),
        version: (before?.doc === loaded ? before.version : 0) + 1,
      }));
    });
    return () => {
      cancelled = true;
    };
  }, [loaded, caseId, unavailable, pagesRead]);

  return { doc: lent?.doc ?? null, status, recognisedPages: lent?.pages ?? NONE, unreadable: lent?.unreadable ?? [], version: lent?.version ?? 0 };
}
