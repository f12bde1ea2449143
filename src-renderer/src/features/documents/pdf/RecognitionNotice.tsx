// What the viewer says about a scanned document's text: being read (page n of m), read (searchable
// and quotable, to be checked against the image), a page that could not be read, or a document
// whose text could not be recognised. Nothing for a PDF that has its own text.
import { useTranslation } from 'react-i18next';
import type { RecognitionStatus } from '../../../../../contract';

export function RecognitionNotice({ status, unreadable = [] }: { status: RecognitionStatus; unreadable?: number[] }) {
  const { t } = useTranslation();
  const message =
    status.state === 'waiting'
      ? t('pdf.recognition.waiting')
      : status.state === 'reading'
        ? t('pdf.recognition.reading', { done: status.pagesDone, total: status.pagesTotal })
        : status.state === 'failed'
          ? t('pdf.recognition.failed')
          : status.state === 'done' && status.pagesTotal > 0
            ? t('pdf.recognition.done', { count: status.pagesTotal })
            : null;
  if (!message) return null;
  return (
    <p className="pdf-recognition muted" role="status" data-testid="pdf-recognition" data-state={status.state}>
      {status.state === 'reading' && <progress max={Math.max(1, status.pagesTotal)} value={status.pagesDone} aria-hidden="true" />}
      {message}
      {unreadable.length > 0 && ` ${t('pdf.recognition.unreadable', { pages: unreadable.join(', '), count: unreadable.length })}`}
    </p>
  );
}
