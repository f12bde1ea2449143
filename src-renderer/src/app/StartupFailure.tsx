// Shown when the app cannot reach its core at start: one sentence and a way to try again.
import { useTranslation } from 'react-i18next';

export function StartupFailure({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="startup-failure" role="alert" data-testid="startup-failure">
      <h1>{t('status.fatalTitle')}</h1>
      <p>{message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('status.retry')}
      </button>
    </div>
  );
}
