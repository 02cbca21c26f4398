import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../e2e/support/app';
import { MEASURES, OPTIONAL, type SizeResult } from './report';

// Keeps `npm run bench` working: its quick run (100 cards, one round) against the web app the
// suite already built. It checks that every gesture was measured, never how fast.
describe('npm run bench -- --quick', () => {
  it('measures every figure for the app and the bare React Flow baseline, prints the table and writes the results', () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built app at ${DIST}: run \`npx vite build\` first (npm test does).`);
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-bench-test-'));
    try {
      const out = join(dir, 'results.json');
      const run = spawnSync('npx', ['tsx', 'test/bench/run.ts', '--quick', '--app-dist', DIST, '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
      expect(run.stderr).not.toMatch(/^(error|not measured):/m);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/\| measure \| 100: app \| bare RF \| ratio \|/);
      expect(run.stdout).toMatch(/measured targets met/);
      const results = JSON.parse(readFileSync(out, 'utf8')) as { quick: boolean; sizes: SizeResult[]; errors: string[] };
      expect(results.quick).toBe(true);
      expect(results.errors).toEqual([]);
      const [size] = results.sizes;
      expect(size!.cards).toBe(100);
      for (const m of MEASURES.filter((m) => !OPTIONAL.has(m.key))) {
        expect(size!.app[m.key]?.[0], `app ${m.key}`).toBeGreaterThan(0);
        if (m.baseline) expect(size!.baseline[m.key]?.[0], `baseline ${m.key}`).toBeGreaterThan(0);
      }
      // Each edit is timed five times a round (pages.ts EDIT_REPEATS), every time measured.
      for (const key of ['add', 'rename', 'undo', 'redo']) {
        for (const side of ['app', 'baseline'] as const) {
          expect(size![side][key], `${side} ${key}`).toHaveLength(5);
          for (const ms of size![side][key]!) expect(ms, `${side} ${key}`).toBeGreaterThan(0);
        }
      }
      // The box selection caught exactly the 50 cards it was drawn around, in both pages.
      expect(size!.app.selected).toEqual([50]);
      expect(size!.baseline.selected).toEqual([50]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
