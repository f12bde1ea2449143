// Sign-in on a platform with an OpenID provider: the provider's own page in the browser, never a
// password here. In the browser preview the page goes there and comes back to /callback, whose
// answer is handed to core once; in the desktop app the shell opens the system browser, and this
// screen waits (open the page again, or cancel) until core's loopback listener has the answer.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, SessionStatus } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import type { useAction } from '../../backend/use-action';
import type { Backend } from '../../backend/backend';

/** The provider's answer in the address, taken once (the address is then the app's again). */
function takeCallback(): string | null {
  if (window.location.pathname !== '/callback') return null;
  const answer = window.location.href;
  window.history.replaceState(null, '', `/${window.location.hash}`);
  return answer;
}

interface Props {
  session: SessionStatus;
  runtime: AppInfo['runtime'];
  /** The sign-in screen's action state (its submit starts the sign-in). */
  action: Pick<ReturnType<typeof useAction>, 'run' | 'busy' | 'error'>;
}

export function ProviderSignIn({ session, runtime, action }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const { run, error, busy } = action;
  const inBrowser = runtime !== 'electron';

  useEffect(() => {
    const callbackUrl = takeCallback();
    if (callbackUrl) void run(() => backend.session.completeSignIn({ callbackUrl }));
    // Once, on arrival; `run` changes at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend]);

  const waiting = !inBrowser && session.browserSignIn?.state === 'waiting';
  const problem = session.browserSignIn?.state === 'failed' ? session.browserSignIn.problem : null;
  return (
    <>
      <p className="field__help" data-testid="sign-in-provider">
        {t('signIn.provider.body')}
      </p>
      {waiting && (
        <p className="notice" role="status" data-testid="sign-in-waiting">
          {t('signIn.provider.waiting')}
        </p>
      )}
      {problem && (
        <p className="notice notice--error" role="alert" data-testid="sign-in-error" data-problem={problem}>
          {t(`signIn.provider.problem.${problem}`)}
        </p>
      )}
      {error && (
        <p className="notice notice--error" role="alert" data-testid="sign-in-error">
          {error}
        </p>
      )}
      {waiting ? (
        <div className="lock-card__actions">
          <button type="button" className="button button--secondary" onClick={() => void run(() => backend.session.cancelSignIn())}>
            {t('signIn.provider.cancel')}
          </button>
          <button type="submit" className="button" data-testid="sign-in-submit" disabled={busy}>
            {t('signIn.provider.reopen')}
          </button>
        </div>
      ) : (
        <button type="submit" className="button" data-testid="sign-in-submit" disabled={busy}>
          {busy ? t('signIn.working') : t('signIn.provider.submit')}
        </button>
      )}
    </>
  );
}

/** The sign-in form's submit on such a platform: to the provider's page (the preview), or the system browser (the desktop app's shell opens it). */
export async function startProviderSignIn(backend: Backend, runtime: AppInfo['runtime']): Promise<void> {
  const inBrowser = runtime !== 'electron';
  const { authorizationUrl } = await backend.session.beginSignIn(inBrowser ? { redirectUri: `${window.location.origin}/callback` } : {});
  if (inBrowser) window.location.assign(authorizationUrl);
}
