// Finalizing: the report exactly as the patient will read it (the PDF core makes, in the PDF
// viewer), then a confirmation that signs it and sends it. Nothing is frozen before the confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { reportDocumentId } from './report-exports';
import { ReportDocument } from './ReportDocument';

export function ReportPreview({
  caseId,
  revision,
  signer,
  onConfirm,
  onClose,
  busy,
  error,
}: {
  caseId: string;
  revision: number;
  signer: string;
  onConfirm: () => void;
  onClose: () => void;
  busy: boolean;
  error: string | null;
}) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <Dialog title={t('report.previewTitle')} onClose={onClose} testId="report-preview">
      <ReportDocument documentId={reportDocumentId(caseId, { revision })} />
      <label className="report-field--inline">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="report-confirm-check" />
        {t('report.confirm', { name: signer })}
      </label>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="modal__actions">
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
