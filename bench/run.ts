// `npm run bench [-- NAME...]`: runs every benchmark in bench/ (or the named ones). Each one
// measures against a baseline in the same run and writes bench/results/NAME.json with named
// figures; one summary line per benchmark is printed.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Figures = Record<string, number | string>;
export interface Benchmark {
  description: string;
  run(): Promise<Figures>;
}

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = join(benchDir, 'results');
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = requested.filter((n) => !available.includes(n));
if (unknown.length > 0) {
  process.stderr.write(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}\n`);
  process.exit(2);
}

mkdirSync(resultsDir, { recursive: true });
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
for (const name of requested.length > 0 ? requested : available) {
  const { benchmark } = (await import(`./${name}.bench.ts`)) as { benchmark: Benchmark };
  const started = Date.now();
  const figures = await benchmark.run();
  const result = { name, description: benchmark.description, date: new Date().toISOString(), machine, durationS: (Date.now() - started) / 1000, figures };
  writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const summary = Object.entries(figures)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? +v.toFixed(3) : v}`)
    .join(' ');
  process.stdout.write(`${name}: ${summary}\n`);
}
