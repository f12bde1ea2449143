// `npm run fuzz [-- RUNS [SEED]]`: the fuzz suites of `npm test` (tests/*/fuzz-*.test.ts) with many
// more runs (default 5,000 each) from a fresh seed, printed first so that a failure can be replayed
// with the same seed.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '5000';
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`Fuzzing with ${runs} runs per property, seed ${seed} (replay: npm run fuzz -- ${runs} ${seed})\n`);
const result = spawnSync('npx', ['vitest', 'run', 'fuzz-'], { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed } });
process.exit(result.status ?? 1);
