// Sync in the frame: connectivity, when it last synced, downloads under way, changes waiting,
// and "Sync now".
import { useTranslation } from 'react-i18next';
import type { Locale, SyncStatus } from '../../../../contract';
import { formatRelative } from '../../ui/format';
import { useCoreLink } from '../../backend/use-core-link';
import { downloadPercent } from './download-percent';

export function SyncStatusBar({ status, locale, onSyncNow }: { status: SyncStatus; locale: Locale; onSyncNow: () => void }) {
  const { t } = useTranslation();
  // Without core, the last status heard says nothing true about the platform.
  const coreUp = useCoreLink();
  const connectivity = coreUp ? status.connectivity : 'noCore';
  const { downloads } = status;
  const downloading = downloads.pending > 0 && downloads.bytesTotal > 0;
  const percent = downloading ? downloadPercent(downloads) : 100;
  let label = status.lastSyncAt ? t('sync.lastSync', { when: formatRelative(locale, status.lastSyncAt) }) : t('sync.never');
  if (status.running) label = t('sync.syncing');
  return (
    <div className="sync-status" data-testid="sync-status" data-connectivity={connectivity} data-running={status.running}>
      <span className={`connectivity connectivity--${coreUp ? status.connectivity : 'offline'}`} data-testid="connectivity">
        {t(`connectivity.${connectivity}`)}
      </span>
      {/* Cut with an ellipsis when the bar is narrow: the whole sentence (and the time of the last sync) is in its title. */}
      <span className="sync-status__label" data-testid="sync-label" title={status.lastSyncAt ? `${label} (${status.lastSyncAt})` : label}>
        {label}
      </span>
      {downloading && (
        <span className="sync-status__progress" data-testid="sync-progress" title={t('sync.downloading', { percent })}>
          <progress max={100} value={percent} aria-label={t('sync.downloading', { percent })} />
          <span className="sync-status__percent">{`${percent} %`}</span>
        </span>
      )}
      {status.pendingChanges > 0 && (
        <span className="badge badge--warning" data-testid="sync-pending">
          {t('sync.pending', { count: status.pendingChanges })}
        </span>
      )}
      <button type="button" className="button button--secondary button--small" data-testid="sync-now" onClick={onSyncNow} disabled={status.running}>
        {t('sync.syncNow')}
      </button>
    </div>
  );
}
