// Where a new user is in the first start: the platform, the protection of this computer's copy,
// the sign-in, the first cases. Shown on each of those screens so the path is never a surprise.
import { useTranslation } from 'react-i18next';

export const FIRST_START_STEPS = ['platform', 'protection', 'signIn', 'cases'] as const;
export type FirstStartStep = (typeof FIRST_START_STEPS)[number];

export function FirstStartSteps({ current }: { current: FirstStartStep }) {
  const { t } = useTranslation();
  const at = FIRST_START_STEPS.indexOf(current);
  return (
    <ol className="steps" data-testid="first-start-steps" data-step={current} aria-label={t('firstStart.stepsLabel')}>
      {FIRST_START_STEPS.map((step, i) => (
        <li
          key={step}
          className={`steps__item${i < at ? ' steps__item--done' : ''}${i === at ? ' steps__item--current' : ''}`}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="steps__number">{i + 1}</span>
          {t(`firstStart.steps.${step}`)}
        </li>
      ))}
    </ol>
  );
}
