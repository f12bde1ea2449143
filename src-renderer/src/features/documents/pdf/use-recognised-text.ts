// A case's PDF with the text core recognised on its scanned pages: asks core to read it first if it
// has not been (also when background reading is off), follows the reading's progress, and hands
// the document to the viewer once the recognised text is lent to pdf.js (recognised-text.ts), again
// when the reading finishes. Without a case (the report's preview), the document is handed as it is.
import { useEffect, useState } from 'react';
import type { RecognitionStatus } from '../../../../../contract';
import { useBackend } from '../../../backend/backend-context';
import type { PdfDocument } from './pdf-loader';
import { lendRecognisedText } from './recognised-text';

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

export function useRecognisedText(loaded: PdfDocument | null, caseId: string | null, attachmentId: string): RecognisedDocument {
  const backend = useBackend();
  const [status, setStatus] = useState<RecognitionStatus | null>(null);
  const [lent, setLent] = useState<{ doc: PdfDocument; pages: ReadonlySet<number>; unreadable: number[]; version: number } | null>(null);

  useEffect(() => {
    setLent(null);
    setStatus(null);
    if (!loaded) return;
    if (!caseId) return setLent({ doc: loaded, pages: NONE, unreadable: [], version: 0 });
    let cancelled = false;
    let version = 0;
    /** The pages lent so far: the viewer is laid out again only when new ones arrive. */
    let lentPages = -1;
    const lend = async () => {
      const text = await backend.documents.recognisedText({ caseId, attachmentId });
      if (cancelled) return text;
      setStatus(text);
      // A PDF with its own text, read and found to need nothing: the viewer stays as it is.
      if (text.pages.length === lentPages) return text;
      lentPages = text.pages.length;
      await lendRecognisedText(loaded, text.pages);
      if (!cancelled) {
        setLent({
          doc: loaded,
          pages: new Set(text.pages.filter((p) => p.words.length > 0).map((p) => p.page)),
          unreadable: text.pages.filter((p) => p.words.length === 0).map((p) => p.page),
          version: ++version,
        });
      }
      return text;
    };
    const off = backend.on('documents.recognition', (next) => {
      if (next.attachmentId !== attachmentId || cancelled) return;
      setStatus(next);
      if (next.state === 'done') void lend();
    });
    void lend().then(
      (text) => {
        if (!cancelled && (text.state === 'off' || text.state === 'waiting'))
          void backend.documents.recognise({ caseId, attachmentId }).then(
            (s) => !cancelled && setStatus(s),
            () => {},
          );
      },
      // No recognised text to be had (core unreachable): the document as it is.
      () => !cancelled && setLent({ doc: loaded, pages: NONE, unreadable: [], version: 0 }),
    );
    return () => {
      cancelled = true;
      off();
    };
  }, [backend, loaded, caseId, attachmentId]);

  return { doc: lent?.doc ?? null, status, recognisedPages: lent?.pages ?? NONE, unreadable: lent?.unreadable ?? [], version: lent?.version ?? 0 };
}
