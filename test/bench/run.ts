/**
 * `npm run bench`: what a user waits for, on generated theories of 100, 1,000 and 3,000
 * cards, side by side with a bare React Flow page holding the same nodes and links, in the
 * same browser, interleaved over rounds (absolute frame times swing 2× with the load on
 * the machine; the ratio is what counts). Builds the web app and the baseline, drives both
 * in headless Chromium (software rendering), prints a table, writes bench/results.json and
 * the latest table into bench/README.md. It asserts nothing about speed; it fails only
 * when a measure could not be taken.
 *
 *   npm run bench                 full run (3 rounds; under 10 minutes)
 *   npm run bench -- --quick      100 cards, one round (CI keeps the script working)
 *   options: --sizes 100,1000  --rounds 2  --app-dist <built web app>  --out <results.json>
 *            --canvas-only (no save, exports, tidy-up or CLI: to compare two builds' canvas quickly)
 *            --only zoom,edits (these gestures alone, after the open; pan zoom drag1 drag50 edits
 *            save pdf png tidy cli; app and baseline still side by side in the same run)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { serializeDocument } from '../../shared/format/serialize';
import { generateTheory } from './generate';
import { SCENARIOS, appPane, appPass, baselinePass, type PassInput, type Scenario } from './pages';
import { cliPdf } from './cliPdf';
import { addRuns, evaluateTargets, missing, table, targetList, type SizeResult } from './report';
import { serveStatic } from '../e2e/support/server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    rounds: { type: 'string' },
    'app-dist': { type: 'string' },
    out: { type: 'string' },
    'canvas-only': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const quick = Boolean(args.quick);
const sizes = (args.sizes ?? (quick ? '100' : '100,1000,3000')).split(',').map(Number);
const rounds = Number(args.rounds ?? (quick ? 1 : 3));
const canvasOnly = Boolean(args['canvas-only']);
const onlyNames = args.only?.split(',').map((s) => s.trim()).filter(Boolean);
for (const name of onlyNames ?? []) {
  if (name !== 'cli' && !(SCENARIOS as readonly string[]).includes(name)) throw new Error(`--only ${name}: not a scenario (${[...SCENARIOS, 'cli'].join(', ')})`);
}
const only = onlyNames ? new Set(onlyNames.filter((n): n is Scenario => n !== 'cli')) : undefined;
const cliToo = !onlyNames || onlyNames.includes('cli');
const full = !quick && !args.sizes && !args.rounds && !canvasOnly && !onlyNames;
const resultsFile = args.out ?? (full ? join(ROOT, 'bench/results.json') : join(ROOT, '.tmp/bench-results.json'));

const log = (line: string) => process.stderr.write(`${line}\n`);
const began = performance.now();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;

const work = mkdtempSync(join(tmpdir(), 'werkzaam-bench-'));
const servers: { close(): Promise<void> }[] = [];
let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
try {
  let appDist = args['app-dist'];
  if (!appDist) {
    log('building the web app…');
    appDist = join(work, 'app');
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', appDist, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build of the web app failed');
  }
  log('building the bare React Flow baseline…');
  const baselineDist = join(work, 'baseline');
  await build({
    configFile: false,
    root: join(ROOT, 'test/bench/baseline'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: baselineDist, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });

  const app = await serveStatic(appDist);
  const base = await serveStatic(baselineDist);
  servers.push(app, base);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const errors: string[] = [];
  const pane = await appPane(browser, app.url, errors);
  const load = { start: loadavg()[0]!, end: 0 };

  const results: SizeResult[] = [];
  const theories = sizes.map((cards) => {
    const doc = generateTheory(cards);
    const file = join(work, `theory-${cards}.werkzaam`);
    writeFileSync(file, serializeDocument(doc));
    results.push({ cards, links: Object.keys(doc.theory.links).length, app: {}, baseline: {} });
    return { doc, file };
  });

  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < sizes.length; i++) {
      const { doc, file } = theories[i]!;
      const result = results[i]!;
      const input = (url: string, label: string): PassInput => ({ browser: browser!, url, theory: doc.theory, file, pane, round, errors, label: `${label} ${sizes[i]}`, only });
      // Alternate which page goes first, so a drift in the machine's load hits both alike.
      const appFirst = (round + i) % 2 === 0;
      for (const side of appFirst ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
        log(`[${elapsed()}] round ${round + 1}/${rounds}, ${sizes[i]} cards: ${side}`);
        try {
          // Save and exports (app only, seconds long) in the first round alone: the full run
          // stays under 10 minutes.
          const figures = side === 'app' ? await appPass(input(app.url, 'app'), round === 0 && !canvasOnly) : await baselinePass(input(base.url, 'baseline'));
          addRuns(result[side], figures);
        } catch (error) {
          errors.push(`${side} ${sizes[i]} round ${round + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      // The CLI in every round (≈ 10 s a round for the three sizes): one call alone went from
      // 2.4 to 4.0 s at 1,000 cards with the machine's load, and the target is read from it.
      if (canvasOnly || !cliToo) continue;
      log(`[${elapsed()}] round ${round + 1}/${rounds}, ${sizes[i]} cards: CLI PDF`);
      try {
        const cli = await cliPdf(file);
        addRuns(result.app, { 'cliPdf.ms': cli.ms, 'cliPdf.rssMb': cli.rssMb });
      } catch (error) {
        errors.push(`CLI PDF ${sizes[i]}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  load.end = loadavg()[0]!;

  const targets = evaluateTargets(results);
  const machine = {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    os: `Linux ${release()}`,
    node: process.version,
    chromium: browser.version(),
    rendering: 'software (--disable-gpu, headless)',
    window: '1280×800',
    loadAverage: load,
  };
  const commit = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const date = new Date().toISOString();
  const markdown = table(results);
  const targetsText = targetList(targets);
  console.log(`\n${markdown}\n\nTargets (✓ met, ✗ not met):\n${targetsText}\n`);
  console.log(`${rounds} round(s), medians; commit ${commit}; ${machine.cpu}; load ${load.start.toFixed(2)} → ${load.end.toFixed(2)}; took ${elapsed()}.`);

  const gaps = missing(results, canvasOnly || onlyNames !== undefined);
  mkdirSync(join(resultsFile, '..'), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify({ date, commit, quick, rounds, machine, sizes: results, targets, errors, missing: gaps }, null, 2)}\n`);
  log(`wrote ${resultsFile}`);
  if (full) updateReadme({ date, commit, machine, markdown, targetsText, rounds, took: elapsed() });

  for (const e of errors) log(`error: ${e}`);
  for (const g of gaps) log(`not measured: ${g}`);
  if (errors.length > 0 || gaps.length > 0) process.exitCode = 1;
} finally {
  await browser?.close();
  for (const s of servers) await s.close();
  rmSync(work, { recursive: true, force: true });
}

/** Replace the block between the "latest" markers of bench/README.md with this run. */
function updateReadme(run: { date: string; commit: string; machine: Record<string, unknown>; markdown: string; targetsText: string; rounds: number; took: string }): void {
  const file = join(ROOT, 'bench/README.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- latest:start -->';
  const end = '<!-- latest:end -->';
  const m = run.machine as { cpu: string; memoryGiB: number; os: string; node: string; chromium: string; rendering: string; window: string; loadAverage: { start: number; end: number } };
  const block = [
    start,
    `Run of ${run.date.slice(0, 16).replace('T', ' ')} UTC at commit \`${run.commit}\`, ${run.rounds} rounds (medians), ${run.took}.`,
    `Machine: ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}, ${m.rendering}, window ${m.window}; load average ${m.loadAverage.start.toFixed(2)} → ${m.loadAverage.end.toFixed(2)}.`,
    '',
    run.markdown,
    '',
    'Targets (✓ met, ✗ not met):',
    '',
    run.targetsText,
    end,
  ].join('\n');
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`${file} lacks the ${start} … ${end} markers`);
  writeFileSync(file, text.slice(0, i) + block + text.slice(j + end.length));
  log(`updated ${file}`);
}
