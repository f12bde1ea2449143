// Says, on every screen, that the page has lost the workstation's core (the preview server or the
// core stopped, or is restarting), that nothing saved is lost, and that it comes back by itself.
import { useTranslation } from 'react-i18next';
import { useCoreLink } from '../backend/use-core-link';

export function CoreLinkBanner() {
  const { t } = useTranslation();
  const up = useCoreLink();
  if (up) return null;
  return (
    <p className="banner banner--error" role="alert" data-testid="core-lost-banner">
      {t('frame.coreLost')}
    </p>
  );
}
