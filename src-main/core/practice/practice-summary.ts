// "My practice" computed from the cached history: the opinions of the period, per month; the
// divergence rate overall, by family (beside the network's) and by complexity, split into
// diagnostic, therapeutic or both; the share of complex cases; review time and the time from
// acceptance to report as median and quartiles; and the share sent within the platform's deadline.
import type { PracticePeriod, PracticeSummary } from '../../../contract';
import type { NetworkFigures, PastOpinion } from './practice-history';
import { proportion, spread } from './practice-stats';

const DAY = 86_400_000;

/** The first day of the period: 3 or 12 months back, or the beginning. */
function since(period: PracticePeriod, now: Date): number {
  if (period === 'all') return Number.NEGATIVE_INFINITY;
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - (period === '3m' ? 3 : 12));
  return d.getTime();
}

function kindsOf(opinions: PastOpinion[]) {
  return {
    diagnostic: opinions.filter((o) => o.divergenceKind === 'diagnostic').length,
    therapeutic: opinions.filter((o) => o.divergenceKind === 'therapeutic').length,
    both: opinions.filter((o) => o.divergenceKind === 'both').length,
  };
}

const divergent = (opinions: PastOpinion[]) => proportion(opinions.filter((o) => o.divergence === 'divergent').length, opinions.length);

/** Whether an opinion was reported in the period. */
export function inPeriod(opinion: PastOpinion, period: PracticePeriod, now: Date): boolean {
  return Date.parse(opinion.reportedAt) >= since(period, now);
}

export function practiceSummary(
  history: { opinions: PastOpinion[]; network: NetworkFigures | null; fetchedAt: string | null },
  period: PracticePeriod,
  now: Date,
): PracticeSummary {
  const opinions = history.opinions.filter((o) => inPeriod(o, period, now));
  const months = new Map<string, number>();
  for (const o of opinions) months.set(o.reportedAt.slice(0, 7), (months.get(o.reportedAt.slice(0, 7)) ?? 0) + 1);
  const families = [...new Set(opinions.map((o) => o.family))].sort();
  const network = history.network;
  const simple = opinions.filter((o) => o.complexity === 'simple');
  const complex = opinions.filter((o) => o.complexity === 'complex');
  const withDeadline = opinions.filter((o) => o.dueAt !== null);
  return {
    period,
    opinions: opinions.length,
    historyAt: history.fetchedAt,
    perMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, opinions: count })),
    divergence: divergent(opinions),
    divergenceKinds: kindsOf(opinions),
    byFamily: families.map((family) => {
      const own = opinions.filter((o) => o.family === family);
      const reference = network?.reference.families.find((f) => f.family === family);
      const live = network?.live.families.find((f) => f.family === family);
      return {
        family,
        divergence: divergent(own),
        kinds: kindsOf(own),
        network: {
          reference: reference ? { rate: reference.rate, n: reference.opinions } : null,
          live: live ? proportion(live.divergent, live.opinions) : null,
        },
      };
    }),
    byComplexity: { simple: divergent(simple), complex: divergent(complex) },
    complexShare: proportion(complex.length, opinions.length),
    reviewMinutes: { simple: spread(simple.map((o) => o.reviewSeconds / 60)), complex: spread(complex.map((o) => o.reviewSeconds / 60)) },
    turnaroundDays: spread(opinions.map((o) => (Date.parse(o.reportedAt) - Date.parse(o.acceptedAt)) / DAY)),
    withinDeadline: proportion(withDeadline.filter((o) => Date.parse(o.reportedAt) <= Date.parse(o.dueAt ?? '')).length, withDeadline.length),
    network: network
      ? { source: network.reference.source, overall: proportion(network.reference.overall.divergent, network.reference.overall.opinions) }
      : null,
  };
}
