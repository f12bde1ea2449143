// Sign-in to the platform (after the cache is unlocked, so tokens are stored encrypted), the way
// its discovery document says: on its OpenID provider's page (ProviderSignIn), or with the e-mail
// address and password here. With the built-in demo platform, the demo expert's sign-in is filled
// in and the screen says it is demo data. On the first start it is the third step, and the
// platform can still be changed here.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, SessionStatus } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../backend/use-action';
import { FirstStartSteps } from '../first-start/FirstStartSteps';
import { PlatformProblemNotice } from '../first-start/PlatformProblemNotice';
import { usePlatformChoice } from '../first-start/use-platform-choice';
import { ProviderSignIn, startProviderSignIn } from './ProviderSignIn';

export function SignInScreen({ session, again, runtime }: { session: SessionStatus; again: boolean; runtime: AppInfo['runtime'] }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [email, setEmail] = useState(session.demoCredentials?.email ?? session.expert?.email ?? '');
  const [password, setPassword] = useState(session.demoCredentials?.password ?? '');
  // The demo platform's account may arrive after the screen (core reads it from the platform).
  const demoEmail = session.demoCredentials?.email;
  const demoPassword = session.demoCredentials?.password;
  useEffect(() => {
    if (demoEmail) setEmail((typed) => typed || demoEmail);
    if (demoPassword) setPassword((typed) => typed || demoPassword);
  }, [demoEmail, demoPassword]);
  const action = useAction();
  const { run, error, busy } = action;
  const firstStart = session.expert === null;
  const [changing, setChanging] = useState(false);
  const [address, setAddress] = useState(session.platformUrl ?? '');
  const platform = usePlatformChoice();
  const applyPlatform = () => platform.choose(address).then((ok) => ok && setChanging(false));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (changing) return void applyPlatform();
    if (session.signInMethod === 'oidc') return void run(() => startProviderSignIn(backend, runtime));
    if (session.signInMethod === 'password') void run(() => backend.session.signIn({ email: email.trim(), password }));
  }

  return (
    <div className="lock-screen" data-testid="sign-in">
      <form className="lock-card" onSubmit={submit} noValidate>
        {firstStart && <FirstStartSteps current="signIn" />}
        <h1>{t('signIn.title')}</h1>
        {session.contactExpired ? (
          <p className="notice notice--warning" role="status" data-testid="contact-expired">
            {t('signIn.contactExpired')}
          </p>
        ) : (
          <p className="lock-card__lead">{again ? t('signIn.again') : t('signIn.body')}</p>
        )}
        {session.demoCredentials && (
          <p className="notice notice--warning" data-testid="demo-notice">
            {t('signIn.demo')}
          </p>
        )}
        {changing ? (
          <div className="field-group" data-testid="sign-in-platform-change">
            <TextField label={t('firstStart.address')} type="url" value={address} onChange={setAddress} testId="platform-address" autoComplete="url" />
            <PlatformProblemNotice problem={platform.problem} error={platform.error} />
            <div className="lock-card__actions">
              <button type="button" className="button button--secondary" onClick={() => setChanging(false)}>
                {t('firstStart.cancel')}
              </button>
              <button type="button" className="button" data-testid="platform-save" disabled={platform.busy} onClick={() => void applyPlatform()}>
                {platform.busy ? t('firstStart.checking') : t('firstStart.use')}
              </button>
            </div>
          </div>
        ) : (
          <p className="field__help" data-testid="sign-in-platform">
            {t('signIn.platform')} <span className="facts__path">{session.platformUrl}</span>
            {firstStart && (
              <>
                {' '}
                <button type="button" className="link-button" data-testid="platform-change" onClick={() => setChanging(true)}>
                  {t('firstStart.change')}
                </button>
              </>
            )}
          </p>
        )}
        {session.signInMethod === 'oidc' ? (
          <ProviderSignIn session={session} runtime={runtime} action={action} />
        ) : session.signInMethod === 'password' ? (
          <>
            <TextField label={t('signIn.email')} type="email" autoComplete="username" value={email} onChange={setEmail} testId="sign-in-email" />
            <TextField
              label={t('signIn.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              testId="sign-in-password"
            />
            {error && (
              <p className="notice notice--error" role="alert" data-testid="sign-in-error">
                {error}
              </p>
            )}
            <button type="submit" className="button" data-testid="sign-in-submit" disabled={busy || !email || !password}>
              {busy ? t('signIn.working') : t('signIn.submit')}
            </button>
          </>
        ) : (
          <p className="field__help" role="status" data-testid="sign-in-checking">
            {t('signIn.checking')}
          </p>
        )}
      </form>
    </div>
  );
}
