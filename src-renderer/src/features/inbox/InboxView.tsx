// The inbox: the expert's assigned cases. Until the sync engine lands it shows its empty state.
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../src-preload/contract';

export function InboxView({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <section className="view" data-testid="inbox" aria-labelledby="inbox-title">
      <h1 id="inbox-title" className="view__title">
        {t('inbox.title')}
      </h1>
      <div className="empty-state" data-testid="inbox-empty">
        <h2 className="empty-state__title">{t('inbox.emptyTitle')}</h2>
        <p className="empty-state__body">{t('inbox.emptyBody')}</p>
        {info.platformUrl === null && <p className="empty-state__hint">{t('inbox.noPlatform')}</p>}
      </div>
    </section>
  );
}
