import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

// The CLI in-process (same code as the subprocess tests, without a spawn per case), so
// every file of the hostile corpus can go through it.
const fixtures = join(__dirname, '../fixtures');


let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkzaam-runcli-'));
});

const expected: Record<string, RegExp> = {
  'bad-stage.werkzaam': /: theory\.cards\[3\]\.stage: "outcomes" is not a stage; expected one of input, action, intermediate, outcome, impact$/,
  'binary.werkzaam': /: this is not a Werkzaam file: it contains binary data, not UTF-8 text$/,
  'constructor-key.werkzaam': /: theory: the key "constructor" is not allowed in a Werkzaam file \(line \d+, column \d+\)$/,
  'dangling-link.werkzaam': /: theory\.links\[0\]\.to: there is no card with id "c404"$/,
  'duplicate-ids.werkzaam': /: theory\.cards\[1\]\.id: duplicate card id "c1" \(also used by theory\.cards\[0\]\)$/,
  'duplicate-key.werkzaam': /: theory\.cards\[0\]\.description: the key "description" appears twice in the same object.* \(line 7, column 90\)$/,
  'empty.werkzaam': /: the file is empty$/,
  'future-version.werkzaam': /: version: this file was made by a newer version of Werkzaam \(file version 7; this version reads up to 4\)\. Update Werkzaam to open it\.$/,
  'missing-id.werkzaam': /: theory\.cards\[0\]\.id: required field is missing$/,
  'not-an-object.werkzaam': /: this is not a Werkzaam file: expected a JSON object at the top level$/,
  'proto-key.werkzaam': /: theory\.cards\[0\]: the key "__proto__" is not allowed in a Werkzaam file \(line \d+, column \d+\)$/,
  'self-link-missing-assumption.werkzaam': /: theory\.links\[0\]: the link goes from card "c1" to itself$/,
  'truncated.werkzaam': /: the file ends too early \(is it truncated\?\) \(line 1, column \d+\)$/,
  'unknown-aio.werkzaam': /: theory\.cards\[0\]\.aio\[0\]: "empowerment" is not an AIO element; expected one of arbeidsmatig, integraal, netwerk$/,
  'wrong-format.werkzaam': /: format: this is not a Werkzaam file: "format" is "drawio"; expected "werkzaam"$/,
  'wrong-types.werkzaam': /: theory\.title: expected a text, got the number 42$/,
};

describe('werkzaam validate on the hostile corpus', () => {
  it('has an expected message for every file in test/fixtures/invalid', () => {
    expect(readdirSync(join(fixtures, 'invalid')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s: exit 1, the problem on stderr prefixed by the file', async (name, message) => {
    const file = join(fixtures, 'invalid', name);
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.every((line) => line.startsWith(`${file}: `))).toBe(true);
    expect(r.err.some((line) => message.test(line)), r.err.join('\n')).toBe(true);
  });

  it('--lang nl gives the problems in Dutch', async () => {
    const file = join(fixtures, 'invalid/truncated.werkzaam');
    const r = await cli('validate', file, '--lang', 'nl');
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(/: het bestand houdt te vroeg op \(is het afgebroken\?\) \(regel 1, kolom \d+\)$/)]);
  });

  it('check and convert refuse an invalid file the same way and write nothing', async () => {
    const file = join(fixtures, 'invalid/dangling-link.werkzaam');
    const out = join(dir, 'never.werkzaam');
    for (const argv of [['check', file, '--json'], ['convert', file, '--out', out]]) {
      const r = await cli(...argv);
      expect(r.code).toBe(1);
      expect(r.out).toEqual([]);
      expect(r.err.join('\n')).toMatch(/theory\.links\[0\]\.to: there is no card with id "c404"/);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('werkzaam commands (in-process)', () => {
  it('convert leaves an existing output alone without --force, replaces it with --force', async () => {
    const input = join(fixtures, 'valid/minimal.werkzaam');
    const out = join(dir, 'existing.werkzaam');
    writeFileSync(out, 'previous');
    const refused = await cli('convert', input, '--out', out);
    expect(refused).toMatchObject({ code: 1, err: [`${out}: the file already exists (use --force to overwrite it)`] });
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect((await cli('convert', input, '--out', out, '--force')).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).theory.cards[1]).toMatchObject({ id: 'c2', aio: [], indicators: [] });
  });

  it('convert onto the same file (spelled differently) needs no --force and is idempotent', async () => {
    const file = join(dir, 'same.werkzaam');
    writeFileSync(file, readFileSync(join(fixtures, 'valid/minimal.werkzaam')));
    expect((await cli('convert', file, '--out', join(dir, '.', 'same.werkzaam'))).code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect((await cli('convert', file, '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('a refused key at the top level still says where it is (D15), also when written with escapes', async () => {
    const file = join(dir, 'root-proto.werkzaam');
    writeFileSync(file, '{"format":"werkzaam","version":1,\n  "\\u005f_proto__":{"polluted":true},"theory":{"title":"x","cards":[],"links":[]}}');
    expect(await cli('validate', file)).toMatchObject({ code: 1, err: [`${file}: the key "__proto__" is not allowed in a Werkzaam file (line 2, column 3)`] });
  });

  it('a write that fails says why in words, about the output file, never a temporary file (D15)', async () => {
    const loop = join(dir, 'loop.werkzaam');
    symlinkSync('loop.werkzaam', loop);
    const r = await cli('convert', join(fixtures, 'valid/minimal.werkzaam'), '--out', loop, '--force');
    expect(r).toMatchObject({ code: 1, err: [`${loop}: could not write: the file is a symbolic link that points to itself`] });
  });

  it('a failed write reports the file and the reason', async () => {
    const r = await cli('convert', join(fixtures, 'valid/minimal.werkzaam'), '--out', join(dir, 'no-such-folder', 'x.werkzaam'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${join(dir, 'no-such-folder', 'x.werkzaam')}: the folder ${join(dir, 'no-such-folder')} does not exist`]);
  });

  it('export replaces an earlier export, but never the theory itself, a folder, or anything when one output is refused', async () => {
    const input = join(dir, 'exp.werkzaam');
    writeFileSync(input, readFileSync(join(fixtures, 'valid/minimal.werkzaam')));
    const svg = join(dir, 'exp.svg');
    writeFileSync(svg, 'old');
    expect(await cli('export', input, '--svg', svg)).toMatchObject({ code: 0, err: [] });
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg /);

    const before = readFileSync(input, 'utf8');
    expect(await cli('export', input, '--json', join(dir, '.', 'exp.werkzaam'))).toMatchObject({
      code: 1,
      err: [`${join(dir, '.', 'exp.werkzaam')}: this is the theory being exported; choose another file name`],
    });
    expect(readFileSync(input, 'utf8')).toBe(before);

    const pdf = join(dir, 'exp-first.pdf');
    const refused = await cli('export', input, '--pdf', pdf, '--svg', dir);
    expect(refused).toMatchObject({ code: 1, err: [`${dir}: this is a folder, not a file`] });
    expect(existsSync(pdf)).toBe(false);

    const empty = await cli('export', input, '--pdf', '');
    expect(empty.code).toBe(1);
    expect(empty.err.join('\n')).toMatch(/--pdf needs a file name/);
  });

  it('new: templates by name, language and title; the result validates', async () => {
    const file = join(dir, 'nieuw.werkzaam');
    expect((await cli('new', '--template', 'empty', '--title', 'Groepsaanpak IJmond', '--out', file)).code).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.theory).toMatchObject({ title: 'Groepsaanpak IJmond', language: 'nl', cards: [] });
    expect(await cli('validate', file)).toEqual({ code: 0, out: ['ok'], err: [] });
    expect((await cli('new', '--out', file, '--force', '--lang', 'en')).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).theory).toMatchObject({ title: 'Untitled theory', language: 'en' });
  });

  it('templates in Dutch: each built-in template by name, label and description', async () => {
    const r = await cli('templates', '--lang', 'nl');
    expect(r.code).toBe(0);
    expect(r.out.map((line) => line.split('\t')[0])).toEqual(['empty', 'examples', 'kdg-aio', 'ijmond-groepen']);
    expect(r.out[0]).toMatch(/^empty\tLege theorie: /);
    expect(r.out[2]).toMatch(/^kdg-aio\tAIO-programmatheorie \(KdG\): /);
  });

  it('new from a research template: the file validates and its chain checks find no warning', async () => {
    const file = join(dir, 'kdg.werkzaam');
    expect((await cli('new', '--template', 'kdg-aio', '--lang', 'en', '--out', file)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).theory.cards.length).toBe(23);
    expect(await cli('validate', file)).toEqual({ code: 0, out: ['ok'], err: [] });
    const checked = await cli('check', file);
    expect(checked.out.join('\n')).not.toMatch(/warning/i);
  });

  it('check prints one line per finding, also for a title with a line break', async () => {
    const file = join(dir, 'multiline.werkzaam');
    writeFileSync(file, JSON.stringify({ format: 'werkzaam', version: 1, theory: { title: 't', language: 'en', cards: [{ id: 'c1', stage: 'input', title: 'Two\nlines' }] } }));
    const r = await cli('check', file);
    const unlinked = r.out.filter((line) => line.includes('card-unlinked'));
    expect(unlinked).toHaveLength(1);
    expect(unlinked[0]).toContain('Two lines');
    expect(r.out.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('check uses the theory language unless --lang says otherwise', async () => {
    const file = join(fixtures, 'valid/minimal.werkzaam');
    const nl = await cli('check', file);
    expect(nl.code).toBe(0);
    expect(nl.out.at(-1)).toMatch(/^\d+ bevinding\(en\)$/);
    const en = await cli('check', file, '--lang', 'en');
    expect(en.out.at(-1)).toMatch(/^\d+ finding\(s\)$/);
    expect(en.out.length).toBe(nl.out.length);
    for (const line of en.out.slice(0, -1)) expect(line).toMatch(/^(error|warning|info) [a-z-]+ \[[^\]]*\]: .+/);
  });

  it('usage mistakes: one line naming the mistake, then the usage, exit 1', async () => {
    expect(await cli('validate')).toEqual({ code: 1, out: [], err: ['werkzaam validate: missing <file>', 'usage: werkzaam validate <file> [--lang nl|en]'] });
    expect((await cli('validate', 'a', 'b')).err[0]).toBe('werkzaam validate: unexpected argument "b"');
    expect((await cli('convert', 'a')).err[0]).toBe('werkzaam convert: missing --out <file>');
    expect((await cli('new', 'stray', '--out', 'x')).err[0]).toBe('werkzaam new: unexpected argument "stray"');
    const bare = await cli();
    expect(bare.code).toBe(1);
    expect(bare.err.join('\n')).toMatch(/usage: werkzaam <command>/);
  });

  it('--help per command lists its usage; help lists every command', async () => {
    expect((await cli('convert', '--help')).out.join('\n')).toMatch(/^usage: werkzaam convert <in> --out <file>/);
    const help = (await cli('help')).out.join('\n');
    for (const name of ['validate', 'check', 'convert', 'new', 'templates', 'export']) expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});
