// Settings: language, the image cache's size, the timer's idle threshold, the auto-lock delay and
// the offline limit, the electronic signature's certificate, the keyboard shortcuts, what this installation is, and its local data (audit trail, sign-out, reset).
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { AppInfo, AuditStatus, CacheStatus, Locale } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { UI_LOCALES } from '../../i18n/i18n';
import { formatBytes } from '../../ui/format';
import { ResetPanel } from '../unlock/ResetPanel';
import { ShortcutSettings } from './ShortcutSettings';
import { UpdateFeedField } from './UpdateFeedField';
import { SigningSettings } from '../signing/SigningSettings';

interface Props {
  info: AppInfo;
  cache: CacheStatus;
  onLocaleChange: (l: Locale) => void;
}

/** Image cache sizes offered, in MiB: a 1,000-slice 512×512 CT needs about 500. */
const IMAGE_CACHE_CHOICES = [256, 512, 1024, 2048, 4096];
const IDLE_THRESHOLD_CHOICES = [60, 120, 180, 300, 600, 900, 1800];
const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30, 60];
const OFFLINE_TTL_CHOICES = [7, 14, 30, 60, 90];
// Never 0: the expert is told before a finished case leaves this computer.
const RETENTION_CHOICES = [1, 7, 14, 30, 90];

interface NumberChoiceProps {
  label: string;
  help: string;
  testId: string;
  value: number;
  choices: number[];
  format: (value: number) => string;
  onChange: (value: number) => void;
}

/** A numeric setting chosen from a list; a value set elsewhere (not in the list) is shown too. */
function NumberChoice({ label, help, testId, value, choices, format, onChange }: NumberChoiceProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="field__control" value={value} data-testid={testId} onChange={(e) => onChange(Number(e.target.value))}>
        {[...new Set([...choices, value])]
          .sort((a, b) => a - b)
          .map((choice) => (
            <option key={choice} value={choice}>
              {format(choice)}
            </option>
          ))}
      </select>
      <span className="field__help">{help}</span>
    </label>
  );
}

/** "5 minutes", "30 seconds", in the expert's language. */
function formatSpan(locale: string, seconds: number): string {
  const [value, unit] = seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export function SettingsView({ info, cache, onLocaleChange }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [panel, setPanel] = useState<'reset' | 'sign-out' | null>(null);
  const [audit, setAudit] = useState<AuditStatus | null>(null);
  useEffect(() => {
    void backend.audit.status().then(setAudit, () => setAudit(null));
  }, [backend]);
  return (
    <section className="view" data-testid="settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="view__title">
        {t('settings.title')}
      </h1>
      <div className="settings-group">
        <label className="field">
          <span className="field__label">{t('settings.language')}</span>
          <select className="field__control" value={info.locale} data-testid="settings-locale" onChange={(e) => onLocaleChange(e.target.value as Locale)}>
            {UI_LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`locale.${code}`)}
              </option>
            ))}
          </select>
          <span className="field__help">{t('settings.languageHelp')}</span>
        </label>
        <NumberChoice
          label={t('settings.imageCache')}
          help={t('settings.imageCacheHelp')}
          testId="settings-image-cache"
          value={info.imageCacheMiB}
          choices={IMAGE_CACHE_CHOICES}
          // The bound is in binary units, as the cache counts it: 512 MiB, not "537 MB".
          format={(mib) => (mib >= 1024 ? t('settings.gibibytes', { value: mib / 1024 }) : t('settings.mebibytes', { value: mib }))}
          onChange={(imageCacheMiB) => void backend.app.updateSettings({ imageCacheMiB })}
        />
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={info.backgroundOcr}
              aria-describedby="settings-background-ocr-help"
              onChange={(e) => void backend.app.updateSettings({ backgroundOcr: e.target.checked })}
              data-testid="settings-background-ocr"
            />
            <span className="field__label">{t('settings.backgroundOcr')}</span>
          </label>
          <span className="field__help" id="settings-background-ocr-help">
            {t('settings.backgroundOcrHelp')}
          </span>
        </div>
        <NumberChoice
          label={t('settings.idleThreshold')}
          help={t('settings.idleThresholdHelp')}
          testId="settings-idle-threshold"
          value={info.idleThresholdSeconds}
          choices={IDLE_THRESHOLD_CHOICES}
          format={(seconds) => formatSpan(info.locale, seconds)}
          onChange={(idleThresholdSeconds) => void backend.app.updateSettings({ idleThresholdSeconds })}
        />
        <NumberChoice
          label={t('settings.autoLock')}
          help={t('settings.autoLockHelp')}
          testId="settings-auto-lock"
          value={info.autoLockMinutes}
          choices={AUTO_LOCK_CHOICES}
          format={(minutes) => formatSpan(info.locale, minutes * 60)}
          onChange={(autoLockMinutes) => void backend.app.updateSettings({ autoLockMinutes })}
        />
        <NumberChoice
          label={t('settings.offlineTtl')}
          help={t('settings.offlineTtlHelp')}
          testId="settings-offline-ttl"
          value={info.offlineTtlDays}
          choices={OFFLINE_TTL_CHOICES}
          format={(days) => t('settings.days', { count: days })}
          onChange={(offlineTtlDays) => void backend.app.updateSettings({ offlineTtlDays })}
        />
        <NumberChoice
          label={t('settings.retention')}
          help={t('settings.retentionHelp')}
          testId="settings-retention"
          value={info.retentionDays}
          choices={RETENTION_CHOICES}
          format={(days) => t('settings.days', { count: days })}
          onChange={(retentionDays) => void backend.app.updateSettings({ retentionDays })}
        />
        <UpdateFeedField info={info} />
      </div>
      <SigningSettings locale={info.locale} />
      <ShortcutSettings info={info} />
      <h2 className="view__subtitle">{t('settings.about')}</h2>
      <dl className="facts" data-testid="settings-about">
        <dt>{t('settings.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('settings.runtime')}</dt>
        <dd>{t(`settings.runtimes.${info.runtime}`)}</dd>
        <dt>{t('settings.platformUrl')}</dt>
        <dd data-testid="settings-platform">
          <span className="facts__path">{info.platformUrl ?? t('settings.platformNone')}</span>
          {info.startPlatformIsDemo && info.platformUrl === info.startPlatformUrl && <span className="badge badge--warning">{t('settings.platformDemo')}</span>}
          <span className="field__help">{t('settings.platformHelp')}</span>
        </dd>
        <dt>{t('settings.dataDir')}</dt>
        <dd data-testid="settings-data-dir">
          <span className="facts__path">{info.dataDir}</span>
          <span className="field__help">{t(info.runtime === 'electron' ? 'settings.dataDirHelpDesktop' : 'settings.dataDirHelpPreview')}</span>
        </dd>
      </dl>
      <h2 className="view__subtitle">{t('settings.localData')}</h2>
      <dl className="facts" data-testid="settings-local-data">
        <dt>{t('settings.protection')}</dt>
        <dd>{cache.protection ? t(`settings.protections.${cache.protection}`) : '—'}</dd>
        <dt>{t('settings.sizeOnDisk')}</dt>
        <dd>{formatBytes(info.locale, cache.sizeBytes)}</dd>
        <dt>{t('settings.cachedCases')}</dt>
        <dd>{cache.counts?.cases ?? 0}</dd>
        <dt>{t('settings.pendingChanges')}</dt>
        <dd>{cache.unsynced.total}</dd>
        <dt>{t('settings.auditTrail')}</dt>
        <dd data-testid="settings-audit" data-intact={audit ? String(audit.intact) : undefined}>
          {audit === null
            ? '—'
            : audit.intact
              ? t('settings.auditIntact', { count: audit.entries, unsynced: audit.unsynced })
              : t('settings.auditBroken', { seq: audit.brokenAt })}
        </dd>
      </dl>
      {panel ? (
        <ResetPanel status={cache} kind={panel} runtime={info.runtime} onCancel={() => setPanel(null)} />
      ) : (
        <div className="actions">
          <button type="button" className="button button--danger-outline" data-testid="settings-sign-out" onClick={() => setPanel('sign-out')}>
            {t('settings.signOut')}
          </button>
          <button type="button" className="button button--danger-outline" data-testid="settings-reset" onClick={() => setPanel('reset')}>
            {t('settings.resetLocalData')}
          </button>
        </div>
      )}
    </section>
  );
}
