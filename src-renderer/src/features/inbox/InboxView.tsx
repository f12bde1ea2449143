// The inbox: the expert's cases as synced to this computer, by stage, in the order the expert
// chose (soonest due first unless told otherwise), with a search over reference, disease and family.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, CaseSummary } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useLive } from '../../backend/use-live';
import { SearchField } from '../../ui/SearchField';
import { AcceptDialog, DeclineDialog } from './CaseDecisionDialogs';
import { CaseRow, familyLabelKey } from './CaseRow';
import { INBOX_ORDERS, INBOX_TABS, matchesSearch, sortCases, tabOf, type InboxOrder, type InboxTab } from './inbox-filters';

export function InboxView({ info, onOpen }: { info: AppInfo; onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const { value: cases, reload } = useLive(() => backend.cases.list(), ['cases.changed', 'sync.progress', 'sync.changed']);
  const [tab, setTab] = useState<InboxTab>(() => (sessionStorage.getItem('inbox.tab') as InboxTab | null) ?? 'in_review');
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<InboxOrder>(() => {
    const kept = sessionStorage.getItem('inbox.order');
    return INBOX_ORDERS.find((o) => o === kept) ?? 'due';
  });
  const chooseOrder = (next: InboxOrder) => {
    setOrder(next);
    sessionStorage.setItem('inbox.order', next);
  };
  const [deciding, setDeciding] = useState<{ kind: 'accept' | 'decline'; summary: CaseSummary } | null>(null);
  const close = () => {
    setDeciding(null);
    reload();
  };
  const chooseTab = (next: InboxTab) => {
    setTab(next);
    sessionStorage.setItem('inbox.tab', next);
  };
  const counts = Object.fromEntries(INBOX_TABS.map((k) => [k, (cases ?? []).filter((c) => tabOf(c) === k).length])) as Record<InboxTab, number>;
  const searching = query.trim() !== '';
  const shown = sortCases(
    (cases ?? []).filter((c) => (searching || tabOf(c) === tab) && matchesSearch(c, t(familyLabelKey(c.diseaseFamily)), query)),
    order,
  );

  return (
    <section className="view view--wide" data-testid="inbox" aria-labelledby="inbox-title">
      <div className="inbox__head">
        <h1 id="inbox-title" className="view__title">
          {t('inbox.title')}
        </h1>
        <div className="inbox__tools">
          <label className="inbox__order">
            <span className="muted">{t('inbox.sortLabel')}</span>
            <select className="field__control" value={order} onChange={(e) => chooseOrder(e.target.value as InboxOrder)} data-testid="inbox-order">
              {INBOX_ORDERS.map((o) => (
                <option key={o} value={o}>
                  {t(`inbox.sort.${o}`)}
                </option>
              ))}
            </select>
          </label>
          <SearchField className="field__control inbox__search" label={t('inbox.searchPlaceholder')} value={query} onChange={setQuery} testId="inbox-search" />
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={t('inbox.title')}>
        {INBOX_TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={!searching && tab === k}
            data-testid={`inbox-tab-${k}`}
            onClick={() => chooseTab(k)}
          >
            {t(`inbox.tabs.${k}`)} <span className="tabs__count">{counts[k]}</span>
          </button>
        ))}
      </div>
      {cases && cases.length === 0 && (
        <div className="empty-state" data-testid="inbox-empty">
          <h2 className="empty-state__title">{t('inbox.emptyTitle')}</h2>
          <p className="empty-state__body">{t('inbox.emptyBody')}</p>
          {info.platformUrl === null && <p className="empty-state__hint">{t('inbox.noPlatform')}</p>}
        </div>
      )}
      {cases && cases.length > 0 && shown.length === 0 && (
        <p className="muted" data-testid="inbox-none">
          {t('inbox.noneHere')}
        </p>
      )}
      <ul className="case-list">
        {shown.map((summary) => (
          <CaseRow
            key={summary.id}
            summary={summary}
            locale={info.locale}
            onOpen={() => onOpen(summary.id)}
            onAccept={() => setDeciding({ kind: 'accept', summary })}
            onDecline={() => setDeciding({ kind: 'decline', summary })}
          />
        ))}
      </ul>
      {deciding?.kind === 'accept' && <AcceptDialog summary={deciding.summary} onClose={close} />}
      {deciding?.kind === 'decline' && <DeclineDialog summary={deciding.summary} onClose={close} />}
    </section>
  );
}
