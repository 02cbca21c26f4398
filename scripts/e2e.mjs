#!/usr/bin/env node
// `npm run test:e2e [vitest filters…]`: build the web app into a temporary folder (dist/ is
// left alone) and run the end-to-end suites against it in Debian's Chromium. CHROMIUM_PATH
// picks another browser binary. The full CI run (scripts/test.mjs) builds into dist/renderer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'werkzaam-web-'));
try {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('vite build failed: the end-to-end tests need the built web app.');
    process.exitCode = 1;
  } else {
    const run = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, E2E_DIST: out },
    });
    process.exitCode = run.status ?? 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
