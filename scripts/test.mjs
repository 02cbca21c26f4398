#!/usr/bin/env node
// Runs every suite (unit + component in Node, end-to-end in Chromium) and closes with
// the one line CI reads: "N passed, N failed[, N skipped]". Exits non-zero on any failure,
// including a runner that crashed before reporting.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const only = process.argv[2]; // optional: "unit" or "e2e"

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
// CI keeps only the tail of the output: the failures are named again just above the last line.
const failures = [];

function run(label, args, outFile) {
  rmSync(outFile, { force: true });
  console.log(`\n=== ${label} ===`);
  const result = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${outFile}`], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  if (!existsSync(outFile)) {
    console.error(`${label}: the test runner exited (${result.status ?? result.signal}) without a report.`);
    broken = true;
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no tests to count: count it as a failure.
  const loadFailures = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  for (const f of loadFailures) console.error(`${label}: could not run ${f.name}: ${f.message}`);
  totals.failed += loadFailures.length;
  for (const f of report.testResults) {
    const file = f.name.startsWith(root) ? f.name.slice(root.length) : f.name;
    if (f.status === 'failed' && f.assertionResults.length === 0) failures.push(`${file}: ${firstLine(f.message)}`);
    for (const a of f.assertionResults) {
      if (a.status === 'failed') failures.push(`${file} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    }
  }
  if (result.status !== 0 && report.numFailedTests === 0 && loadFailures.length === 0) {
    console.error(`${label}: vitest exited with ${result.status}.`);
    broken = true;
    totals.failed += 1;
  }
}

if (!only || only === 'unit') run('unit and component tests', [], join(tmp, 'unit.json'));

const e2eDir = join(root, 'test/e2e');
const hasE2e = existsSync(e2eDir) && readdirSync(e2eDir).some((f) => f.endsWith('.e2e.ts'));
if ((!only || only === 'e2e') && !hasE2e) console.log('\n(no end-to-end suites in test/e2e yet)');
if ((!only || only === 'e2e') && hasE2e) {
  console.log('\n=== building the web app for end-to-end tests ===');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('vite build failed: end-to-end tests cannot run.');
    totals.failed += 1;
    broken = true;
  } else {
    run('end-to-end tests (Chromium)', ['-c', 'vitest.e2e.config.ts'], join(tmp, 'e2e.json'));
  }
}

function firstLine(text) {
  return String(text ?? '').split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 300) ?? '';
}

if (failures.length > 0) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ${f}`);
}

const line = `${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : '');
console.log(`\n${line}`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
