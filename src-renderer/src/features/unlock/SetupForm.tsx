// First start, second step: choose how the cache key is protected (system keychain where a real
// one exists, with an unlock code of the expert's own; or a passphrase), typed twice, and create
// the encrypted cache.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheStatus } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { errorMessage } from '../../backend/error-message';
import { PASSPHRASE_MIN_LENGTH, UNLOCK_SECRET_MIN_LENGTH } from './passphrase-rules';
import { TextField } from '../../ui/TextField';

export function SetupForm({ status, steps, onBack }: { status: CacheStatus; steps: ReactNode; onBack: () => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [protection, setProtection] = useState<'keychain' | 'passphrase'>(status.keychain.usable ? 'keychain' : 'passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (protection === 'passphrase') {
      if (passphrase.length < PASSPHRASE_MIN_LENGTH) return setError(t('unlock.tooShort', { min: PASSPHRASE_MIN_LENGTH }));
      if (passphrase !== confirm) return setError(t('unlock.mismatch'));
    } else {
      if (passphrase.length < UNLOCK_SECRET_MIN_LENGTH) return setError(t('unlock.unlockSecretTooShort', { min: UNLOCK_SECRET_MIN_LENGTH }));
      if (passphrase !== confirm) return setError(t('unlock.unlockSecretMismatch'));
    }
    setBusy(true);
    setError(null);
    try {
      await backend.cache.setup(protection === 'keychain' ? { protection, unlockSecret: passphrase } : { protection, passphrase });
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <form className="lock-card" onSubmit={(event) => void submit(event)} noValidate>
      {steps}
      <h1>{t('unlock.setupTitle')}</h1>
      <p className="lock-card__lead">{t('unlock.setupBody')}</p>
      {status.keychain.usable ? (
        <fieldset className="choice">
          {(['keychain', 'passphrase'] as const).map((option) => (
            <label key={option} className="choice__option">
              <input
                type="radio"
                name="protection"
                value={option}
                checked={protection === option}
                data-testid={`protection-${option}`}
                onChange={() => setProtection(option)}
              />
              <span>
                <strong>{t(option === 'keychain' ? 'unlock.protectionKeychain' : 'unlock.protectionPassphrase')}</strong>
                <span className="field__help">{t(option === 'keychain' ? 'unlock.protectionKeychainHelp' : 'unlock.protectionPassphraseHelp')}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="field__help" data-testid="no-keychain">
          {t('unlock.noKeychain')}
        </p>
      )}
      {/* The passphrase, or the keychain's unlock code: the same two fields, typed twice. */}
      <TextField
        key={protection}
        type="password"
        label={t(protection === 'passphrase' ? 'unlock.passphrase' : 'unlock.unlockSecret')}
        value={passphrase}
        onChange={setPassphrase}
        testId="passphrase-input"
        autoComplete="new-password"
        autoFocus
        help={
          protection === 'passphrase'
            ? t('unlock.passphraseRule', { min: PASSPHRASE_MIN_LENGTH })
            : t('unlock.unlockSecretRule', { min: UNLOCK_SECRET_MIN_LENGTH })
        }
      />
      <TextField
        type="password"
        label={t(protection === 'passphrase' ? 'unlock.passphraseConfirm' : 'unlock.unlockSecretConfirm')}
        value={confirm}
        onChange={setConfirm}
        testId="passphrase-confirm"
        autoComplete="new-password"
      />
      {error && (
        <p className="notice notice--error" role="alert" data-testid="unlock-error">
          {error}
        </p>
      )}
      <div className="lock-card__actions">
        <button type="button" className="button button--secondary" data-testid="setup-back" onClick={onBack} disabled={busy}>
          {t('firstStart.back')}
        </button>
        <button type="submit" className="button" data-testid="unlock-submit" disabled={busy}>
          {busy ? t('unlock.working') : t('unlock.create')}
        </button>
      </div>
    </form>
  );
}
