// Sign-in to the platform (after the cache is unlocked, so tokens are stored encrypted). With the
// built-in demo platform, the demo expert's sign-in is filled in and the screen says it is demo data.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../src-preload/contract';
import { useBackend } from '../../app/backend-context';
import { errorMessage } from '../../app/error-message';

export function SignInScreen({ session, again }: { session: SessionStatus; again: boolean }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [email, setEmail] = useState(session.demoCredentials?.email ?? session.expert?.email ?? '');
  const [password, setPassword] = useState(session.demoCredentials?.password ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await backend.session.signIn({ email: email.trim(), password });
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <div className="lock-screen" data-testid="sign-in">
      <form className="lock-card" onSubmit={submit} noValidate>
        <h1>{t('signIn.title')}</h1>
        <p className="lock-card__lead">{again ? t('signIn.again') : t('signIn.body')}</p>
        {session.demoCredentials && (
          <p className="notice notice--warning" data-testid="demo-notice">
            {t('signIn.demo')}
          </p>
        )}
        <p className="field__help">
          {t('signIn.platform')} <span className="facts__path">{session.platformUrl}</span>
        </p>
        <label className="field">
          <span className="field__label">{t('signIn.email')}</span>
          <input
            className="field__control"
            type="email"
            autoComplete="username"
            value={email}
            data-testid="sign-in-email"
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('signIn.password')}</span>
          <input
            className="field__control"
            type="password"
            autoComplete="current-password"
            value={password}
            data-testid="sign-in-password"
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="notice notice--error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        <button type="submit" className="button" data-testid="sign-in-submit" disabled={busy || !email || !password}>
          {busy ? t('signIn.working') : t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
