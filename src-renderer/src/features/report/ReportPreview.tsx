// Finalizing: the report exactly as the patient will read it (the PDF core makes, in the PDF
// viewer), then a confirmation that signs it and sends it. Nothing is frozen before the confirmation.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';
import { reportDocumentId } from './report-exports';

// pdf.js is loaded when a PDF is first shown, not with the app.
const PdfViewer = lazy(() => import('../documents/pdf/PdfViewer').then((m) => ({ default: m.PdfViewer })));

export function ReportPreview({ caseId, revision, signer, onConfirm, onClose, busy, error }: { caseId: string; revision: number; signer: string; onConfirm: () => void; onClose: () => void; busy: boolean; error: string | null }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <Dialog title={t('report.previewTitle')} onClose={onClose} testId="report-preview">
      <div className="report-preview__document">
        <Suspense fallback={<p className="muted">{t('workspace.loading')}</p>}>
          <PdfViewer documentId={reportDocumentId(caseId, { revision })} name={t('report.previewTitle')} onCommands={() => {}} quotable={false} />
        </Suspense>
      </div>
      <label className="report-field--inline">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="report-confirm-check" />
        {t('report.confirm', { name: signer })}
      </label>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('report.backToDraft')}
        </button>
        <button type="button" className="button" disabled={!confirmed || busy} onClick={onConfirm} data-testid="report-confirm">
          {t('report.signAndSubmit')}
        </button>
      </div>
    </Dialog>
  );
}
