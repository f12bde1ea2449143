// What has not reached the platform yet, by kind: shown before anything could lose it.
import { useTranslation } from 'react-i18next';
import type { CacheStatus } from '../../../../contract';

type Kind = keyof CacheStatus['unsynced']['byKind'];

const LABELS = {
  'case.accept': 'unsynced.case_accept',
  'case.decline': 'unsynced.case_decline',
  'report.submit': 'unsynced.report_submit',
  'addendum.submit': 'unsynced.addendum_submit',
  'message.send': 'unsynced.message_send',
  'review.session': 'unsynced.review_session',
  'audit.entries': 'unsynced.audit_entries',
} as const satisfies Record<Kind, string>;

export function UnsyncedChanges({ unsynced }: { unsynced: CacheStatus['unsynced'] }) {
  const { t } = useTranslation();
  if (unsynced.total === 0) return <p data-testid="unsynced-none">{t('unlock.resetNothingPending')}</p>;
  const kinds = Object.entries(unsynced.byKind) as [Kind, number][];
  return (
    <div data-testid="unsynced-changes">
      <p className="notice notice--warning">{t('unlock.resetPending')}</p>
      <ul className="plain-list">
        {kinds.map(([kind, count]) => (
          <li key={kind}>{t(LABELS[kind], { count })}</li>
        ))}
      </ul>
    </div>
  );
}
