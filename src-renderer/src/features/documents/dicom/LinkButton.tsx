// Linking as one split button: the button links or unlinks the active viewport (pressed while it
// is linked), and ▾ says what linked viewports share beyond the slice position (window/level,
// zoom). Beside it, how to align two studies by hand is in the shortcuts help (Shift + scroll).
import { useTranslation } from 'react-i18next';
import { SplitMenu } from '../../../ui/SplitMenu';
import { useWorkspace } from '../../workspace/workspace-context';
import { keyLabel, withKey } from '../../workspace/shortcut-groups';

export type LinkOptions = { linkWindow: boolean; linkZoom: boolean };

interface Props extends LinkOptions {
  linked: boolean;
  onToggle: () => void;
  onOptions: (options: Partial<LinkOptions>) => void;
}

export function LinkButton({ linked, onToggle, linkWindow, linkZoom, onOptions }: Props) {
  const { t } = useTranslation();
  const { keys } = useWorkspace();
  const key = keys.linkViewport;
  return (
    <span className="split-button">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={linked}
        aria-keyshortcuts={key ? keyLabel(key) : undefined}
        title={withKey(t('dicom.linkTitle'), key)}
        onClick={onToggle}
        data-testid="dicom-link"
      >
        {t('dicom.link')}
      </button>
      <SplitMenu label={t('dicom.linkOptions')} testId="link-options">
        {() => (
          <>
            <label className="split-button__check">
              <input type="checkbox" checked={linkWindow} onChange={(e) => onOptions({ linkWindow: e.target.checked })} data-testid="link-window" />
              {t('dicom.linkWindow')}
            </label>
            <label className="split-button__check">
              <input type="checkbox" checked={linkZoom} onChange={(e) => onOptions({ linkZoom: e.target.checked })} data-testid="link-zoom" />
              {t('dicom.linkZoom')}
            </label>
          </>
        )}
      </SplitMenu>
    </span>
  );
}
