import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');
// @ts-expect-error: a plain ES module without types (scripts/build-cli.mjs)
const { buildCli, freshBundle } = (await import('../../scripts/build-cli.mjs')) as {
  buildCli(out: string): Promise<{ entry: string }>;
  freshBundle(out: string): string | null;
};

// Inside the project (.tmp/ is ignored by git): the bundle finds its packages in node_modules.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const out = mkdtempSync(join(ROOT, '.tmp', 'cli-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the bundled CLI (scripts/build-cli.mjs)', () => {
  it('runs without tsx, and counts as stale once a source it was built from is newer', async () => {
    const { entry } = await buildCli(out);
    expect(existsSync(entry)).toBe(true);
    // The bundle itself compiles nothing: no TypeScript loader in it, packages stay outside.
    expect(readFileSync(entry, 'utf8')).not.toMatch(/from ["']tsx/);
    const { stdout } = await run(process.execPath, [entry, 'validate', join(ROOT, 'test/fixtures/valid/kdg-aio.werkzaam')], {
      env: { ...process.env, WERKZAAM_CLI_MAIN: '1' },
    });
    expect(stdout).toBe('ok\n');
    expect(freshBundle(out)).toBe(entry);

    // A source changed after the build (here: one named in a copy of the list of inputs).
    const source = join(out, 'changed.ts');
    writeFileSync(source, 'export {};\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(source, later, later);
    const inputs = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8')) as { files: string[] };
    writeFileSync(join(out, 'inputs.json'), JSON.stringify({ ...inputs, files: [...inputs.files, relative(ROOT, source)] }));
    expect(freshBundle(out)).toBeNull();
  });
});
