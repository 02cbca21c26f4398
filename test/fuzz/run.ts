/**
 * `npm run fuzz [-- --runs N] [--seed S]`: the fuzz suite at length (default 2,000 cases per
 * target), every case timed on its own. Prints per target how the cases ended, the slowest
 * case and the 99th percentile, and exits non-zero if any case broke a rule or took over
 * 2 s (every input here is within the limits). CI runs the same targets, fewer cases and
 * untimed (test/fuzz/fuzz.test.ts): a timer there would measure the machine's load.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { checkClipboard, checkFileBytes, checkFileText, hostileClipboard, largeFileMutations, mutatedFileBytes, mutatedFileText, randomJsonText } from './targets';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 2000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const LIMIT_MS = 2000;

interface Tally {
  target: string;
  cases: number;
  outcomes: Record<string, number>;
  p99Ms: string;
  maxMs: string;
  overLimit: number;
}

function fuzz<T>(target: string, arb: fc.Arbitrary<T>, check: (input: T) => string, numRuns = runs): { tally: Tally; failure?: string } {
  const times: number[] = [];
  const outcomes: Record<string, number> = {};
  let slowest: T | undefined;
  const result = fc.check(
    fc.property(arb, (input) => {
      const start = performance.now();
      const outcome = check(input);
      const ms = performance.now() - start;
      if (ms > Math.max(...times, 0)) slowest = input;
      times.push(ms);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }),
    { numRuns, seed },
  );
  const sorted = [...times].sort((a, b) => a - b);
  const over = times.filter((t) => t > LIMIT_MS).length;
  const tally: Tally = {
    target,
    cases: times.length,
    outcomes,
    p99Ms: (sorted[Math.floor(0.99 * (sorted.length - 1))] ?? 0).toFixed(1),
    maxMs: (sorted.at(-1) ?? 0).toFixed(1),
    overLimit: over,
  };
  if (over > 0) console.error(`${target}: ${over} case(s) over ${LIMIT_MS} ms; the slowest began: ${String(JSON.stringify(slowest)).slice(0, 300)}`);
  return { tally, failure: result.failed ? fc.defaultReportMessage(result) : undefined };
}

console.log(`fuzz: ${runs} cases per target, seed ${seed}`);
const results = [
  fuzz('random JSON', randomJsonText, checkFileText),
  fuzz('structural mutations', mutatedFileText, checkFileText),
  fuzz('byte mutations', mutatedFileBytes, checkFileBytes),
  fuzz('hostile clipboard', hostileClipboard, checkClipboard),
  // Each case is a whole 5,000-card theory: fewer of them.
  fuzz('mutations of 5,000 cards', largeFileMutations(), checkFileText, Math.max(5, Math.round(runs / 100))),
];
console.table(results.map(({ tally }) => ({ ...tally, outcomes: Object.entries(tally.outcomes).map(([k, v]) => `${k} ${v}`).join(', ') })));
const failures = results.filter((r) => r.failure);
for (const f of failures) console.error(`\n${f.tally.target}:\n${f.failure}`);
process.exit(failures.length > 0 || results.some((r) => r.tally.overLimit > 0) ? 1 : 0);
