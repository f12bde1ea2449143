// The text core recognised (OCR) on one of the case's documents, a scanned PDF or a photo of a
// document, and where its reading stands, followed as it moves on. Reading is asked for (first in
// core's queue, and even with background reading off) once the document's first page or image is
// on the screen: on two cores, OCR started at once took the processor from that first paint
// (a scan's first page took 3.8 s against 1.2 s for pdf.js alone).
import { useEffect, useRef, useState } from 'react';
import type { RecognisedText, RecognitionStatus } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';

export interface Recognition {
  /** Where reading stands (null: not known yet, or no case). */
  status: RecognitionStatus | null;
  /** The text recognised so far (null until core answered). */
  text: RecognisedText | null;
  /** Core could not be asked (unreachable): the document is shown as it is. */
  unavailable: boolean;
}

/** `shown`: the document's first page or image is painted (reading may start). No case: nothing is read. */
export function useRecognition(caseId: string | null, attachmentId: string, shown: boolean): Recognition {
  const backend = useBackend();
  const [status, setStatus] = useState<RecognitionStatus | null>(null);
  const [text, setText] = useState<RecognisedText | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  /** The document reading was asked for (once per document). */
  const asked = useRef<string | null>(null);

  useEffect(() => {
    setStatus(null);
    setText(null);
    setUnavailable(false);
    if (!caseId) return;
    let cancelled = false;
    const load = async () => {
      const answer = await backend.documents.recognisedText({ caseId, attachmentId });
      if (cancelled) return;
      setText(answer);
      setStatus(answer);
    };
    const off = backend.on('documents.recognition', (next) => {
      if (next.attachmentId !== attachmentId || cancelled) return;
      setStatus(next);
      if (next.state === 'done') void load().catch(() => {});
    });
    load().catch(() => !cancelled && setUnavailable(true));
    return () => {
      cancelled = true;
      off();
    };
  }, [backend, caseId, attachmentId]);

  // Not read yet: asked for now that the document is on the screen.
  const state = status?.state;
  useEffect(() => {
    if (!shown || !caseId || (state !== 'off' && state !== 'waiting') || asked.current === attachmentId) return;
    asked.current = attachmentId;
    void backend.documents.recognise({ caseId, attachmentId }).then(
      // Unless the reading already said it moved on.
      (answer) => setStatus((current) => (current && current.state !== 'off' && current.state !== 'waiting' ? current : answer)),
      () => {},
    );
  }, [backend, shown, caseId, attachmentId, state]);

  return { status, text, unavailable };
}
