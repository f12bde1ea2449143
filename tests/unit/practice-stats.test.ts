// "My practice": the rates with their 95 % Wilson intervals, the quartiles, the small-number rule
// and the summary of a small history, against values computed by hand (and, for Wilson, the
// textbook's: 0 of 10 is [0, 0.2775], 3 of 4 is [0.3006, 0.9544]).
import { describe, expect, it } from 'vitest';
import { proportion, spread } from '../../src-main/core/practice/practice-stats';
import { practiceSummary } from '../../src-main/core/practice/practice-summary';
import type { PastOpinion } from '../../src-main/core/practice/practice-history';

const close = (value: number) => expect.closeTo(value, 4);

describe('rates and intervals', () => {
  it('Wilson 95 %: the cohort’s 502 of 1,552, none of 10, all of 10, 3 of 4', () => {
    expect(proportion(502, 1552)).toEqual({ n: 1552, k: 502, rate: close(0.32345), low: close(0.3006), high: close(0.3471) });
    expect(proportion(0, 10)).toEqual({ n: 10, k: 0, rate: 0, low: 0, high: close(0.2775) });
    expect(proportion(10, 10)).toEqual({ n: 10, k: 10, rate: 1, low: close(0.7225), high: 1 });
  });

  it('shows no rate under 5 opinions, but always the interval', () => {
    expect(proportion(3, 4)).toEqual({ n: 4, k: 3, rate: null, low: close(0.3006), high: close(0.9544) });
    expect(proportion(0, 0)).toEqual({ n: 0, k: 0, rate: null, low: 0, high: 1 });
    expect(proportion(3, 5).rate).toBe(0.6);
  });

  it('median and quartiles interpolate between order statistics', () => {
    expect(spread([4, 1, 3, 2])).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(spread([10, 20, 30, 40, 50])).toEqual({ n: 5, min: 10, q1: 20, median: 30, q3: 40, max: 50 });
    expect(spread([7])).toEqual({ n: 1, min: 7, q1: 7, median: 7, q3: 7, max: 7 });
    expect(spread([])).toBeNull();
  });
});

describe('the practice summary', () => {
  const opinion = (n: number, o: Partial<PastOpinion>): PastOpinion => ({
    id: `o${n}`,
    family: 'orthopedic',
    disease: 'Lésion méniscale',
    acceptedAt: '2026-10-01T08:00:00Z',
    reportedAt: '2026-10-05T08:00:00Z',
    dueAt: '2026-10-11T08:00:00Z',
    complexity: 'simple',
    divergence: 'convergent',
    divergenceKind: null,
    reviewSeconds: 1800,
    ...o,
  });
  const history = {
    opinions: [
      opinion(1, {}),
      opinion(2, { divergence: 'divergent', divergenceKind: 'therapeutic', complexity: 'complex', reviewSeconds: 4800 }),
      opinion(3, { divergence: 'divergent', divergenceKind: 'both', complexity: 'complex', reviewSeconds: 3600, reportedAt: '2026-10-20T08:00:00Z' }),
      opinion(4, { reviewSeconds: 2400, reportedAt: '2026-11-02T08:00:00Z', acceptedAt: '2026-10-30T08:00:00Z', dueAt: '2026-11-09T08:00:00Z' }),
      opinion(5, { family: 'gynecological', divergence: 'divergent', divergenceKind: 'diagnostic', reportedAt: '2026-11-20T08:00:00Z' }),
      // Two years ago: only in "all".
      opinion(6, { reportedAt: '2024-11-20T08:00:00Z', acceptedAt: '2024-11-10T08:00:00Z', dueAt: '2024-11-20T08:00:00Z' }),
    ],
    network: {
      reference: { source: 'cohort', overall: { opinions: 1552, divergent: 502 }, families: [{ family: 'orthopedic', rate: 0.247, opinions: null }] },
      live: { families: [{ family: 'orthopedic', opinions: 40, divergent: 10 }] },
    },
    fetchedAt: '2026-12-06T08:00:00Z',
  };
  const now = new Date('2026-12-06T12:00:00Z');

  it('counts the period, by month, family and complexity, with the kinds of divergence and the network beside', () => {
    const s = practiceSummary(history, '12m', now);
    expect(s.opinions).toBe(5);
    expect(s.perMonth).toEqual([
      { month: '2026-10', opinions: 3 },
      { month: '2026-11', opinions: 2 },
    ]);
    expect(s.divergence).toMatchObject({ n: 5, k: 3, rate: 0.6 });
    expect(s.divergenceKinds).toEqual({ diagnostic: 1, therapeutic: 1, both: 1 });
    const ortho = s.byFamily.find((f) => f.family === 'orthopedic')!;
    expect(ortho.divergence).toMatchObject({ n: 4, k: 2, rate: null }); // fewer than 5: no rate
    expect(ortho.network).toEqual({ reference: { rate: 0.247, n: null }, live: expect.objectContaining({ n: 40, k: 10, rate: 0.25 }) });
    expect(s.byComplexity.complex).toMatchObject({ n: 2, k: 2 });
    expect(s.complexShare).toMatchObject({ n: 5, k: 2, rate: 0.4 });
    expect(s.reviewMinutes.simple).toEqual({ n: 3, min: 30, q1: 30, median: 30, q3: 35, max: 40 });
    expect(s.reviewMinutes.complex).toEqual({ n: 2, min: 60, q1: 65, median: 70, q3: 75, max: 80 });
    // 4, 4, 19, 3 and 50 days from acceptance to report; two past their deadline.
    expect(s.turnaroundDays).toEqual({ n: 5, min: 3, q1: 4, median: 4, q3: 19, max: 50 });
    expect(s.withinDeadline).toMatchObject({ n: 5, k: 3 });
    expect(s.network?.overall).toMatchObject({ n: 1552, k: 502 });
    expect(practiceSummary(history, 'all', now).opinions).toBe(6);
    // Three months before mid-January: from mid-October.
    expect(practiceSummary(history, '3m', new Date('2027-01-15T12:00:00Z')).opinions).toBe(3);
  });
});
