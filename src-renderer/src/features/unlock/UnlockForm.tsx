// The locked workstation: passphrase (or keychain) unlock, with the attempt count, the wait
// imposed after repeated failures, keychain problems explained, and the way out (reset).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheStatus } from '../../../../contract';
import { BackendError } from '../../backend/backend';
import { useBackend } from '../../backend/backend-context';
import { errorMessage } from '../../backend/error-message';
import { TextField } from '../../ui/TextField';

export function UnlockForm({ status, autoLockMinutes, onForgot }: { status: CacheStatus; autoLockMinutes: number; onForgot: () => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(status.retryAfterSeconds);
  const usesKeychain = status.protection === 'keychain';

  useEffect(() => setWait(status.retryAfterSeconds), [status.retryAfterSeconds]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await backend.cache.unlock(
        status.keychainSecret === 'unlock-secret'
          ? { unlockSecret: passphrase }
          : status.keychainSecret === 'platform-password'
            ? { password: passphrase }
            : usesKeychain
              ? {}
              : { passphrase },
      );
    } catch (e) {
      const after = await backend.cache.status().catch(() => status);
      setPassphrase('');
      setWait(after.retryAfterSeconds);
      if (!(e instanceof BackendError) || e.code !== 'CACHE_LOCKED') setError(errorMessage(t, e));
      else if (after.retryAfterSeconds > 0 && after.failedAttempts === status.failedAttempts) setError(null);
      else if (usesKeychain && !after.keychainProblem && status.keychainSecret === 'unlock-secret')
        setError(t('unlock.wrongUnlockSecret', { count: after.failedAttempts }));
      else if (usesKeychain && !after.keychainProblem && status.keychainReauth) setError(t('unlock.wrongPassword', { count: after.failedAttempts }));
      else if (usesKeychain) setError(t(after.keychainProblem === 'backend-changed' ? 'unlock.keychainChanged' : 'unlock.keychainUnavailable'));
      else setError(t('unlock.wrongPassphrase', { count: after.failedAttempts }));
    } finally {
      setBusy(false);
    }
  }

  const keychainProblem =
    status.keychainProblem === 'backend-changed' ? t('unlock.keychainChanged') : status.keychainProblem ? t('unlock.keychainUnavailable') : null;

  return (
    <form className="lock-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1>{t('unlock.unlockTitle')}</h1>
      {status.lockReason && status.lockReason !== 'expert' && (
        <p className="notice notice--info" role="status" data-testid="unlock-reason" data-reason={status.lockReason}>
          {t(`unlock.lockedBecause.${status.lockReason}`, { minutes: autoLockMinutes })}
        </p>
      )}
      <p className="lock-card__lead">
        {!usesKeychain
          ? t('unlock.unlockBody')
          : status.keychainSecret === 'unlock-secret'
            ? t('unlock.unlockKeychainSecretBody')
            : t(status.keychainReauth ? 'unlock.unlockKeychainReauthBody' : 'unlock.unlockKeychainBody')}
      </p>
      {(!usesKeychain || status.keychainReauth) && (
        <TextField
          type="password"
          label={!usesKeychain ? t('unlock.passphrase') : status.keychainSecret === 'unlock-secret' ? t('unlock.unlockSecret') : t('unlock.platformPassword')}
          value={passphrase}
          onChange={setPassphrase}
          testId="passphrase-input"
          autoComplete="current-password"
          autoFocus
        />
      )}
      {keychainProblem && <p className="notice notice--warning">{keychainProblem}</p>}
      {error && (
        <p className="notice notice--error" role="alert" data-testid="unlock-error">
          {error}
        </p>
      )}
      {wait > 0 && (
        <p className="notice notice--warning" role="status" data-testid="unlock-wait">
          {t('unlock.waitBeforeRetry', { seconds: wait })}
        </p>
      )}
      <button type="submit" className="button" data-testid="unlock-submit" disabled={busy || wait > 0}>
        {busy ? t('unlock.working') : t('unlock.unlock')}
      </button>
      <button type="button" className="link-button" data-testid="unlock-forgot" onClick={onForgot}>
        {t('unlock.forgot')}
      </button>
    </form>
  );
}
