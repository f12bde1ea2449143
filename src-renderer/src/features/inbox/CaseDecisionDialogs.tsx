// Accepting (with the attestation of not being in charge of the patient) or declining (with a
// reason) an offered case. Both work offline: the decision is queued and sent later.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary, DECLINE_REASONS } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../backend/use-action';

type DeclineReason = (typeof DECLINE_REASONS)[number];
const REASONS: readonly DeclineReason[] = ['conflict_of_interest', 'outside_expertise', 'unavailable', 'insufficient_information', 'mental_health', 'other'];

export function AcceptDialog({ summary, onClose }: { summary: CaseSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [attested, setAttested] = useState(false);
  const { run, error, busy } = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => backend.cases.accept({ caseId: summary.id, notDirectlyInCharge: true }))) onClose();
  }
  return (
    <Dialog title={t('inbox.acceptTitle', { reference: summary.reference })} onClose={onClose} testId="accept-dialog">
      <form onSubmit={(event) => void submit(event)} className="modal__form">
        <label className="checkbox">
          <input type="checkbox" checked={attested} data-testid="accept-attestation" onChange={(e) => setAttested(e.target.checked)} />
          <span>{t('inbox.attestation')}</span>
        </label>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('inbox.cancel')}
          </button>
          <button type="submit" className="button" disabled={!attested || busy} data-testid="accept-confirm">
            {t('inbox.acceptConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeclineDialog({ summary, onClose }: { summary: CaseSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [reason, setReason] = useState<DeclineReason>('outside_expertise');
  const [details, setDetails] = useState('');
  const { run, error, busy } = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => backend.cases.decline({ caseId: summary.id, reason, details }))) onClose();
  }
  return (
    <Dialog title={t('inbox.declineTitle', { reference: summary.reference })} onClose={onClose} testId="decline-dialog">
      <form onSubmit={(event) => void submit(event)} className="modal__form">
        <label className="field">
          <span className="field__label">{t('inbox.declineReason')}</span>
          <select className="field__control" value={reason} data-testid="decline-reason" onChange={(e) => setReason(e.target.value as DeclineReason)}>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`declineReasons.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('inbox.declineDetails')}</span>
          <textarea className="field__control" rows={3} value={details} maxLength={2000} onChange={(e) => setDetails(e.target.value)} />
        </label>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('inbox.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={busy} data-testid="decline-confirm">
            {t('inbox.declineConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
