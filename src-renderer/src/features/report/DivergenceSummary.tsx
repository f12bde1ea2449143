// The counted values as the expert fills the form: divergence derived from the two agreements
// (never typed), and the complexity. Updated as each choice is made.
import { useTranslation } from 'react-i18next';
import type { Divergence } from '../../../../src-preload/contract';

export function DivergenceSummary({ divergence, complexity }: { divergence: Divergence | null; complexity: 'simple' | 'complex' | null }) {
  const { t } = useTranslation();
  const value = divergence?.value ?? 'undetermined';
  return (
    <div className="report-summary" aria-live="polite">
      <span className={`badge badge--divergence-${value}`} data-testid="divergence-value" data-value={value} data-kind={divergence?.kind ?? ''}>
        {divergence ? (divergence.kind ? t(`report.divergentKind.${divergence.kind}`) : t('report.convergent')) : t('report.undetermined')}
      </span>
      <span className="muted" data-testid="complexity-value" data-value={complexity ?? ''}>
        {complexity ? t(`report.complexity.${complexity}`) : t('report.complexity.undetermined')}
      </span>
    </div>
  );
}
