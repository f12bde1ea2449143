// The desktop app's update address: empty means updates are off (the default). Applied at the
// next start; https only.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../backend/use-action';

export function UpdateFeedField({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [url, setUrl] = useState(info.updateFeedUrl ?? '');
  const save = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run(() => backend.app.updateSettings({ updateFeedUrl: url.trim() === '' ? null : url.trim() }));
  }

  return (
    <form className="settings-inline" onSubmit={submit}>
      <TextField label={t('settings.updateFeed')} value={url} onChange={setUrl} testId="settings-update-feed" help={t('settings.updateFeedHelp')} />
      {save.error && (
        <p className="notice notice--error" role="alert">
          {save.error}
        </p>
      )}
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={save.busy || url.trim() === (info.updateFeedUrl ?? '')}
        data-testid="settings-update-feed-save"
      >
        {t('settings.save')}
      </button>
    </form>
  );
}
