// The counted values as the expert fills the form: divergence derived from the two agreements
// (never typed), and the complexity. Updated as each choice is made, and saying what is already
// known: one agreement answered as not agreeing makes the opinion divergent, whatever the other.
import { useTranslation } from 'react-i18next';
import type { Divergence } from '../../../../contract';

type Agreement = 'diagnostic' | 'therapeutic';

export function DivergenceSummary({
  divergence,
  diverging = [],
  complexity,
}: {
  divergence: Divergence | null;
  diverging?: Agreement[];
  complexity: 'simple' | 'complex' | null;
}) {
  const { t } = useTranslation();
  const known: Agreement | undefined = divergence ? undefined : diverging[0];
  const value = divergence?.value ?? (known ? 'divergent' : 'undetermined');
  const text = divergence
    ? divergence.kind
      ? t(`report.divergentKind.${divergence.kind}`)
      : t('report.convergent')
    : known
      ? t(`report.divergentSoFar.${known}`)
      : t('report.undetermined');
  return (
    <div className="report-summary" aria-live="polite">
      <span className={`badge badge--divergence-${value}`} data-testid="divergence-value" data-value={value} data-kind={divergence?.kind ?? known ?? ''}>
        {text}
      </span>
      <span className="muted" data-testid="complexity-value" data-value={complexity ?? ''}>
        {complexity ? t(`report.complexity.${complexity}`) : t('report.complexity.undetermined')}
      </span>
    </div>
  );
}
