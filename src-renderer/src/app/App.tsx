// The application: keeps the installation's info and the cache status current, shows the unlock
// screen until the cases are open, then switches between screens.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Locale } from '../../../contract';
import { InboxView } from '../features/inbox/InboxView';
import { CaseWorkspace } from '../features/workspace/CaseWorkspace';
import { PracticeView } from '../features/practice/PracticeView';
import { SettingsView } from '../features/settings/SettingsView';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { useCacheStatus } from '../features/unlock/use-cache-status';
import { changeLocale } from '../i18n/i18n';
import { AppFrame } from './AppFrame';
import { useBackend } from '../backend/backend-context';
import { errorMessage } from '../backend/error-message';
import { useRoute } from './routes';
import { useLive } from '../backend/use-live';
import { SignInScreen } from '../features/session/SignInScreen';
import { SyncBanners } from '../features/sync/SyncBanners';
import { SyncStatusBar } from '../features/sync/SyncStatusBar';
import { reportPresence } from '../features/timer/presence';
import { NotificationsMenu } from '../features/notifications/NotificationsMenu';
import { FirstSyncPanel } from '../features/first-start/FirstSyncPanel';
import { preloadImagingWhenIdle } from '../features/documents/dicom/preload-imaging';

export function App({ initialInfo }: { initialInfo: AppInfo }) {
  const backend = useBackend();
  const { t } = useTranslation();
  const [info, setInfo] = useState(initialInfo);
  const [error, setError] = useState<string | null>(null);
  const [route, navigate] = useRoute();
  const status = useCacheStatus();
  const unlocked = status?.state === 'unlocked';
  const lockKey = unlocked ? 'unlocked' : 'locked';
  const session = useLive(() => (unlocked ? backend.session.status() : Promise.resolve(null)), ['session.changed'], lockKey).value;
  const sync = useLive(() => (unlocked ? backend.sync.status() : Promise.resolve(null)), ['sync.changed', 'sync.progress', 'cases.changed'], lockKey).value;

  // The browser tells when the network comes back: sync at once rather than at the next retry.
  useEffect(() => {
    const onOnline = () => void backend.sync.now().catch(() => {});
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [backend]);

  // A new installation (or one just erased) goes on to its first sync under the first-start steps.
  const [firstStart, setFirstStart] = useState(false);
  const newHere = status?.state === 'uninitialized' || (session !== null && session.expert === null);
  useEffect(() => {
    if (newHere) setFirstStart(true);
  }, [newHere]);

  useEffect(() => backend.on('app.changed', setInfo), [backend]);
  // Reviews are mostly imaging: the viewer is readied while the expert looks at the inbox.
  useEffect(() => (unlocked ? preloadImagingWhenIdle() : undefined), [unlocked]);
  // Input anywhere in the app keeps it unlocked (and feeds the review timer in a case).
  useEffect(() => (unlocked ? reportPresence(backend) : undefined), [backend, unlocked]);
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
  const setLocale = (locale: Locale) => void run(async () => setInfo(await backend.app.updateSettings({ locale })));
  const lock = () => void run(() => backend.cache.lock());
  const syncNow = () => void run(() => backend.sync.now());
  // Until the session is known, neither the app nor the sign-in screen shows (no flash of either).
  const sessionKnown = !unlocked || session !== null;
  const needsSignIn = unlocked && session !== null && session.platformUrl !== null && !session.signedIn;

  return (
    <AppFrame
      info={info}
      route={route}
      unlocked={unlocked && sessionKnown && !needsSignIn}
      onNavigate={navigate}
      onLocaleChange={setLocale}
      onLock={lock}
      status={unlocked && sync && !needsSignIn ? <SyncStatusBar status={sync} locale={info.locale} onSyncNow={syncNow} /> : null}
      banners={unlocked && sync ? <SyncBanners status={sync} locale={info.locale} /> : null}
      notifications={
        unlocked && sessionKnown && !needsSignIn ? <NotificationsMenu locale={info.locale} onOpenCase={(caseId) => navigate({ name: 'case', caseId })} /> : null
      }
    >
      {error && (
        <p className="notice notice--error" role="alert" data-testid="app-error">
          {error}
        </p>
      )}
      {status === null || !sessionKnown ? (
        <p className="loading" role="status">
          {t('status.loading')}
        </p>
      ) : !unlocked ? (
        <UnlockScreen status={status} info={info} />
      ) : needsSignIn && session ? (
        <SignInScreen key={session.platformUrl ?? ''} session={session} again={session.expert !== null} runtime={info.runtime} />
      ) : route.name === 'settings' ? (
        <SettingsView info={info} cache={status} onLocaleChange={setLocale} />
      ) : route.name === 'practice' ? (
        <PracticeView locale={info.locale} />
      ) : route.name === 'case' ? (
        <CaseWorkspace key={route.caseId} caseId={route.caseId} info={info} onBack={() => navigate({ name: 'inbox' })} />
      ) : (
        <>
          {firstStart && sync && <FirstSyncPanel status={sync} locale={info.locale} onDone={() => setFirstStart(false)} />}
          <InboxView info={info} onOpen={(caseId) => navigate({ name: 'case', caseId })} />
        </>
      )}
    </AppFrame>
  );
}
