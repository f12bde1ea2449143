// What the viewer says about a scanned document's text: being read (page n of m), read (searchable
// and quotable, to be checked against the image), a page that could not be read, or a document
// whose text could not be recognised. Nothing until core has found pages without text: a PDF with
// its own text (or one it could not open) is never called a scan.
import { useTranslation } from 'react-i18next';
import type { RecognitionStatus } from '../../../../../contract';

export function RecognitionNotice({ status, unreadable = [] }: { status: RecognitionStatus; unreadable?: number[] }) {
  const { t } = useTranslation();
  if (status.pagesTotal === 0) return null;
  const message =
    status.state === 'reading'
      ? t('pdf.recognition.reading', { done: status.pagesDone, total: status.pagesTotal })
      : status.state === 'failed'
        ? t('pdf.recognition.failed')
        : status.state === 'done'
          ? t('pdf.recognition.done', { count: status.pagesTotal })
          : null;
  if (!message) return null;
  return (
    <p className="pdf-recognition muted" role="status" data-testid="pdf-recognition" data-state={status.state}>
      {status.state === 'reading' && <progress max={status.pagesTotal} value={status.pagesDone} aria-hidden="true" />}
      {message}
      {unreadable.length > 0 && ` ${t('pdf.recognition.unreadable', { pages: unreadable.join(', '), count: unreadable.length })}`}
    </p>
  );
}
