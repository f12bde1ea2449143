// Why an address was not taken as the platform, in a sentence that says what to do.
import { useTranslation } from 'react-i18next';
import type { PlatformProblem } from './use-platform-choice';

export function PlatformProblemNotice({ problem, error }: { problem: PlatformProblem | null; error: string | null }) {
  const { t } = useTranslation();
  if (!problem && !error) return null;
  return (
    <p className="notice notice--error" role="alert" data-testid="platform-problem" data-problem={problem ?? 'error'}>
      {problem ? t(`firstStart.problems.${problem}`) : error}
    </p>
  );
}
