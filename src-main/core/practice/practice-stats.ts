// The statistics of "My practice", as the cohort reports them: proportions with their 95 % Wilson
// score interval (sound for small samples and for rates near 0 or 1, unlike the normal
// approximation), durations as median and quartiles (linear interpolation between order
// statistics, R's default type 7). Pure functions, checked against hand-computed values.
import { PRACTICE_MIN_FOR_RATE, type Proportion, type Spread } from '../../../contract';

const Z95 = 1.959963984540054;

/** k successes of n: the rate (null below the minimum sample) and its 95 % Wilson interval. */
export function proportion(k: number, n: number): Proportion {
  if (n === 0) return { n, k, rate: null, low: 0, high: 1 };
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At 0 of n and n of n the interval reaches 0 and 1 exactly (rounding must not move it).
  const low = k === 0 ? 0 : Math.max(0, centre - half);
  const high = k === n ? 1 : Math.min(1, centre + half);
  return { n, k, rate: n >= PRACTICE_MIN_FOR_RATE ? p : null, low, high };
}

/** The q-quantile of sorted values, interpolating between order statistics (type 7). */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function spread(values: number[]): Spread {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, min: sorted[0]!, q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75), max: sorted.at(-1)! };
}
