// The expert's own practice (`practice.*`): divergence, complexity and review time over their
// finished opinions, beside the network's figures. No patient data: a past opinion is its disease,
// family, dates, complexity, divergence and review time.
import { z } from 'zod';
import { type CallTable } from './common';

export const PRACTICE_PERIODS = ['3m', '12m', 'all'] as const;
export type PracticePeriod = (typeof PRACTICE_PERIODS)[number];

/** Fewer opinions than this: the rate is not shown (its interval still is). */
export const PRACTICE_MIN_FOR_RATE = 5;

/** k of n, the rate (null below the minimum) and its 95 % Wilson interval. */
export const Proportion = z.object({
  n: z.number().int(),
  k: z.number().int(),
  rate: z.number().nullable(),
  low: z.number(),
  high: z.number(),
});
export type Proportion = z.infer<typeof Proportion>;

/** Median and quartiles (as the cohort reports durations), with the extremes for a box plot's whiskers; null without values. */
export const Spread = z.object({ n: z.number().int(), min: z.number(), q1: z.number(), median: z.number(), q3: z.number(), max: z.number() }).nullable();
export type Spread = z.infer<typeof Spread>;

/** The network's rate for a family: the published reference's (its size when published) and the platform's live one. */
export const NetworkRate = z.object({
  reference: z.object({ rate: z.number(), n: z.number().int().nullable() }).nullable(),
  live: Proportion.nullable(),
});

export const PracticeSummary = z.object({
  period: z.enum(PRACTICE_PERIODS),
  /** The opinions counted, and when the history was last brought from the platform. */
  opinions: z.number().int(),
  historyAt: z.string().nullable(),
  perMonth: z.array(z.object({ month: z.string(), opinions: z.number().int() })),
  divergence: Proportion,
  /** Of the divergent opinions: on the diagnosis, the treatment, or both. */
  divergenceKinds: z.object({ diagnostic: z.number().int(), therapeutic: z.number().int(), both: z.number().int() }),
  byFamily: z.array(
    z.object({
      family: z.string(),
      divergence: Proportion,
      kinds: z.object({ diagnostic: z.number().int(), therapeutic: z.number().int(), both: z.number().int() }),
      network: NetworkRate,
    }),
  ),
  byComplexity: z.object({ simple: Proportion, complex: Proportion }),
  complexShare: Proportion,
  /** Review time, in minutes. */
  reviewMinutes: z.object({ simple: Spread, complex: Spread }),
  /** Days from acceptance to the report, and the share sent within the platform's deadline. */
  turnaroundDays: Spread,
  withinDeadline: Proportion,
  network: z.object({ source: z.string(), overall: Proportion.nullable() }).nullable(),
});
export type PracticeSummary = z.infer<typeof PracticeSummary>;

export const practiceMethods = {
  'practice.summary': { input: z.object({ period: z.enum(PRACTICE_PERIODS) }).strict(), output: PracticeSummary },
} as const satisfies CallTable;
