import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { loadDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { applyDiff } from '../../shared/diff';
import { runCommand } from '../../shared/commands';
import { saveVersion } from '../../shared/versions/store';
import { serializeMatches, matchesFileOf } from '../../shared/compare/matchesFile';
import { theoryInputs } from '../../shared/compare/inputs';
import { stageCounts } from '../../shared/merge/merge';
import { corpusInputs, GENERIC_KEY } from '../fixtures/compare/corpus';

const fixtures = join(__dirname, '../fixtures');
const kdg = join(fixtures, 'valid/kdg-aio.werkzaam');
let dir: string;
const files: Record<string, string> = {};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkzaam-versions-cli-'));
  for (const input of corpusInputs()) {
    const file = join(dir, `${input.key}.werkzaam`);
    writeFileSync(file, serializeDocument(input.document));
    files[input.key] = file;
  }
});
const read = (file: string) => loadDocument(readFileSync(file, 'utf8'));

describe('werkzaam diff', () => {
  it('a file compared with itself prints nothing, exit 0', async () => {
    expect(await cli('diff', kdg, kdg)).toEqual({ code: 0, out: [], err: [] });
  });

  it('one line per change: record type, id, field, before → after; a saved version by its label', async () => {
    const before = read(kdg);
    const [first, second] = Object.values(before.theory.cards);
    let doc = runCommand(before, 'updateCard', { id: first!.id, changes: { title: 'Nieuwe titel\nmet regel' } }).document;
    doc = runCommand(doc, 'deleteCards', { ids: [second!.id] }).document;
    doc = applyDiff(doc, saveVersion(doc, { label: 'na de workshop', author: '', note: '', created: '2026-12-02T00:00:00Z' }).diff);
    const changed = join(dir, 'changed.werkzaam');
    writeFileSync(changed, serializeDocument(doc));
    const r = await cli('diff', kdg, changed);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`changed card ${first!.id} title: ${JSON.stringify(first!.title)} → "Nieuwe titel\\nmet regel"`);
    expect(r.out.some((l) => l.startsWith(`removed card ${second!.id}: {`))).toBe(true);
    expect(r.out).toContain('added version v1: {"id":"v1","label":"na de workshop"}');
    // Every line is one line, and the JSON says the same as data.
    for (const line of r.out) expect(line).not.toMatch(/\n/);
    const json = await cli('diff', kdg, changed, '--json');
    const data = JSON.parse(json.out.join('\n')) as { change: string; type: string; id: string; field?: string }[];
    expect(data).toHaveLength(r.out.length);
    expect(data).toContainEqual(expect.objectContaining({ change: 'updated', type: 'card', id: first!.id, field: 'title' }));
  });

  it('bad calls and bad files are user errors', async () => {
    expect((await cli('diff', kdg)).code).toBe(1);
    const missing = await cli('diff', kdg, join(dir, 'nope.werkzaam'));
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/nope\.werkzaam: the file does not exist/);
  });
});

describe('werkzaam compare', () => {
  it('proposes the matches with a score and lists the cards unique to each file', async () => {
    const r = await cli('compare', files.stroom!, files.kras!);
    expect(r.code).toBe(0);
    const matches = r.out.filter((l) => l.startsWith('match '));
    const only = r.out.filter((l) => l.startsWith('only '));
    expect(matches.length).toBeGreaterThan(10);
    for (const line of matches) expect(line).toMatch(/^match (0\.\d\d|1\.00) (input|action|intermediate|outcome|impact): Stroom Maatwerk \S+ ".*" = KRAS \S+ ".*"$/);
    expect(only.some((l) => l.startsWith('only Stroom Maatwerk '))).toBe(true);
    expect(only.some((l) => l.startsWith('only KRAS '))).toBe(true);
    // A higher threshold proposes fewer.
    const strict = await cli('compare', files.stroom!, files.kras!, '--threshold', '0.9');
    expect(strict.out.filter((l) => l.startsWith('match ')).length).toBeLessThan(matches.length);
    expect((await cli('compare', files.stroom!, files.kras!, '--threshold', 'x')).code).toBe(1);
    expect((await cli('compare', files.stroom!)).code).toBe(1);
  });

  it('--json is a matches file that merge reads', async () => {
    const r = await cli('compare', files.stroom!, files.kras!, files.vinac!, '--json');
    const data = JSON.parse(r.out.join('\n')) as { format: string; theories: { key: string }[]; matches: { status: string; score: number }[] };
    expect(data.format).toBe('werkzaam-matches');
    expect(data.theories.map((t) => t.key)).toEqual(['stroom', 'kras', 'vinac']);
    expect(data.matches.every((m) => m.status === 'proposed' && m.score >= 0.45)).toBe(true);
  });
});

describe('werkzaam merge', () => {
  it('merges the proposed matches into a generic theory with organisations and origins', async () => {
    const out = join(dir, 'generic.werkzaam');
    const r = await cli('merge', files.stroom!, files.kras!, files.vinac!, '-o', out);
    expect(r.code).toBe(0);
    expect(r.err[0]).toMatch(/generic\.werkzaam: \d+ cards from 3 theories \(\d+ matches\)/);
    const merged = read(out).theory;
    expect(merged.organisations.map((o) => o.name).sort()).toEqual(['KRAS', 'Stroom Maatwerk', 'VINAC+']);
    const shared = Object.values(merged.cards).filter((c) => c.origins.length === 3);
    expect(shared.length).toBeGreaterThanOrEqual(10);
    // The generic theory's stages hold cards where the KdG generic theory does.
    const generic = stageCounts(corpusInputs().find((i) => i.key === GENERIC_KEY)!.document.theory.cards);
    const counts = stageCounts(merged.cards);
    for (const stage of Object.keys(generic) as (keyof typeof generic)[]) expect(counts[stage] > 0).toBe(generic[stage] > 0);
    // It does not replace a file unless told to.
    expect((await cli('merge', files.stroom!, files.kras!, '--out', out)).code).toBe(1);
    expect((await cli('merge', files.stroom!, files.kras!, '--out', out, '--force', '--title', 'Samen')).code).toBe(0);
    expect(read(out).theory.title).toBe('Samen');
  });

  it('--matches takes only the confirmed matches of the file', async () => {
    const inputs = theoryInputs([files.stroom!, files.kras!].map((file) => ({ file, document: read(file) })));
    const stroomCards = Object.values(inputs[0]!.document.theory.cards);
    const krasCards = Object.values(inputs[1]!.document.theory.cards);
    const a = stroomCards.find((c) => c.stage === 'input')!;
    const b = krasCards.find((c) => c.stage === 'input')!;
    const group = { cards: [{ theory: 'stroom', card: a.id }, { theory: 'kras', card: b.id }], score: 1, status: 'confirmed' as const, title: 'Gekozen titel' };
    const matches = join(dir, 'matches.json');
    writeFileSync(matches, serializeMatches(matchesFileOf(inputs, [group], { confirmed: [group], rejected: [] })));
    const out = join(dir, 'confirmed.werkzaam');
    const r = await cli('merge', files.stroom!, files.kras!, '--out', out, '--matches', matches);
    expect(r.code).toBe(0);
    const merged = read(out).theory;
    const both = Object.values(merged.cards).filter((c) => c.origins.length === 2);
    expect(both.map((c) => c.title)).toEqual(['Gekozen titel']);
    expect(Object.keys(merged.cards)).toHaveLength(stroomCards.length + krasCards.length - 1);
  });

  it('a matches file naming a card the theory lacks is refused with its JSON path', async () => {
    const bad = join(dir, 'bad-matches.json');
    writeFileSync(
      bad,
      JSON.stringify({ format: 'werkzaam-matches', version: 1, theories: [{ key: 'stroom', name: 'Stroom Maatwerk', title: '' }, { key: 'kras', name: 'KRAS', title: '' }], matches: [{ cards: [{ theory: 'stroom', card: 'zz99' }, { theory: 'kras', card: 'zz98' }], status: 'confirmed' }], rejected: [] }),
    );
    const r = await cli('merge', files.stroom!, files.kras!, '--out', join(dir, 'never.werkzaam'), '--matches', bad);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/bad-matches\.json: matches\[0\]\.cards\[0\]\.card: /);
  });
});

describe('werkzaam export --changes-since', () => {
  it('adds "Changes since version …" to the PDF; an unknown version is named with those the file has', async () => {
    let doc = read(kdg);
    doc = applyDiff(doc, saveVersion(doc, { label: 'mei', author: '', note: '', created: '2026-05-01T10:00:00Z' }).diff);
    doc = runCommand(doc, 'updateCard', { id: 'c5', changes: { title: 'Jobcoaching op de werkvloer' } }).document;
    const file = join(dir, 'with-version.werkzaam');
    writeFileSync(file, serializeDocument(doc));
    const pdf = join(dir, 'changes.pdf');
    const r = await cli('export', file, '--pdf', pdf, '--changes-since', 'mei', '--lang', 'en');
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Changes since version "mei"');
    expect(text).toMatch(/"Jobcoaching op de werkvloer": title changed/);
    const bad = await cli('export', file, '--pdf', pdf, '--changes-since', 'juni');
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([`${file}: no version "juni"; the file has "mei"`]);
    expect((await cli('export', file, '--svg', join(dir, 'x.svg'), '--changes-since', 'mei')).code).toBe(1);
  });
});
