// The frame around every screen: brand, main navigation, connectivity and language.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Locale } from '../../../contract';
import { LocaleSwitch } from './LocaleSwitch';
import { CoreLinkBanner } from './CoreLinkBanner';
import type { Route, TopRoute } from './routes';

interface Props {
  info: AppInfo;
  route: Route;
  /** Navigation and the lock button exist only while the cases are open. */
  unlocked: boolean;
  onNavigate: (route: Route) => void;
  onLocaleChange: (locale: Locale) => void;
  onLock: () => void;
  /** Sync status, shown in the bar while the cases are open. */
  status: ReactNode;
  /** Offline and removal notices under the bar. */
  banners: ReactNode;
  /** The notifications bell, while the cases are open. */
  notifications: ReactNode;
  children: ReactNode;
}

export function AppFrame({ info, route, unlocked, onNavigate, onLocaleChange, onLock, status, banners, notifications, children }: Props) {
  const { t } = useTranslation();
  const navItems: { route: TopRoute; label: string }[] = [
    { route: 'inbox', label: t('nav.inbox') },
    { route: 'practice', label: t('nav.practice') },
    { route: 'settings', label: t('nav.settings') },
  ];
  // A case workspace belongs to the inbox.
  const current: TopRoute = route.name === 'settings' || route.name === 'practice' ? route.name : 'inbox';
  return (
    <div className="app" data-testid="app-root">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app__bar">
        <div className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        {unlocked && (
          <nav className="app__nav" aria-label={t('app.mainNavigation')}>
            {navItems.map((item) => (
              <button
                key={item.route}
                type="button"
                className="nav-item"
                aria-current={current === item.route ? 'page' : undefined}
                data-testid={`nav-${item.route}`}
                onClick={() => onNavigate({ name: item.route })}
              >
                {item.label}
              </button>
            ))}
          </nav>
        )}
        <div className="app__status">
          {status}
          {notifications}
          <LocaleSwitch locale={info.locale} onChange={onLocaleChange} />
          {unlocked && (
            <button type="button" className="button button--secondary button--small" title={t('frame.lockHint')} data-testid="lock-now" onClick={onLock}>
              {t('frame.lock')}
            </button>
          )}
        </div>
      </header>
      <CoreLinkBanner />
      {banners}
      <main id="main" className="app__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
