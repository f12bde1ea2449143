// The application: keeps the installation's info current and switches between screens.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Locale } from '../../../src-preload/contract';
import { InboxView } from '../features/inbox/InboxView';
import { SettingsView } from '../features/settings/SettingsView';
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

  useEffect(() => backend.on('app.changed', setInfo), [backend]);
  useEffect(() => {
    if (info.locale !== document.documentElement.lang) void changeLocale(info.locale);
  }, [info.locale]);

  async function setLocale(locale: Locale) {
    try {
      setInfo(await backend.app.setLocale({ locale }));
      setError(null);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  }

  return (
    <AppFrame info={info} route={route} onNavigate={navigate} onLocaleChange={setLocale}>
      {error && (
        <p className="notice notice--error" role="alert" data-testid="app-error">
          {error}
        </p>
      )}
      {route === 'inbox' && <InboxView info={info} />}
      {route === 'settings' && <SettingsView info={info} onLocaleChange={setLocale} />}
    </AppFrame>
  );
}
