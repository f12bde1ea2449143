// The inbox: the expert's assigned cases as synced to this computer, soonest due first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, CaseSummary } from '../../../../src-preload/contract';
import { useBackend } from '../../app/backend-context';
import { useLive } from '../../app/use-live';
import { AcceptDialog, DeclineDialog } from './CaseDecisionDialogs';
import { CaseRow } from './CaseRow';

export function InboxView({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const { value: cases, reload } = useLive(() => backend.cases.list(), ['cases.changed', 'sync.progress', 'sync.changed']);
  const [deciding, setDeciding] = useState<{ kind: 'accept' | 'decline'; summary: CaseSummary } | null>(null);
  const close = () => {
    setDeciding(null);
    reload();
  };
  return (
    <section className="view view--wide" data-testid="inbox" aria-labelledby="inbox-title">
      <h1 id="inbox-title" className="view__title">
        {t('inbox.title')}
      </h1>
      {cases && cases.length === 0 && (
        <div className="empty-state" data-testid="inbox-empty">
          <h2 className="empty-state__title">{t('inbox.emptyTitle')}</h2>
          <p className="empty-state__body">{t('inbox.emptyBody')}</p>
          {info.platformUrl === null && <p className="empty-state__hint">{t('inbox.noPlatform')}</p>}
        </div>
      )}
      {cases && cases.length > 0 && (
        <ul className="case-list">
          {cases.map((summary) => (
            <CaseRow
              key={summary.id}
              summary={summary}
              locale={info.locale}
              onAccept={() => setDeciding({ kind: 'accept', summary })}
              onDecline={() => setDeciding({ kind: 'decline', summary })}
            />
          ))}
        </ul>
      )}
      {deciding?.kind === 'accept' && <AcceptDialog summary={deciding.summary} onClose={close} />}
      {deciding?.kind === 'decline' && <DeclineDialog summary={deciding.summary} onClose={close} />}
    </section>
  );
}
