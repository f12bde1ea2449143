// The case's secure messages with the patient: the thread with each message's time and delivery
// state, and the composer. A message can be a request for information (what is missing, and
// why), which puts the case on hold until the patient answers. Written offline, a message waits
// in the outbox and is shown as queued. A follow-up question after the report is answered in an
// addendum, started from the question.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseMessage, Locale } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { formatDateTime } from '../../ui/format';
import { useAction } from '../../backend/use-action';

/** What a request for information may ask for. */
export const MISSING_ITEMS = ['exam', 'report', 'answer', 'other'] as const;

interface Props {
  caseId: string;
  messages: CaseMessage[];
  locale: Locale;
  readOnly: boolean;
}

export function MessageThread({ caseId, messages, locale, readOnly }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [body, setBody] = useState('');
  const [requesting, setRequesting] = useState(false);
  const [missing, setMissing] = useState<(typeof MISSING_ITEMS)[number]>('exam');
  const send = useAction();
  const addendum = useAction();
  const unread = messages.some((m) => m.unread);

  // Seen once shown: the unread marks go (the list keeps them for this look).
  useEffect(() => {
    if (unread) void backend.messages.markRead({ caseId }).catch(() => {});
  }, [backend, caseId, unread]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = requesting ? `${t(`messages.missing.${missing}`)} — ${body.trim()}` : body.trim();
    const ok = await send.run(() => backend.messages.send({ caseId, body: text, kind: requesting ? 'info_request' : 'message' }));
    if (ok) {
      setBody('');
      setRequesting(false);
    }
  }

  return (
    <section className="message-thread" data-testid="message-thread" aria-label={t('messages.title')}>
      {messages.length === 0 ? (
        <p className="muted">{t('messages.empty')}</p>
      ) : (
        <ol className="message-list">
          {messages.map((m) => (
            <li
              key={m.id}
              className={`message message--${m.direction === 'to_patient' ? 'out' : 'in'}${m.unread ? ' message--unread' : ''}`}
              data-testid="message-item"
              data-direction={m.direction}
              data-state={m.deliveryState}
              data-kind={m.kind}
            >
              <div className="message__meta">
                <span>{t(m.direction === 'to_patient' ? 'messages.you' : 'messages.patient')}</span>
                {m.kind !== 'message' && <span className="badge">{t(`messages.kinds.${m.kind}`)}</span>}
                <time dateTime={m.createdAt}>{formatDateTime(locale, m.createdAt)}</time>
                {m.direction === 'to_patient' && (
                  <span className={`message__state message__state--${m.deliveryState}`}>{t(`messages.states.${m.deliveryState}`)}</span>
                )}
              </div>
              <p className="message__body">{m.body}</p>
              {m.kind === 'follow_up_question' && m.answered && (
                <span className="badge badge--state-available" data-testid="answered-in-addendum">
                  {t('messages.answeredInAddendum')}
                </span>
              )}
              {m.kind === 'follow_up_question' && !m.answered && !readOnly && (
                <button
                  type="button"
                  className="link-button"
                  data-testid="answer-in-addendum"
                  onClick={() => void addendum.run(() => backend.reports.startAddendum({ caseId }))}
                >
                  {t('messages.answerInAddendum')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {addendum.error && (
        <p className="notice notice--warning" role="status">
          {addendum.error}
        </p>
      )}
      {readOnly ? (
        <p className="notice notice--warning">{t('messages.closed')}</p>
      ) : (
        <form className="message-compose" onSubmit={(event) => void submit(event)}>
          <label className="checkbox">
            <input type="checkbox" checked={requesting} onChange={(e) => setRequesting(e.target.checked)} data-testid="request-info" />
            {t('messages.requestInfo')}
          </label>
          {requesting && (
            <label className="field">
              <span className="field__label">{t('messages.missingLabel')}</span>
              <select
                className="field__control"
                value={missing}
                onChange={(e) => setMissing(e.target.value as typeof missing)}
                data-testid="request-info-missing"
              >
                {MISSING_ITEMS.map((item) => (
                  <option key={item} value={item}>
                    {t(`messages.missing.${item}`)}
                  </option>
                ))}
              </select>
              <span className="field__help">{t('messages.requestInfoHelp')}</span>
            </label>
          )}
          <label className="field">
            <span className="field__label">{t(requesting ? 'messages.requestLabel' : 'messages.composeLabel')}</span>
            <textarea
              className="field__control"
              rows={4}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              data-testid="message-compose"
              maxLength={20_000}
            />
          </label>
          {send.error && (
            <p className="notice notice--error" role="alert">
              {send.error}
            </p>
          )}
          <button type="submit" className="button" disabled={send.busy || body.trim() === ''} data-testid="message-send">
            {t(requesting ? 'messages.sendRequest' : 'messages.send')}
          </button>
          <p className="field__help">{t('messages.offlineHint')}</p>
        </form>
      )}
    </section>
  );
}
