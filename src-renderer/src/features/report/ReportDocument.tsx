// A report's patient-facing PDF (made by core) in the PDF viewer: the preview before signing, and
// the reading of a report already sent.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

// pdf.js is loaded when a PDF is first shown, not with the app.
const PdfViewer = lazy(() => import('../documents/pdf/PdfViewer').then((m) => ({ default: m.PdfViewer })));

export function ReportDocument({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  return (
    <div className="report-preview__document">
      <Suspense fallback={<p className="muted">{t('workspace.loading')}</p>}>
        <PdfViewer documentId={documentId} name={t('report.previewTitle')} onCommands={() => {}} quotable={false} />
      </Suspense>
    </div>
  );
}

export function ReportReader({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('report.previewTitle')} onClose={onClose} testId="report-reader">
      <ReportDocument documentId={documentId} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('report.close')}
        </button>
      </div>
    </Dialog>
  );
}
