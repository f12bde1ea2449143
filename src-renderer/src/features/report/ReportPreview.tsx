// Finalizing: the report exactly as the patient will read it (the PDF core makes, in the PDF
// viewer), then a confirmation that signs it and sends it. Nothing is frozen before the confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { reportDocumentId } from './report-exports';
import { ReportDocument } from './ReportDocument';
import { useSigningStatus } from '../signing/use-signing-status';
import { sameName } from '../signing/same-name';

/** How the report will be signed: with the expert's certificate, or by name only (and it will say so). */
function SigningLine({ signer }: { signer: string }) {
  const { t } = useTranslation();
  const [status] = useSigningStatus();
  if (!status) return null;
  const certificate = status.certificate;
  return (
    <>
      <p className={certificate ? 'muted' : 'notice'} data-testid="report-signing" data-electronic={String(certificate !== null)}>
        {certificate ? t('signing.willSign', { holder: certificate.holder, issuer: certificate.issuer }) : t('signing.willSignByName')}
      </p>
      {certificate && !sameName(certificate.holder, signer) && (
        <p className="notice notice--warning" role="status" data-testid="report-signing-other-name">
          {t('signing.otherName', { holder: certificate.holder, signer })}
        </p>
      )}
    </>
  );
}

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
      <SigningLine signer={signer} />
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
