import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/format/parse';

const run = promisify(execFile);
const bin = join(__dirname, '../../bin/werkzaam.mjs');
const fixtures = join(__dirname, '../fixtures');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: tmpdir() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkzaam-cli-'));
});

describe('werkzaam CLI (as a subprocess)', () => {
  it('validate: ok for a valid file', async () => {
    const r = await cli('validate', join(fixtures, 'valid/kdg-aio.werkzaam'));
    expect(r).toMatchObject({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it.each([
    ['bad-stage.werkzaam', /bad-stage\.werkzaam: theory\.cards\[3\]\.stage: "outcomes" is not a stage/],
    ['truncated.werkzaam', /truncated\.werkzaam: the file ends too early \(is it truncated\?\) \(line 1, column \d+\)/],
    ['binary.werkzaam', /binary data/],
    // Every other file of the corpus goes through the same code in runCli.test.ts.
  ])('validate: %s → exit 1 with the problem on stderr, no stack trace', async (file, message) => {
    const r = await cli('validate', join(fixtures, 'invalid', file));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('validate: a generated 50 MB file and 100,000-deep nesting are refused with one line each', async () => {
    const huge = join(dir, 'huge.werkzaam');
    writeFileSync(huge, `{"format":"werkzaam","version":1,"theory":{"title":"${'x'.repeat(50 * 1024 * 1024)}"}}`);
    const deep = join(dir, 'deep.werkzaam');
    writeFileSync(deep, `{"format":"werkzaam","version":1,"theory":{"title":"t","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`);
    const [a, b] = await Promise.all([cli('validate', huge), cli('validate', deep)]);
    expect(a).toEqual({ code: 1, stdout: '', stderr: `${huge}: the file is too large (50.0 MB; the limit is 20.0 MB)\n` });
    expect(b).toEqual({ code: 1, stdout: '', stderr: `${deep}: the JSON is nested more than 64 levels deep (line 1, column 122)\n` });
  });

  it('validate: a missing file is a user error', async () => {
    const r = await cli('validate', join(dir, 'nope.werkzaam'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.werkzaam: the file does not exist/);
  });

  it('new + validate + convert round trip keeps the data and writes the normalised form', async () => {
    const file = join(dir, 'new.werkzaam');
    expect((await cli('new', '--lang', 'en', '--title', 'Łódź – çok güzel – één', '--out', file)).code).toBe(0);
    expect((await cli('validate', file)).stdout).toBe('ok\n');
    const again = await cli('new', '--out', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists \(use --force/);

    const messy = join(dir, 'messy.werkzaam');
    writeFileSync(messy, '\uFEFF{"version":1,"format":"werkzaam","theory":{"cards":[{"title":"a","stage":"input","id":"c1"}],"title":"Rommelig","x-tool":{"keep":true}}}');
    const out = join(dir, 'clean.werkzaam');
    expect((await cli('convert', messy, '--out', out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "werkzaam",');
    const parsed = parseDocument(text);
    expect(parsed.ok && parsed.document.theory.title).toBe('Rommelig');
    expect(JSON.parse(text).theory['x-tool']).toEqual({ keep: true });
    // Converting the normalised file again changes nothing.
    const twice = join(dir, 'twice.werkzaam');
    await cli('convert', out, '--out', twice);
    expect(readFileSync(twice, 'utf8')).toBe(text);
    const created = readFileSync(file, 'utf8');
    expect(JSON.parse(created).theory).toMatchObject({ title: 'Łódź – çok güzel – één', language: 'en' });
  });

  it('check --json lists the chain checks', async () => {
    const r = await cli('check', join(fixtures, 'valid/kdg-aio.werkzaam'), '--json');
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as { code: string; ids: string[] }[];
    expect(results.map((x) => x.code)).toEqual(['card-no-aio', 'card-no-aio', 'card-no-aio']);
  });

  it('check in plain text, in English', async () => {
    const r = await cli('check', join(fixtures, 'valid/kdg-aio.werkzaam'), '--lang', 'en');
    expect(r.stdout).toMatch(/^info card-no-aio \[c1\]: “Doelgroepmedewerkers met een afstand tot de arbeidsmarkt” has no AIO element yet\.$/m);
    expect(r.stdout).toMatch(/3 finding\(s\)/);
  });

  it('export --pdf writes a report; an invalid input leaves no file behind', async () => {
    const out = join(dir, 'report.pdf');
    const ok = await cli('export', join(fixtures, 'valid/kdg-aio.werkzaam'), '--pdf', out, '--lang', 'en', '--no-checks');
    expect(ok.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = join(dir, 'never.pdf');
    const r = await cli('export', join(fixtures, 'invalid/dangling-link.werkzaam'), '--pdf', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/there is no card with id "c404"/);
    expect(existsSync(bad)).toBe(false);
    expect((await cli('export', join(fixtures, 'valid/kdg-aio.werkzaam'))).stderr).toMatch(/say what to write: --pdf/);
  });

  it('templates lists the empty template', async () => {
    const r = await cli('templates');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^empty\tEmpty theory/);
  });

  it('unknown commands and options are user errors with one clear line', async () => {
    expect(await cli('frobnicate')).toMatchObject({ code: 1, stderr: 'werkzaam: unknown command "frobnicate" (try: werkzaam --help)\n' });
    const r = await cli('validate', '--colour', 'x');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^werkzaam validate: Unknown option '--colour'/);
    expect((await cli('new', '--template', 'nope', '--out', join(dir, 'x.werkzaam'))).stderr).toMatch(/unknown template "nope"; available: empty/);
    expect((await cli('check', 'x', '--lang', 'fr')).stderr).toMatch(/--lang must be one of nl, en/);
  });

  it('--help and --version', async () => {
    expect((await cli('--help')).stdout).toMatch(/usage: werkzaam <command>/);
    expect((await cli('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
