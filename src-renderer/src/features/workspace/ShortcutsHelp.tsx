// The keyboard shortcuts of the workspace, shown on "?".
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';

export const SHORTCUTS = [
  ['?', 'shortcuts.help'],
  [']', 'shortcuts.nextDocument'],
  ['[', 'shortcuts.previousDocument'],
  ['J', 'shortcuts.nextPage'],
  ['K', 'shortcuts.previousPage'],
  ['+', 'shortcuts.zoomIn'],
  ['−', 'shortcuts.zoomOut'],
  ['R', 'shortcuts.rotate'],
  ['/', 'shortcuts.find'],
  ['1 – 5', 'shortcuts.presets'],
  ['W · L · A · E · P', 'shortcuts.imageTools'],
  ['C', 'shortcuts.cine'],
  ['H · V', 'shortcuts.flip'],
  ['I', 'shortcuts.invert'],
  ['M', 'shortcuts.keyImage'],
  ['Alt 1 · 2 · 3', 'shortcuts.panes'],
  ['Alt ←', 'shortcuts.back'],
  ['T', 'shortcuts.timerToggle'],
] as const;

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-help">
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, label]) => (
          <div key={label} className="shortcuts__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
