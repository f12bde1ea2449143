// The fuzz suites' settings: in `npm test`, a fixed seed and a bounded number of runs, so a run is
// repeatable and short; `npm run fuzz` runs many more from a fresh seed (printed when a run fails,
// to replay it with FUZZ_SEED).
import fc from 'fast-check';

const runs = Number(process.env.FUZZ_RUNS ?? 0);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261201;

/** fast-check parameters: `defaultRuns` in `npm test`, FUZZ_RUNS (and FUZZ_SEED) under `npm run fuzz`. */
export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  return { seed, numRuns: runs > 0 ? runs : defaultRuns, endOnFailure: true };
}

/** A test's own time limit: the default in `npm test`, an hour for the long runs of `npm run fuzz`. */
export const FUZZ_TEST_TIMEOUT_MS = runs > 0 ? 3_600_000 : 60_000;

/** The deadline an answer must meet for a fuzzed call: anything slower counts as held. */
export const ANSWER_DEADLINE_MS = 5_000;

/** Resolves with the answer, or rejects if it has not come within the deadline. */
export function withinDeadline<T>(promise: Promise<T>, what: string, ms = ANSWER_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** JSON-like values, some nested far deeper than any input of the contract. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 33, max: 5000 }).map((depth) => nest(depth)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3000 }) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { minLength: 0, maxLength: 2000 }) },
);

/** The same, nested at most as deep as a structured clone can carry from this process (its serializer recurses). */
export const cloneableHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 33, max: 1000 }).map((depth) => nest(depth)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3000 }) },
);

function nest(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { x: value };
  return value;
}
