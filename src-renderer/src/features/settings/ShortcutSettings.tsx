// Settings › Keyboard shortcuts: each changeable shortcut with its key; "Change" waits for the next
// key (Esc keeps the old one) and says plainly why a key cannot be used (the digit row, a key
// that types nothing, a key that already does something else).
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, ShortcutAction } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { errorMessage } from '../../backend/error-message';
import { keyPressOf, shortcutChoice, shortcutKeys, withShortcut } from '../workspace/keymap';
import { SHORTCUT_GROUPS, keyLabel } from '../workspace/shortcut-groups';

export function ShortcutSettings({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const keys = shortcutKeys(info.shortcuts);
  const [waiting, setWaiting] = useState<ShortcutAction | null>(null);
  // Under the row of the action being changed, or under the reset button (action null).
  const [problem, setProblem] = useState<{ action: ShortcutAction | null; text: string } | null>(null);

  const save = (bindings: AppInfo['shortcuts'], action: ShortcutAction | null) =>
    backend.app.updateSettings({ shortcuts: bindings }).then(
      () => setProblem(null),
      (e: unknown) => setProblem({ action, text: errorMessage(t, e) }),
    );

  const onKeyDown = (action: ShortcutAction, e: KeyboardEvent<HTMLButtonElement>) => {
    if (waiting !== action || e.key === 'Tab') return;
    // Modifier keys alone are the start of a chord: wait for the key that follows.
    if (['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock'].includes(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    const choice = shortcutChoice(keys, action, keyPressOf(e));
    if (choice.kind === 'cancel') {
      setWaiting(null);
      setProblem(null);
    } else if (choice.kind === 'ok') {
      setWaiting(null);
      void save(withShortcut(keys, action, choice.key), action);
    } else {
      const text =
        choice.kind === 'digit'
          ? t('settings.shortcutDigit')
          : choice.kind === 'taken'
            ? t('settings.shortcutTaken', { key: keyLabel(keys[choice.by]), action: t(`shortcuts.${choice.by}`) })
            : t('settings.shortcutNotCharacter');
      setProblem({ action, text });
    }
  };

  return (
    <section aria-labelledby="settings-shortcuts" data-testid="settings-shortcuts">
      <h2 id="settings-shortcuts" className="view__subtitle">
        {t('settings.shortcuts')}
      </h2>
      <p className="field__help">{t('settings.shortcutsHelp')}</p>
      <div className="shortcut-settings">
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group.id} className="shortcut-table">
            <caption>{t(`shortcuts.groups.${group.id}`)}</caption>
            <tbody>
              {group.actions.map((action) => {
                const label = t(`shortcuts.${action}`);
                const own = waiting === action;
                return (
                  <tr key={action} data-testid="shortcut-setting" data-action={action}>
                    <th scope="row">{label}</th>
                    <td className="shortcut-table__key">{keys[action] === null ? t('shortcuts.none') : <kbd>{keyLabel(keys[action])}</kbd>}</td>
                    <td className="shortcut-table__change">
                      <button
                        type="button"
                        className={own ? 'button button--small' : 'button button--secondary button--small'}
                        aria-label={own ? t('settings.shortcutPressHelp', { action: label }) : t('settings.shortcutChangeLabel', { action: label })}
                        aria-pressed={own}
                        onClick={() => {
                          setWaiting(own ? null : action);
                          setProblem(null);
                        }}
                        onBlur={() => own && setWaiting(null)}
                        onKeyDown={(e) => onKeyDown(action, e)}
                      >
                        {own ? t('settings.shortcutPress') : t('settings.shortcutChange')}
                      </button>
                      {problem?.action === action && (
                        <p className="notice notice--error shortcut-table__problem" role="alert" data-testid="shortcut-problem">
                          {problem.text}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="shortcuts-reset"
          disabled={Object.keys(info.shortcuts).length === 0}
          onClick={() => void save({}, null)}
        >
          {t('settings.shortcutsReset')}
        </button>
        {problem?.action === null && (
          <p className="notice notice--error" role="alert" data-testid="shortcut-problem">
            {problem.text}
          </p>
        )}
      </div>
    </section>
  );
}
