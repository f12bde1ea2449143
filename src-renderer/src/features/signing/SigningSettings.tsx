// Settings › Electronic signature: the certificate reports are signed with (holder, issuer,
// validity, fingerprint), importing a PKCS#12 file with its password, replacing or removing it.
// The file is read here and handed to core, which keeps the key encrypted in the cache.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, SigningFileProblem } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useAction } from '../../backend/use-action';
import { TextField } from '../../ui/TextField';
import { formatDateTime } from '../../ui/format';
import { useSigningStatus } from './use-signing-status';
import { base64Of } from '../../ui/base64';

/** Core takes at most 256 KiB of base64 (contract PKCS12_MAX_BASE64; the renderer imports only types): a certificate file is a few KiB. */
const MAX_BASE64 = 256 * 1024;

export function SigningSettings({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [status, setStatus] = useSigningStatus();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<SigningFileProblem | 'too-large' | null>(null);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const action = useAction();
  const certificate = status?.certificate ?? null;
  const formShown = importing || (status !== null && certificate === null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setProblem(null);
    const pkcs12 = await base64Of(file);
    if (pkcs12.length > MAX_BASE64) return setProblem('too-large');
    await action.run(async () => {
      const answer = await backend.signing.import({ pkcs12, password });
      setStatus({ certificate: answer.certificate });
      setProblem(answer.problem);
      if (!answer.problem) {
        setImporting(false);
        setFile(null);
        setPassword('');
      }
    });
  }

  return (
    <section
      className="signing-settings"
      data-testid="settings-signing"
      aria-labelledby="settings-signing-title"
      data-state={certificate ? 'certificate' : 'none'}
    >
      <h2 id="settings-signing-title" className="view__subtitle">
        {t('signing.title')}
      </h2>
      {certificate ? (
        <>
          <p className="field__help">{t('signing.help')}</p>
          <dl className="facts" data-testid="signing-certificate">
            <dt>{t('signing.holder')}</dt>
            <dd data-testid="signing-holder">{certificate.holder}</dd>
            <dt>{t('signing.issuer')}</dt>
            <dd>{certificate.issuer}</dd>
            <dt>{t('signing.validUntil')}</dt>
            <dd>{formatDateTime(locale, certificate.validUntil)}</dd>
            <dt>{t('signing.source')}</dt>
            <dd>{t(`signing.sources.${certificate.source}`)}</dd>
            <dt>{t('signing.fingerprint')}</dt>
            <dd className="facts__path">{certificate.fingerprint}</dd>
          </dl>
        </>
      ) : (
        status && <p data-testid="signing-none">{t('signing.none')}</p>
      )}
      {formShown ? (
        <form className="settings-inline" onSubmit={(e) => void submit(e)} data-testid="signing-import">
          <label className="field">
            <span className="field__label">{t('signing.file')}</span>
            <input
              className="field__control"
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              data-testid="signing-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setProblem(null);
              }}
            />
          </label>
          <TextField label={t('signing.password')} type="password" value={password} onChange={setPassword} testId="signing-password" />
          {problem && (
            <p className="notice notice--error" role="alert" data-testid="signing-problem" data-problem={typeof problem === 'string' ? problem : problem.kind}>
              {typeof problem === 'string'
                ? t('signing.tooLarge')
                : t(`signing.problems.${problem.kind}`, { date: problem.date ? formatDateTime(locale, problem.date) : '' })}
            </p>
          )}
          {action.error && (
            <p className="notice notice--error" role="alert">
              {action.error}
            </p>
          )}
          <div className="actions signing-actions">
            <button type="submit" className="button button--secondary button--small" disabled={!file || action.busy} data-testid="signing-import-submit">
              {t('signing.import')}
            </button>
            {certificate && (
              <button type="button" className="button button--secondary button--small" onClick={() => setImporting(false)}>
                {t('signing.cancel')}
              </button>
            )}
          </div>
        </form>
      ) : removing ? (
        <div className="notice" role="alertdialog" aria-labelledby="signing-remove-question">
          <p id="signing-remove-question">{t('signing.removeConfirm')}</p>
          <div className="actions signing-actions">
            <button
              type="button"
              className="button button--danger-outline button--small"
              data-testid="signing-remove-confirm"
              onClick={() => void action.run(async () => setStatus(await backend.signing.remove({ confirm: true }))).then(() => setRemoving(false))}
            >
              {t('signing.removeYes')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setRemoving(false)}>
              {t('signing.cancel')}
            </button>
          </div>
        </div>
      ) : (
        certificate && (
          <div className="actions signing-actions">
            <button type="button" className="button button--secondary button--small" onClick={() => setImporting(true)} data-testid="signing-replace">
              {t('signing.replace')}
            </button>
            <button type="button" className="button button--danger-outline button--small" onClick={() => setRemoving(true)} data-testid="signing-remove">
              {t('signing.remove')}
            </button>
          </div>
        )
      )}
    </section>
  );
}
