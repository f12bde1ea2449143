// The keyboard shortcuts of the workspace, shown on "?": the keys as the expert set them (Settings).
import { useTranslation } from 'react-i18next';
import type { ShortcutAction } from '../../../../contract';
import { Dialog } from '../../ui/Dialog';
import { FIXED_SHORTCUTS, SHORTCUT_GROUPS, keyLabel } from './shortcut-groups';

export function ShortcutsHelp({ keys, onClose }: { keys: Record<ShortcutAction, string | null>; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-help" wide>
      <div className="shortcuts-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={`shortcuts-${group.id}`}>
            <h3 id={`shortcuts-${group.id}`} className="shortcuts__group">
              {t(`shortcuts.groups.${group.id}`)}
            </h3>
            <dl className="shortcuts">
              {FIXED_SHORTCUTS.filter((fixed) => fixed.group === group.id).map((fixed) => (
                <div key={fixed.label} className="shortcuts__row">
                  <dt>
                    <kbd>{fixed.keys}</kbd>
                  </dt>
                  <dd>{t(`shortcuts.${fixed.label}`)}</dd>
                </div>
              ))}
              {group.actions.map((action) => (
                <div key={action} className="shortcuts__row" data-testid="shortcut-help-row" data-action={action}>
                  <dt>{keys[action] === null ? t('shortcuts.none') : <kbd>{keyLabel(keys[action])}</kbd>}</dt>
                  <dd>{t(`shortcuts.${action}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="field__help">{t('shortcuts.changeInSettings')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
