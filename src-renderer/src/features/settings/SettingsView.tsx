// Settings: language now; delays, retention and cache limits join as their features land.
import { useTranslation } from 'react-i18next';
import type { AppInfo, Locale } from '../../../../src-preload/contract';
import { UI_LOCALES } from '../../i18n/i18n';

export function SettingsView({ info, onLocaleChange }: { info: AppInfo; onLocaleChange: (l: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <section className="view" data-testid="settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="view__title">
        {t('settings.title')}
      </h1>
      <div className="settings-group">
        <label className="field">
          <span className="field__label">{t('settings.language')}</span>
          <select
            className="field__control"
            value={info.locale}
            data-testid="settings-locale"
            onChange={(e) => onLocaleChange(e.target.value as Locale)}
          >
            {UI_LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`locale.${code}`)}
              </option>
            ))}
          </select>
          <span className="field__help">{t('settings.languageHelp')}</span>
        </label>
      </div>
      <h2 className="view__subtitle">{t('settings.about')}</h2>
      <dl className="facts" data-testid="settings-about">
        <dt>{t('settings.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('settings.runtime')}</dt>
        <dd>{t(`settings.runtimes.${info.runtime}`)}</dd>
        <dt>{t('settings.platformUrl')}</dt>
        <dd>{info.platformUrl ?? t('settings.platformNone')}</dd>
        <dt>{t('settings.dataDir')}</dt>
        <dd className="facts__path">{info.dataDir}</dd>
      </dl>
    </section>
  );
}
