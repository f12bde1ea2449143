// Resetting the local data, or signing out (which also ends the platform session): says what
// would be lost, then erases only on explicit confirmation. Signed in through a provider, signing
// out ends its session in the browser too: the preview goes to its sign-out page and comes back
// (the desktop app's shell opens it in the system browser).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, CacheStatus } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { errorMessage } from '../../backend/error-message';
import { UnsyncedChanges } from './UnsyncedChanges';

interface Props {
  status: CacheStatus;
  onCancel: () => void;
  kind?: 'reset' | 'sign-out';
  runtime?: AppInfo['runtime'];
}

export function ResetPanel({ status, onCancel, kind = 'reset', runtime = 'preview' }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reset() {
    setBusy(true);
    try {
      if (kind === 'reset') return void (await backend.cache.reset({ confirm: true }));
      const inBrowser = runtime !== 'electron';
      const { endSessionUrl } = await backend.session.signOut({ confirm: true, ...(inBrowser ? { returnTo: `${window.location.origin}/` } : {}) });
      if (endSessionUrl && inBrowser) window.location.assign(endSessionUrl);
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <section className="reset-panel" data-testid={kind === 'sign-out' ? 'sign-out-panel' : 'reset-panel'} aria-labelledby="reset-title">
      <h2 id="reset-title">{t(kind === 'sign-out' ? 'unlock.signOutTitle' : 'unlock.resetTitle')}</h2>
      <p>{t(kind === 'sign-out' ? 'unlock.signOutBody' : 'unlock.resetBody')}</p>
      <UnsyncedChanges unsynced={status.unsynced} />
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('unlock.resetCancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid={kind === 'sign-out' ? 'sign-out-confirm' : 'reset-confirm'}
          onClick={() => void reset()}
          disabled={busy}
        >
          {t(kind === 'sign-out' ? 'unlock.signOutConfirm' : 'unlock.resetConfirm')}
        </button>
      </div>
    </section>
  );
}
