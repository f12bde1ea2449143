// One case in the inbox: reference, disease and family, status, time left, documents on this
// computer, changes not yet sent, and what the platform refused.
import { useTranslation } from 'react-i18next';
import type { CaseSummary, Locale } from '../../../../contract';
import { DueDate } from './DueDate';

const KNOWN_FAMILIES = [
  'orthopedic',
  'cancer',
  'gynecological',
  'urological',
  'cardiovascular',
  'endocrine',
  'respiratory',
  'neurological',
  'digestive',
  'other',
] as const;
type Family = (typeof KNOWN_FAMILIES)[number];
const isFamily = (f: string): f is Family => (KNOWN_FAMILIES as readonly string[]).includes(f);

/** The translation key of a disease family (unknown families read as "Other"). */
export function familyLabelKey(family: string): `families.${Family}` {
  return `families.${isFamily(family) ? family : 'other'}`;
}

interface Props {
  summary: CaseSummary;
  locale: Locale;
  onOpen: () => void;
  onAccept: () => void;
  onDecline: () => void;
}

export function CaseRow({ summary, locale, onOpen, onAccept, onDecline }: Props) {
  const { t } = useTranslation();
  const { documents } = summary;
  const conflictKey = summary.syncConflict === 'CASE_WITHDRAWN' || summary.syncConflict === 'CASE_REASSIGNED' ? summary.syncConflict : 'other';
  return (
    <li
      className={`case-row case-row--${summary.status}`}
      data-testid="case-row"
      data-reference={summary.reference}
      data-status={summary.status}
      onDoubleClick={onOpen}
    >
      <div className="case-row__main">
        <button type="button" className="case-row__open" data-testid="open-case" onClick={onOpen}>
          <span className="case-row__reference">{summary.reference}</span>
          <span className="case-row__disease" lang={summary.language}>
            {summary.disease}
          </span>
        </button>
        <span className="case-row__family">{t(familyLabelKey(summary.diseaseFamily))}</span>
      </div>
      <div className="case-row__meta">
        <span className={`badge badge--status-${summary.status}`} data-testid="case-status">
          {t(`caseStatus.${summary.status}`)}
        </span>
        {summary.dueAt && !summary.readOnly && <DueDate dueAt={summary.dueAt} locale={locale} />}
        {documents.total > 0 && (
          <span className="case-row__docs" data-testid="case-documents">
            {t('inbox.documents', { available: documents.available, total: documents.total })}
          </span>
        )}
        {documents.corrupt > 0 && <span className="badge badge--danger">{t('inbox.documentsCorrupt', { count: documents.corrupt })}</span>}
        {summary.pendingChanges > 0 && (
          <span className="badge badge--warning" data-testid="case-pending">
            {t('inbox.pendingBadge')}
          </span>
        )}
        {summary.readOnly && <span className="badge">{t('inbox.readOnly')}</span>}
      </div>
      {summary.syncConflict && (
        <p className="notice notice--warning case-row__conflict" data-testid="case-conflict">
          {t(`inbox.conflicts.${conflictKey}`)}
        </p>
      )}
      {summary.status === 'offered' && !summary.readOnly && (
        <div className="case-row__actions">
          <button type="button" className="button button--small" data-testid="accept-case" onClick={onAccept}>
            {t('inbox.accept')}
          </button>
          <button type="button" className="button button--secondary button--small" data-testid="decline-case" onClick={onDecline}>
            {t('inbox.decline')}
          </button>
        </div>
      )}
    </li>
  );
}
