// The network's reference figures: the published second-opinion cohort (1,552 opinions, 2016–2020),
// as published. A rate whose sample size was not published keeps `opinions: null` (its interval
// cannot be drawn); the odds ratios are the multivariate model's.
export const NETWORK_REFERENCE = {
  source: 'Published second-opinion cohort: 1,552 opinions, 2016–2020 (rates as published)',
  period: { from: '2016-01-01', to: '2020-12-31' },
  overall: { opinions: 1552, divergent: 502 },
  families: [
    { family: 'orthopedic', opinions: null, rate: 0.247 },
    { family: 'endocrine', opinions: null, rate: 0.345 },
    { family: 'neurological', opinions: null, rate: 0.279 },
  ],
  diseases: [
    { disease: 'Endometriosis', opinions: null, rate: 0.604 },
    { disease: 'Uterine fibroma', opinions: null, rate: 0.478 },
    { disease: 'Prostate adenoma', opinions: 28, rate: 14 / 28 },
    { disease: 'Prostate cancer', opinions: 46, rate: 16 / 46 },
    { disease: 'Bladder cancer', opinions: 12, rate: 4 / 12 },
    { disease: 'Coronary artery disease', opinions: null, rate: 0.667 },
    { disease: 'Goiter / thyroid nodules', opinions: null, rate: 0.417 },
    { disease: 'Hyperthyroidism', opinions: null, rate: 0.333 },
    { disease: 'COPD', opinions: 7, rate: 4 / 7 },
    { disease: 'Low back pain', opinions: null, rate: 0.455 },
    { disease: 'Salivary gland cancer', opinions: 3, rate: 2 / 3 },
  ],
  oddsRatios: [
    { factor: 'gynecological', value: 5.18, low: 3.15, high: 8.49 },
    { factor: 'urological', value: 4.25, low: 2.05, high: 8.78 },
    { factor: 'respiratory', value: 3.64, low: 1.36, high: 9.76 },
    { factor: 'complex', value: 2.78, low: 2.16, high: 3.59 },
  ],
} as const;
