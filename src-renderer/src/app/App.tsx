// The application: keeps the installation's info and the cache status current, shows the unlock
// screen until the cases are open, then switches between screens.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Locale } from '../../../src-preload/contract';
import { InboxView } from '../features/inbox/InboxView';
import { SettingsView } from '../features/settings/SettingsView';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { useCacheStatus } from '../features/unlock/use-cache-status';
import { changeLocale } from '../i18n/i18n';
import { AppFrame } from './AppFrame';
import { useBackend } from './backend-context';
import { errorMessage } from './error-message';
import { useRoute } from './routes';

export function App({ initialInfo }: { initialInfo: AppInfo }) {
  const backend = useBackend();
  const { t } = useTranslation();
  const [info, setInfo] = useState(initialInfo);
  const [error, setError] = useState<string | null>(null);
  const [route, navigate] = useRoute();
  const { status } = useCacheStatus();

  useEffect(() => backend.on('app.changed', setInfo), [backend]);
  useEffect(() => {
    if (info.locale !== document.documentElement.lang) void changeLocale(info.locale);
  }, [info.locale]);

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  }
  const setLocale = (locale: Locale) => run(async () => setInfo(await backend.app.setLocale({ locale })));
  const lock = () => run(() => backend.cache.lock());
  const unlocked = status?.state === 'unlocked';

  return (
    <AppFrame info={info} route={route} unlocked={unlocked} onNavigate={navigate} onLocaleChange={setLocale} onLock={lock}>
      {error && (
        <p className="notice notice--error" role="alert" data-testid="app-error">
          {error}
        </p>
      )}
      {status === null ? (
        <p className="loading" role="status">
          {t('status.loading')}
        </p>
      ) : !unlocked ? (
        <UnlockScreen status={status} />
      ) : route === 'settings' ? (
        <SettingsView info={info} cache={status} onLocaleChange={setLocale} />
      ) : (
        <InboxView info={info} />
      )}
    </AppFrame>
  );
}
