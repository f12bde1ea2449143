// A finalized report or addendum: read-only, signed, with its state on the way to the platform,
// the receipt once the platform has it, or what the platform refused and the way back to a draft.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { formatDateTime, formatDuration } from '../../ui/format';
import { DivergenceSummary } from './DivergenceSummary';
import { reportDocumentId, reportFileName, reportPdfUrl, type Submission } from './report-exports';
import { ReportReader } from './ReportDocument';

/** The platform's refusals the expert can act on, each explained; any other is told as a refusal. */
const REJECTIONS: Record<string, 'version' | 'withdrawn' | 'signatureInvalid' | 'signerUntrusted'> = {
  VERSION_CONFLICT: 'version',
  CASE_WITHDRAWN: 'withdrawn',
  SIGNATURE_INVALID: 'signatureInvalid',
  SIGNER_UNTRUSTED: 'signerUntrusted',
};

export function SubmissionCard({
  caseId,
  reference,
  submission: s,
  locale,
  onReopen,
  onFhir,
  onPdf,
}: {
  caseId: string;
  reference: string;
  submission: Submission;
  locale: Locale;
  onReopen: () => void;
  onFhir: () => void;
  onPdf: () => void;
}) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  return (
    <section className={`report-submission report-submission--${s.state}`} data-testid="report-submission" data-state={s.state} data-kind={s.kind}>
      <h3 data-testid="report-submission-title">{t(`report.submission.${s.kind}.${s.state}`)}</h3>
      {s.kind === 'report' && <DivergenceSummary divergence={s.divergence} complexity={s.complexity} />}
      <p>{t('report.signedBy', { name: s.signedBy, when: formatDateTime(locale, s.signedAt) })}</p>
      <p className="muted" data-testid="report-electronic-signature" data-electronic={String(s.electronicSignature !== null)}>
        {s.electronicSignature ? t('report.electronic', { ...s.electronicSignature }) : t('report.byNameOnly')}
        {s.receipt?.signatureVerified && <> {t('report.signatureVerified')}</>}
      </p>
      <p className="muted">{t('report.reviewTime', { time: formatDuration(s.reviewSeconds) })}</p>
      {s.state === 'queued' && <p className="notice">{t('report.queued')}</p>}
      {s.receipt && (
        <p className="notice notice--success" data-testid="report-receipt" data-receipt-id={s.receipt.id}>
          {t('report.receipt', { id: s.receipt.id.slice(0, 8), when: formatDateTime(locale, s.receipt.receivedAt) })}
        </p>
      )}
      {s.state === 'rejected' && (
        <div className="notice notice--error" role="alert" data-testid="report-rejected">
          <p>{t(`report.rejected.${REJECTIONS[s.rejection ?? ''] ?? 'other'}`)}</p>
          <button type="button" className="button button--small" onClick={onReopen} data-testid="report-reopen">
            {t('report.reopen')}
          </button>
        </div>
      )}
      <div className="report-actions">
        <button type="button" className="button button--secondary button--small" onClick={() => setReading(true)} data-testid="report-read">
          {t('report.read')}
        </button>
        <a
          className="button button--secondary button--small"
          href={reportPdfUrl(caseId, { submissionId: s.id })}
          download={reportFileName(reference, s.kind, 'pdf')}
          onClick={() => onPdf()}
          data-testid="report-export-pdf"
        >
          {t('report.exportPdf')}
        </a>
        <button type="button" className="button button--secondary button--small" onClick={onFhir} data-testid="report-export-fhir">
          {t('report.exportFhir')}
        </button>
      </div>
      {reading && <ReportReader documentId={reportDocumentId(caseId, { submissionId: s.id })} onClose={() => setReading(false)} />}
    </section>
  );
}
