// Banners under the frame: offline (everything still works), platform unavailable, records this
// version could not read (sync went on without them), and the cases about to leave this computer.
import { useTranslation } from 'react-i18next';
import type { Locale, SyncStatus } from '../../../../contract';
import { formatRelative } from '../../ui/format';

export function SyncBanners({ status, locale }: { status: SyncStatus; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <>
      {status.connectivity === 'offline' && (
        <p className="banner banner--offline" role="status" data-testid="offline-banner">
          {t('sync.offlineBanner')}
        </p>
      )}
      {status.connectivity !== 'offline' && status.lastError === 'PLATFORM_UNAVAILABLE' && (
        <p className="banner banner--offline" role="status">
          {t('sync.unavailableBanner')}
        </p>
      )}
      {status.lastError === 'DISK_FULL' && (
        <p className="banner banner--offline" role="alert" data-testid="disk-full-banner">
          {t('errors.DISK_FULL')}
        </p>
      )}
      {status.skippedRecords > 0 && (
        <p className="banner banner--notice" role="status" data-testid="skipped-records-banner">
          {t('sync.skippedBanner', { count: status.skippedRecords })}
        </p>
      )}
      {status.purgeNotices.map((notice) => (
        <p key={notice.caseId} className="banner banner--notice" data-testid="purge-notice">
          {t('sync.purgeNotice', { reference: notice.reference, when: formatRelative(locale, notice.purgeAfter) })}
        </p>
      ))}
    </>
  );
}
