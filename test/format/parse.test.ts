import { decodeTheoryBytes } from '../../shared/format/decode';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, loadDocument, parseDocument, FormatError } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { LIMITS } from '../../shared/format/limits';
import { MIGRATIONS } from '../../shared/format/migrations';
import { CURRENT_VERSION } from '../../shared/model';
import { readTheoryFile } from '../../electron/node/readTheoryFile';
import { laneCardX, LANE_TOP, CARD_HEIGHT, CARD_GAP_Y } from '../../shared/layout';
import { problemsOf } from '../support/problems';

const fixture = (name: string) => join(__dirname, '../fixtures', name);


const minimal = { format: 'werkzaam', version: 1, theory: { title: 'Minimaal' } };

describe('parseDocument: valid files', () => {
  it('fills every default for a minimal file', () => {
    const doc = loadDocument(JSON.stringify(minimal));
    expect(doc.theory).toEqual({
      title: 'Minimaal',
      organisation: '',
      authors: [],
      language: 'nl',
      description: '',
      revision: '',
      created: '',
      modified: '',
      organisations: [],
      ladder: 'flemish',
      groupRungs: [],
      goalRungs: [],
      targetGroups: [],
      notes: [],
      instruments: [],
      cards: {},
      links: {},
      assumptions: {},
    });
  });

  it('places cards without a position in their stage column, in file order', () => {
    const doc = loadDocument(
      JSON.stringify({
        ...minimal,
        theory: {
          title: 't',
          cards: [
            { id: 'a', stage: 'outcome', title: 'eerste' },
            { id: 'b', stage: 'outcome', title: 'tweede' },
            { id: 'c', stage: 'input', title: 'in', position: { x: 5, y: 6 } },
          ],
        },
      }),
    );
    expect(doc.theory.cards.a!.position).toEqual({ x: laneCardX('outcome'), y: LANE_TOP });
    expect(doc.theory.cards.b!.position).toEqual({ x: laneCardX('outcome'), y: LANE_TOP + CARD_HEIGHT + CARD_GAP_Y });
    expect(doc.theory.cards.c!.position).toEqual({ x: 5, y: 6 });
    expect(Object.keys(doc.theory.cards)).toEqual(['a', 'b', 'c']);
  });

  it('gives indicators without an id a unique one', () => {
    const doc = loadDocument(
      JSON.stringify({
        ...minimal,
        theory: { title: 't', cards: [{ id: 'c1', stage: 'outcome', title: 'o', indicators: [{ name: 'x' }, { id: 'c1-i1', name: 'y' }] }] },
      }),
    );
    expect(doc.theory.cards.c1!.indicators.map((i) => [i.id, i.name])).toEqual([
      ['c1-i2', 'x'],
      ['c1-i1', 'y'],
    ]);
  });

  it('accepts a leading BOM and CRLF line ends', () => {
    const text = '\uFEFF' + JSON.stringify(minimal, null, 2).replace(/\n/g, '\r\n');
    expect(loadDocument(text).theory.title).toBe('Minimaal');
  });

  it('keeps keys it does not know and writes them back', () => {
    const withExtras = {
      ...minimal,
      generator: 'other-tool',
      theory: { title: 't', palette: { variant: 'VNG' }, cards: [{ id: 'c1', stage: 'input', title: 'x', colour: '#f00' }] },
    };
    const doc = loadDocument(JSON.stringify(withExtras));
    const again = JSON.parse(serializeDocument(doc));
    expect(again.generator).toBe('other-tool');
    expect(again.theory.palette).toEqual({ variant: 'VNG' });
    expect(again.theory.cards[0].colour).toBe('#f00');
  });

  it('loads the minimal example with defaults and lane positions', () => {
    const doc = loadDocument(readFileSync(fixture('valid/minimal.werkzaam'), 'utf8'));
    expect(doc.theory.cards.c2).toMatchObject({ stage: 'outcome', aio: [], indicators: [], position: { x: laneCardX('outcome'), y: LANE_TOP } });
    expect(doc.theory.links.l1).toEqual({ id: 'l1', from: 'c1', to: 'c2', rationale: '', evidence: '', assumptions: [], origins: [] });
  });

  it('loads a replacement character someone typed, because the serializer writes it escaped', () => {
    const doc = loadDocument(JSON.stringify(minimal));
    doc.theory.title = 'kapot teken: \uFFFD';
    const text = serializeDocument(doc);
    expect(text).toContain('kapot teken: \\ufffd');
    expect(loadDocument(text).theory.title).toBe('kapot teken: \uFFFD');
  });

  it('loads every example theory in test/fixtures/valid', () => {
    const names = readdirSync(fixture('valid'));
    expect(names).toEqual(expect.arrayContaining(['kdg-aio.werkzaam', 'minimal.werkzaam']));
    for (const name of names) {
      const text = readFileSync(fixture(`valid/${name}`), 'utf8');
      const doc = loadDocument(text, name);
      // Saving and loading again changes nothing.
      expect(loadDocument(serializeDocument(doc))).toEqual(doc);
      expect(Object.keys(doc.theory.cards).length).toBeGreaterThan(1);
    }
  });
});

describe('parseDocument: hostile and broken files', () => {
  const cases: [file: string, code: string, path: string, fragment: RegExp][] = [
    ['truncated.werkzaam', 'bad-json', '', /ends too early/],
    ['binary.werkzaam', 'not-text', '', /binary data/],
    ['proto-key.werkzaam', 'forbidden-key', 'theory.cards[0]', /"__proto__" is not allowed/],
    ['constructor-key.werkzaam', 'forbidden-key', 'theory', /"constructor" is not allowed/],
    ['future-version.werkzaam', 'newer-version', 'version', /newer version of Werkzaam \(file version 7; this version reads up to 4\)/],
    ['wrong-format.werkzaam', 'wrong-format', 'format', /not a Werkzaam file: "format" is "drawio"/],
    ['duplicate-ids.werkzaam', 'duplicate-id', 'theory.cards[1].id', /duplicate card id "c1" \(also used by theory.cards\[0\]\)/],
    ['dangling-link.werkzaam', 'dangling-link', 'theory.links[0].to', /no card with id "c404"/],
    ['unknown-aio.werkzaam', 'bad-value', 'theory.cards[0].aio[0]', /"empowerment" is not an AIO element; expected one of arbeidsmatig, integraal, netwerk/],
    ['bad-stage.werkzaam', 'bad-value', 'theory.cards[3].stage', /"outcomes" is not a stage; expected one of input, action, intermediate, outcome, impact/],
    ['missing-id.werkzaam', 'missing', 'theory.cards[0].id', /required field is missing/],
    ['empty.werkzaam', 'empty', '', /empty/],
    ['not-an-object.werkzaam', 'not-object', '', /expected a JSON object/],
    ['duplicate-key.werkzaam', 'duplicate-key', 'theory.cards[0].description', /the key "description" appears twice in the same object.*\(line 7, column 90\)$/],
  ];
  it.each(cases)('%s is refused with a clear message', (file, code, path, fragment) => {
    const raw = readFileSync(fixture(`invalid/${file}`));
    const text = file === 'binary.werkzaam' ? raw.toString('latin1') : raw.toString('utf8');
    const problems = problemsOf(text);
    const match = problems.find((p) => p.code === code);
    expect(match, JSON.stringify(problems)).toBeDefined();
    expect(match!.path).toBe(path);
    expect(describeProblem(match!)).toMatch(fragment);
  });

  it('names every wrong type with its path', () => {
    const problems = problemsOf(readFileSync(fixture('invalid/wrong-types.werkzaam'), 'utf8'));
    expect(problems.map(describeProblem)).toEqual(
      expect.arrayContaining([
        'theory.title: expected a text, got the number 42',
        'theory.authors: expected a list, got "Jan"',
        'theory.cards[0].title: expected a text, got a list',
      ]),
    );
  });

  it('reports a self-link and a missing assumption together', () => {
    const problems = problemsOf(readFileSync(fixture('invalid/self-link-missing-assumption.werkzaam'), 'utf8'));
    expect(problems.map((p) => p.code).sort()).toEqual(['dangling-assumption', 'self-link']);
  });

  it('locates a syntax error by line and column', () => {
    const [p] = problemsOf('{\n  "format": "werkzaam",\n  "version": 1,\n  "theory": { "title": "x", }\n}');
    expect(p).toMatchObject({ code: 'bad-json', line: 4, column: 29 });
  });

  it('calls a file truncated only when it really stops early, not for text after the end or a stray bracket', () => {
    const head = '{"format":"werkzaam","version":1,"theory":{"title":"x"';
    const say = (text: string) => describeProblem(problemsOf(text)[0]!);
    expect(say(head)).toMatch(/ends too early/);
    expect(say(`${head}, "authors": ["a`)).toMatch(/ends too early/);
    expect(say(`${head}}} trailing`)).toMatch(/not valid JSON: invalid symbol \(line 1, column 58\)/);
    expect(say(`${head}}}}`)).toMatch(/not valid JSON: end of file expected/);
    expect(say(`${head}, "authors": ["a",]}}`)).toMatch(/not valid JSON: value expected/);
    expect(say(`${head}, "authors": ["a"}}`)).toMatch(/not valid JSON: comma expected/);
  });

  it('lists the first 50 problems and says how many more there are', () => {
    const cards = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, stage: 'outcomes', title: 'x' }));
    const problems = problemsOf(JSON.stringify({ format: 'werkzaam', version: 1, theory: { title: 't', cards } }));
    expect(problems).toHaveLength(51);
    expect(describeProblem(problems[50]!)).toBe('and 150 more problems (the first 50 are listed above)');
  });

  it('refuses 100,000-deep nesting without recursing', () => {
    const [p] = problemsOf('['.repeat(100_000) + ']'.repeat(100_000));
    expect(p).toMatchObject({ code: 'too-deep', line: 1, column: LIMITS.depth + 1 });
  });

  it('finds a duplicate key however it is spelled, and names where it is', () => {
    const [p] = problemsOf('{"format":"werkzaam","version":1,"theory":{"title":"x","cards":[{"id":"c1","stage":"input","title":"a"},{"id":"c2","stage":"input","title":"b","\\u0074itle":"c"}]}}');
    expect(p).toMatchObject({ code: 'duplicate-key', path: 'theory.cards[1].title' });
    // The same key in different objects, or as a value, is fine.
    expect(parseDocument('{"format":"werkzaam","version":1,"theory":{"title":"title","x":{"title":1}}}').ok).toBe(true);
  });

  it('holds keys it does not know to the same limits as the ones it does', () => {
    const huge = 'x'.repeat(LIMITS.stringLength + 1);
    const [long] = problemsOf(JSON.stringify({ ...minimal, theory: { title: 't', plugin: { notes: [huge] } } }));
    expect(describeProblem(long!)).toBe(`theory.plugin.notes[0]: the text is too long (${LIMITS.stringLength + 1} characters; the limit is ${LIMITS.stringLength})`);
    const [key] = problemsOf(`{"format":"werkzaam","version":1,"theory":{"title":"t","${huge}":1}}`);
    expect(key).toMatchObject({ code: 'too-long', path: 'theory' });
    // JSON.parse reads 1e400 as Infinity, which would be written back as null.
    const [number] = problemsOf('{"format":"werkzaam","version":1,"theory":{"title":"t","cards":[{"id":"c1","stage":"input","title":"a","position":{"x":1e400,"y":0}}]}}');
    expect(describeProblem(number!)).toBe('theory.cards[0].position.x: the number is too large to store');
  });

  it('refuses a file of millions of tiny values before parsing it', () => {
    const [p] = problemsOf(`{"format":"werkzaam","version":1,"theory":{"title":"t","x":[${'{},'.repeat(LIMITS.values)}{}]}}`);
    expect(p).toMatchObject({ code: 'too-many-values', line: 1 });
    expect(p!.message).toBe('the file holds more than 2,000,000 values, more than any theory needs');
    // Commas inside texts are not values.
    expect(parseDocument(`{"format":"werkzaam","version":1,"theory":{"title":"${','.repeat(LIMITS.stringLength)}"}}`).ok).toBe(true);
  });

  it('names a file from a newer Werkzaam as such, whatever else in it breaks this version\'s rules', () => {
    const [p] = problemsOf(`{"format":"werkzaam","version":${CURRENT_VERSION + 1},"theory":{"title":"${'x'.repeat(LIMITS.stringLength + 1)}"}}`);
    expect(p!.code).toBe('newer-version');
  });

  it('counts the size limit in UTF-8 bytes', () => {
    // 11 million characters, 22 million bytes.
    const [p] = problemsOf(`{"format":"werkzaam","version":1,"theory":{"title":"${'ë'.repeat(11_000_000)}"}}`);
    expect(p).toMatchObject({ code: 'too-large', message: 'the file is too large (21.0 MB; the limit is 20.0 MB)' });
  });

  it('refuses a raw NUL as binary data, with where it is', () => {
    const [p] = problemsOf('{"format":"werkzaam",\n  "version":1\u0000}');
    expect(p).toMatchObject({ code: 'not-text', line: 2, column: 14 });
  });

  it('reads a genuine U+FFFD as the character it is (D12): bytes are decoded strictly, so it never stands for bad bytes', () => {
    const text = '{"format":"werkzaam","version":1,"theory":{"title":"vervangen: \uFFFD","cards":[{"id":"c1","stage":"input","title":"\uFFFD\uFFFD"}]}}';
    expect(loadDocument(text).theory.title).toBe('vervangen: \uFFFD');
    expect(loadDocument(text).theory.cards.c1!.title).toBe('\uFFFD\uFFFD');
    // And from bytes: a U+FFFD in valid UTF-8 (EF BF BD) opens; invalid UTF-8 is still binary.
    const bytes = new TextEncoder().encode(text);
    const decoded = decodeTheoryBytes(bytes);
    expect(decoded.ok && loadDocument(decoded.text).theory.title).toBe('vervangen: \uFFFD');
    expect(decodeTheoryBytes(new Uint8Array([...bytes.slice(0, 60), 0xff, ...bytes.slice(60)])).ok).toBe(false);
  });

  it('never throws, even when a migration step does', () => {
    const broken = [{ from: 0, to: 1, name: 'broken', up: () => { throw new Error('boom'); }, down: (f: Record<string, unknown>) => f }, ...MIGRATIONS];
    const result = parseDocument('{"format":"werkzaam","version":0,"theory":{"title":"x"}}', { migrations: broken });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'internal', message: expect.stringMatching(/boom/) })] });
  });

  it('does not pollute Object.prototype', () => {
    problemsOf('{"format":"werkzaam","version":1,"theory":{"title":"x","__proto__":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses ids that would clash with object internals', () => {
    const problems = problemsOf(
      JSON.stringify({ ...minimal, theory: { title: 't', cards: [{ id: 'constructor', stage: 'input', title: 'x' }] } }),
    );
    expect(problems[0]).toMatchObject({ code: 'bad-id', path: 'theory.cards[0].id' });
  });

  it('refuses a 50 MB string by size, from disk too, without reading it whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-'));
    const file = join(dir, 'huge.werkzaam');
    writeFileSync(file, `{"format":"werkzaam","version":1,"theory":{"title":"${'x'.repeat(50 * 1024 * 1024)}"}}`);
    const result = await readTheoryFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/too large \(50\.0 MB; the limit is 20\.0 MB\)/);
    const [p] = problemsOf(`{"format":"werkzaam","version":1,"theory":{"title":"${'x'.repeat(LIMITS.stringLength + 1)}"}}`);
    expect(describeProblem(p!)).toMatch(/^theory.title: the text is too long \(100001 characters; the limit is 100000\)/);
  });

  it('reads invalid UTF-8 from disk as binary, not as garbled text', async () => {
    const result = await readTheoryFile(fixture('invalid/binary.werkzaam'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe('not-text');
  });

  it('loadDocument throws a FormatError that carries the problems', () => {
    expect(() => loadDocument('{')).toThrow(FormatError);
    let caught: unknown;
    try {
      loadDocument('{"format":"x"}', 'oud.werkzaam');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FormatError);
    expect((caught as FormatError).problems[0]!.code).toBe('wrong-format');
    expect((caught as FormatError).message).toBe('oud.werkzaam: format: this is not a Werkzaam file: "format" is "x"; expected "werkzaam"');
  });
});

describe('serializeDocument', () => {
  it('writes every object with its known keys in the order of the format reference', async () => {
    const { KEY_ORDER } = await import('../../shared/format/schema');
    const doc = loadDocument(readFileSync(fixture('valid/kdg-aio.werkzaam'), 'utf8'));
    const file = JSON.parse(serializeDocument(doc));
    expect(Object.keys(file)).toEqual([...KEY_ORDER.file]);
    expect(Object.keys(file.theory)).toEqual([...KEY_ORDER.theory]);
    expect(Object.keys(file.theory.cards[0])).toEqual([...KEY_ORDER.card]);
    expect(Object.keys(file.theory.cards[0].position)).toEqual([...KEY_ORDER.position]);
    const withIndicator = file.theory.cards.find((c: { indicators: unknown[] }) => c.indicators.length > 0);
    expect(Object.keys(withIndicator.indicators[0])).toEqual([...KEY_ORDER.indicator]);
    expect(Object.keys(file.theory.links[0])).toEqual([...KEY_ORDER.link]);
    expect(Object.keys(file.theory.assumptions[0])).toEqual([...KEY_ORDER.assumption]);
  });
});
