// The sessions behind the review time, by day with each day's total. A finished session can be
// shortened (never lengthened beyond what was measured) or removed, always with a reason, which
// stays on record and goes to the platform with the session.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, ReviewSession } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../backend/use-action';
import { useLive } from '../../backend/use-live';
import { formatDuration } from '../../ui/format';
import { sessionsByDay } from './sessions-by-day';

type Correction = { session: ReviewSession; kind: 'shorten' | 'remove' };

export function ReviewSessions({ caseId, locale, onClose }: { caseId: string; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  // Reloaded as the timer changes, so the session under way shows its time.
  const { value: sessions, set: setSessions } = useLive(() => backend.timer.sessions({ caseId }), ['timer.changed'], caseId);
  const { run, error: failure, busy } = useAction();
  const [correction, setCorrection] = useState<Correction | null>(null);
  const [minutes, setMinutes] = useState('');
  const [reason, setReason] = useState('');

  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
  const startCorrection = (session: ReviewSession, kind: Correction['kind']) => {
    setCorrection({ session, kind });
    setMinutes(String(Math.floor(session.countedSeconds / 60)));
    setReason('');
  };
  const submit = async () => {
    if (!correction) return;
    const { session, kind } = correction;
    const done = await run(async () =>
      setSessions(
        kind === 'remove'
          ? await backend.timer.remove({ caseId, sessionId: session.id, reason })
          : await backend.timer.shorten({ caseId, sessionId: session.id, seconds: Math.round(Number(minutes) * 60), reason }),
      ),
    );
    if (done) setCorrection(null);
  };

  return (
    <Dialog title={t('timer.sessions.title')} onClose={onClose} testId="review-sessions">
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {sessions?.length === 0 && <p className="muted">{t('timer.sessions.none')}</p>}
      {sessionsByDay(sessions ?? []).map(({ day: date, total, sessions: list }) => (
        <section key={date} className="sessions-day">
          <h3 className="sessions-day__title">
            <span>{day.format(new Date(list[0]?.startedAt ?? date))}</span>
            <span data-testid="review-sessions-day-total">{formatDuration(total)}</span>
          </h3>
          <ul className="sessions">
            {list.map((s) => (
              <li
                key={s.id}
                className={`session${s.removed ? ' session--removed' : ''}`}
                data-testid="review-session"
                data-session-id={s.id}
                data-counted-seconds={s.countedSeconds}
                data-phase={s.phase}
              >
                <span className="session__span">
                  {time.format(new Date(s.startedAt))} – {s.endedAt ? time.format(new Date(s.endedAt)) : t('timer.sessions.now')}
                </span>
                <span className="session__time">{formatDuration(s.countedSeconds)}</span>
                <span className="session__note muted">
                  {[
                    s.phase === 'after-report' ? t('timer.afterReport') : null,
                    s.idleKeptSeconds > 0 ? t('timer.sessions.idleKept', { time: formatDuration(s.idleKeptSeconds) }) : null,
                    s.idleDiscardedSeconds > 0 ? t('timer.sessions.idleDiscarded', { time: formatDuration(s.idleDiscardedSeconds) }) : null,
                    s.endReason ? t(`timer.ends.${s.endReason}`) : null,
                    s.removed ? t('timer.sessions.removedBecause', { reason: s.removalReason ?? '' }) : null,
                    !s.removed && s.adjustedSeconds !== null
                      ? t('timer.sessions.shortenedBecause', { measured: formatDuration(s.activeSeconds), reason: s.adjustmentReason ?? '' })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {s.endedAt && !s.removed && (
                  <span className="session__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => startCorrection(s, 'shorten')}
                      data-testid="session-shorten"
                    >
                      {t('timer.sessions.shorten')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => startCorrection(s, 'remove')}
                      data-testid="session-remove"
                    >
                      {t('timer.sessions.remove')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {correction && (
        <form
          className="modal__form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {correction.kind === 'shorten' && (
            <label className="field">
              <span className="field__label">{t('timer.sessions.minutes', { measured: formatDuration(correction.session.activeSeconds) })}</span>
              <input
                className="field__control"
                type="number"
                min={0}
                step={1}
                max={Math.floor(correction.session.activeSeconds / 60)}
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
                data-testid="session-minutes"
              />
            </label>
          )}
          <label className="field">
            <span className="field__label">{t('timer.sessions.reason')}</span>
            <input className="field__control" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="session-reason" required minLength={3} />
          </label>
          <div className="actions">
            <button type="submit" className="button" disabled={busy} data-testid="session-correction-save">
              {correction.kind === 'remove' ? t('timer.sessions.confirmRemove') : t('timer.sessions.confirmShorten')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setCorrection(null)}>
              {t('timer.sessions.cancel')}
            </button>
          </div>
        </form>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
