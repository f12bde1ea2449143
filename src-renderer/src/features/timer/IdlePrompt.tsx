// Asked when the timer has flagged time without input: the expert decides what the idle span
// was. Nothing is counted from the last input on until they answer.
import { useTranslation } from 'react-i18next';
import type { Locale, TimerState } from '../../../../contract';
import { Dialog } from '../../ui/Dialog';
import { formatDuration } from '../../ui/format';

type Choice = 'keep' | 'discard' | 'discard-continue';

export function IdlePrompt({ idle, locale, onAnswer }: { idle: NonNullable<TimerState['idle']>; locale: Locale; onAnswer: (choice: Choice) => void }) {
  const { t } = useTranslation();
  const since = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(idle.since));
  return (
    <Dialog title={t('timer.idle.title')} onClose={() => {}} testId="idle-prompt" dismissible={false}>
      <p>{t('timer.idle.body', { since, duration: formatDuration(idle.seconds) })}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => onAnswer('keep')} data-testid="idle-keep">
          {t('timer.idle.keep')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAnswer('discard-continue')} data-testid="idle-discard-continue">
          {t('timer.idle.discardContinue')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAnswer('discard')} data-testid="idle-discard">
          {t('timer.idle.discard')}
        </button>
      </div>
    </Dialog>
  );
}
