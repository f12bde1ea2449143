// The review timer in the workspace frame: the case's review time, whether it is counting, the
// pause/resume control (also the T key), the sessions behind the total, and the idle prompt.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { formatDuration } from '../../ui/format';
import { IdlePrompt } from './IdlePrompt';
import { ReviewSessions } from './ReviewSessions';
import type { ReviewTimer } from './use-review-timer';

export function TimerControl({ caseId, timer, locale }: { caseId: string; timer: ReviewTimer; locale: Locale }) {
  const { t } = useTranslation();
  const [showSessions, setShowSessions] = useState(false);
  const { state } = timer;
  if (!state) return null;
  const paused = state.state === 'paused';
  const afterReport = state.phase === 'after-report';
  return (
    <div
      className={`review-timer review-timer--${state.state}`}
      data-testid="review-timer"
      data-state={state.state}
      data-seconds={timer.totalSeconds}
      data-phase={state.phase}
      data-linked={timer.linked}
    >
      <button type="button" className="review-timer__total" onClick={() => setShowSessions(true)} title={t('timer.showSessions')}>
        {/* Read out as "Review time 0:04:05 Counting. Show the sessions": the words shown, within their meaning. */}
        <span className="visually-hidden">{t(afterReport ? 'timer.spokenAfterReport' : 'timer.spoken')} </span>
        <span className="review-timer__dot" aria-hidden="true" />
        <span data-testid="review-timer-total">{formatDuration(timer.totalSeconds)}</span>
        {afterReport && <span className="review-timer__state">{t('timer.afterReport')}</span>}
        <span className="review-timer__state">{timer.linked ? t(`timer.states.${state.state}`) : t('timer.unreachable')}</span>
        <span className="visually-hidden">. {t('timer.showSessionsSpoken')}</span>
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={timer.toggle}
        data-testid="timer-toggle"
        title={t('timer.toggleHint')}
        disabled={state.state === 'idle'}
      >
        {paused ? t('timer.resume') : t('timer.pause')}
      </button>
      {state.idle && <IdlePrompt idle={state.idle} locale={locale} onAnswer={timer.answerIdle} />}
      {showSessions && <ReviewSessions caseId={caseId} locale={locale} onClose={() => setShowSessions(false)} />}
    </div>
  );
}
