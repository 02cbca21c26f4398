import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice headless as the real reader of the Word and Excel exports (.ci/run installs
 * it). Each call gets a profile of its own, so test files running side by side do not
 * trip over one another's lock.
 */
export function convertWithLibreOffice(file: string, to: string, outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'werkzaam-lo-'));
  try {
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (run.error) throw new Error(`LibreOffice (soffice) could not run: ${run.error.message}; install libreoffice-writer-nogui and libreoffice-calc-nogui`);
    if (run.status !== 0) throw new Error(`soffice exited with ${run.status}: ${run.stderr}`);
    return readdirSync(outDir).map((name) => join(outDir, name));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Every sheet as its own UTF-8 CSV file (`name-Sheet.csv`), with full precision. */
export const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
