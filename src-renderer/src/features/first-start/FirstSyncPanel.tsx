// The last step of the first start: the cases arrive. It shows the documents coming down (the
// inbox fills in below as cases arrive) and says when everything is on this computer, encrypted
// and available offline.
import { useTranslation } from 'react-i18next';
import type { Locale, SyncStatus } from '../../../../contract';
import { formatBytes } from '../../ui/format';
import { downloadPercent } from '../sync/download-percent';
import { FirstStartSteps } from './FirstStartSteps';

export function FirstSyncPanel({ status, locale, onDone }: { status: SyncStatus; locale: Locale; onDone: () => void }) {
  const { t } = useTranslation();
  const { downloads } = status;
  const done = status.lastSyncAt !== null && downloads.pending === 0 && !status.running;
  const percent = downloads.bytesTotal > 0 || done ? downloadPercent(downloads) : 0;
  return (
    <section className="first-sync" data-testid="first-sync" data-done={done} aria-live="polite">
      <FirstStartSteps current="cases" />
      <h2>{done ? t('firstStart.syncDoneTitle') : t('firstStart.syncTitle')}</h2>
      {done ? (
        <p>{t('firstStart.syncDone')}</p>
      ) : (
        <>
          <p data-testid="first-sync-progress">
            {downloads.bytesTotal > 0
              ? t('firstStart.syncProgress', { done: formatBytes(locale, downloads.bytesDone), total: formatBytes(locale, downloads.bytesTotal), percent })
              : t('firstStart.syncStarting')}
          </p>
          <progress max={100} value={percent} aria-label={t('firstStart.syncTitle')} />
          <p className="field__help">{t('firstStart.syncMeanwhile')}</p>
        </>
      )}
      {done && (
        <div>
          <button type="button" className="button" data-testid="first-sync-done" onClick={onDone}>
            {t('firstStart.start')}
          </button>
        </div>
      )}
    </section>
  );
}
