// French / English switch in the frame. The choice is stored by core, so it survives a restart.
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract';
import { UI_LOCALES } from '../i18n/i18n';

export function LocaleSwitch({ locale, onChange }: { locale: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <div className="locale-switch" role="group" aria-label={t('locale.label')} data-testid="locale-switch">
      {UI_LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="locale-switch__option"
          aria-pressed={code === locale}
          data-testid={`locale-${code}`}
          onClick={() => code !== locale && onChange(code)}
          // Named in full (read by screen readers); a narrow window shows its code (FR, EN) only.
          title={t(`locale.${code}`)}
        >
          <span className="locale-switch__name">{t(`locale.${code}`)}</span>
          <span className="locale-switch__code" aria-hidden="true">
            {code.toUpperCase()}
          </span>
        </button>
      ))}
    </div>
  );
}
