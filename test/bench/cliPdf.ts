/** `werkzaam export --pdf` as a user runs it: wall time from spawn to exit, and peak RSS. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/werkzaam.mjs');
const MAXRSS = pathToFileURL(fileURLToPath(new URL('./maxrss.mjs', import.meta.url))).href;

export async function cliPdf(file: string): Promise<{ ms: number; rssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'werkzaam-bench-cli-'));
  try {
    const out = join(dir, 'report.pdf');
    const rssFile = join(dir, 'rss');
    const start = performance.now();
    const stderr: string[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', MAXRSS, BIN, 'export', file, '--pdf', out], {
        env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
      child.on('error', reject);
      child.on('exit', resolve);
    });
    const ms = performance.now() - start;
    if (code !== 0 || statSync(out).size === 0) throw new Error(`werkzaam export --pdf failed (${code}): ${stderr.join('').trim()}`);
    return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 2 ** 20 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
