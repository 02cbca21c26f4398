import { describe, expect, it } from 'vitest';
import { migrate, migrateDown, oldestReadableVersion, MIGRATIONS, type Migration } from '../../shared/format/migrations';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblemIn, parseDocument } from '../../shared/format/parse';
import { serializeDocument, toFile } from '../../shared/format/serialize';
import { CURRENT_VERSION } from '../../shared/model';

// The mechanism is tested with a registry that pretends version 1 had two predecessors,
// followed by the real steps from version 1 on.
const steps: Migration[] = [
  {
    from: -1,
    to: 0,
    name: 'cards get a stage (was: column number)',
    up: (f) => ({ ...f, theory: { ...(f.theory as object), stageNames: true } }),
    down: (f) => {
      const { stageNames: _drop, ...theory } = f.theory as Record<string, unknown>;
      return { ...f, theory };
    },
  },
  {
    from: 0,
    to: 1,
    name: 'name → title',
    up: (f) => {
      const { name, ...theory } = f.theory as Record<string, unknown>;
      return { ...f, theory: { ...theory, title: name } };
    },
    down: (f) => {
      const { title, ...theory } = f.theory as Record<string, unknown>;
      return { ...f, theory: { ...theory, name: title } };
    },
  },
];
const registry: Migration[] = [...steps, ...MIGRATIONS];
const realNames = MIGRATIONS.map((m) => m.name);

describe('migrations', () => {
  it('the shipped registry chains without gaps up to the current version', () => {
    for (const m of MIGRATIONS) expect(m.to).toBe(m.from + 1);
    expect(oldestReadableVersion()).toBeLessThanOrEqual(1);
  });

  it('applies each named step in order', () => {
    const result = migrate({ format: 'werkzaam', version: -1, theory: { name: 'Oud' } }, registry);
    expect(result).toEqual({
      ok: true,
      file: { format: 'werkzaam', version: CURRENT_VERSION, theory: { title: 'Oud', stageNames: true } },
      applied: ['cards get a stage (was: column number)', 'name → title', ...realNames],
    });
  });

  it('up then down is the identity', () => {
    const old = { format: 'werkzaam', version: -1, theory: { name: 'Oud', other: [1, 2] } };
    const up = migrate(old, registry);
    expect(up.ok).toBe(true);
    if (up.ok) expect(migrateDown(up.file, -1, registry)).toEqual(old);
  });

  it('names the missing step', () => {
    const result = migrate({ format: 'werkzaam', version: 0, theory: {} }, [steps[0]!]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe('cannot upgrade a version 0 file: no migration from version 0 to 1');
  });

  it('parseDocument reads an old file through the registry and says so', () => {
    const result = parseDocument(JSON.stringify({ format: 'werkzaam', version: -1, theory: { name: 'Oud' } }), { migrations: registry });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.theory.title).toBe('Oud');
      // A key the current version does not know is kept, not dropped.
      expect(result.document.theory.extra).toEqual({ stageNames: true });
      expect(result.warnings.map((w) => w.message)).toEqual([
        'upgraded from an older version: cards get a stage (was: column number)',
        'upgraded from an older version: name → title',
        ...realNames.map((name) => `upgraded from an older version: ${name}`),
      ]);
    }
  });

  it('refuses a version older than any migration knows', () => {
    const result = parseDocument(JSON.stringify({ format: 'werkzaam', version: 0, theory: { title: 'x' } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/version 0 is not a Werkzaam file version \(known: 1 to 4\)$/);
    if (!result.ok) expect(describeProblemIn('nl')(result.problems[0]!)).toMatch(/versie 0 is geen versie van het Werkzaam-formaat \(bekend: 1 tot en met 4\)$/);
  });
});

describe('version 1 to 2: versions, organisations and origins (#12)', () => {
  const fixture = (path: string) => readFileSync(join(__dirname, '../fixtures', path), 'utf8');

  it('is one named step', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to, m.name]).slice(0, 1)).toEqual([
      [
        1,
        2,
        'document: versions of the theory kept in the file; theory: the organisations a generic theory was merged from; card: where a card of a generic theory came from; link: where a link of a generic theory came from',
      ],
    ]);
  });

  it('reads a version 1 file as the same theory, saying it was upgraded; saved, it differs only in its version number', () => {
    const result = parseDocument(fixture('v1/kdg-aio.werkzaam'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // One notice per step: 1 → 2, 2 → 3, 3 → 4.
    expect(result.warnings.map((w) => w.code)).toEqual(['migrated', 'migrated', 'migrated']);
    const saved = serializeDocument(result.document);
    expect(saved).toBe(fixture('valid/kdg-aio.werkzaam'));
    expect(saved.replace('"version": 4,', '"version": 1,')).toBe(fixture('v1/kdg-aio.werkzaam'));
  });

  it('going down, leaves out what version 1 has no place for: versions, organisations, origins', () => {
    const file = {
      format: 'werkzaam',
      version: 2,
      theory: {
        title: 'Generiek',
        organisations: [{ id: 'o1', name: 'KRAS', theory: 'KRAS' }],
        cards: [{ id: 'c1', stage: 'input', title: 'a', origins: [{ id: 'c1-o1', organisation: 'o1', title: 'a' }] }],
        links: [],
      },
      versions: [{ id: 'v1', label: 'eerste', theory: { title: 'Generiek' }, cards: [{ id: 'c1', stage: 'input', title: 'a', origins: [] }] }],
    };
    expect(migrateDown(file, 1)).toEqual({ format: 'werkzaam', version: 1, theory: { title: 'Generiek', cards: [{ id: 'c1', stage: 'input', title: 'a' }], links: [] } });
    const back = parseDocument(JSON.stringify(migrateDown(file, 1)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(toFile(back.document).version).toBe(CURRENT_VERSION);
  });
});

describe('version 2 to 3: empowerment, ladder rungs and target groups (#11)', () => {
  const fixtures = join(__dirname, '../fixtures');
  const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');
  const step = MIGRATIONS.find((m) => m.from === 2)!;
  /** Every fixture Werkzaam ships, as a version 1 file: the v1 copy, and each valid file with its number put back to 1. */
  const v1Files: [string, string][] = [
    ['v1/kdg-aio.werkzaam', read('v1/kdg-aio.werkzaam')],
    ...readdirSync(join(fixtures, 'valid')).map((name): [string, string] => [`valid/${name} as version 1`, read(`valid/${name}`).replace('"version": 4,', '"version": 1,')]),
  ];

  it('is one named step, naming the card and the theory', () => {
    expect([step.from, step.to, step.name]).toEqual([
      2,
      3,
      'theory: the participation ladder, the rungs its target group stands on and can grow to, its target groups, its instruments; card: empowerment components and dimensions, ladder rungs and target groups; indicator: the instrument and factor it reads, a target date, measured values',
    ]);
  });

  it.each(v1Files)('%s converts up to the current version and back down without loss', (_name, text) => {
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.version).toBe(1);
    const up = migrate(file);
    expect(up.ok).toBe(true);
    if (!up.ok) return;
    expect(up.file.version).toBe(CURRENT_VERSION);
    expect(migrateDown(up.file, 1)).toEqual(file);
    // Read, saved, taken down to version 1 and read again: the same theory.
    const doc = loadV1(text);
    const down = migrateDown(JSON.parse(serializeDocument(doc)) as Record<string, unknown>, 1);
    expect(down.version).toBe(1);
    expect(loadV1(JSON.stringify(down))).toEqual(doc);
  });

  it('a version 3 file with tags goes down to version 2 without them, and the rest stays', () => {
    const file = {
      format: 'werkzaam',
      version: 3,
      theory: {
        title: 'Treden',
        ladder: 'vng',
        groupRungs: ['3'],
        goalRungs: ['4', '5'],
        targetGroups: ['anderstaligen'],
        cards: [{ id: 'c1', stage: 'outcome', title: 'Zelfvertrouwen', empowerment: ['intrapersonal'], dimensions: ['powerFromWithin'], rungs: ['3'], targetGroups: ['anderstaligen'], notes: 'n' }],
        links: [],
      },
    };
    expect(migrateDown(file, 2)).toEqual({ format: 'werkzaam', version: 2, theory: { title: 'Treden', cards: [{ id: 'c1', stage: 'outcome', title: 'Zelfvertrouwen', notes: 'n' }], links: [] } });
    const doc = parseDocument(JSON.stringify(file));
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.document.theory).toMatchObject({ ladder: 'vng', groupRungs: ['3'], goalRungs: ['4', '5'], targetGroups: ['anderstaligen'] });
    expect(doc.document.theory.cards.c1).toMatchObject({ empowerment: ['intrapersonal'], dimensions: ['powerFromWithin'], rungs: ['3'], targetGroups: ['anderstaligen'] });
    // Written back: every tag as it was (defaults filled in around them), in the current version.
    expect(JSON.parse(serializeDocument(doc.document))).toMatchObject({ ...file, version: CURRENT_VERSION });
  });

  it('refuses a rung or component the vocabulary does not know, naming where', () => {
    const bad = { format: 'werkzaam', version: 3, theory: { title: 't', cards: [{ id: 'c1', stage: 'outcome', title: 'x', rungs: ['7'] }] } };
    const result = parseDocument(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('theory.cards[0].rungs[0]');
  });
});

describe('version 3 to 4: sticky notes (#14)', () => {
  const step = MIGRATIONS.find((m) => m.from === 3)!;
  const notes = [
    { id: 'n1', text: 'Vervoer naar de training: wie betaalt?', position: { x: 1680, y: 112 } },
    { id: 'n2', text: 'Vraag: doet de gemeente mee?', position: { x: 1680, y: 268 } },
  ];
  const v4 = { format: 'werkzaam', version: 4, theory: { title: 'Werksessie', notes, cards: [{ id: 'c1', stage: 'input', title: 'Begeleiders' }], links: [] } };

  it('is one named step, naming the theory', () => {
    expect([step.from, step.to, step.name]).toEqual([3, 4, 'theory: sticky notes on the canvas (the parking lot)']);
  });

  it('going up there is nothing to do: a version 3 file has no notes, and reads with none', () => {
    const v3 = { format: 'werkzaam', version: 3, theory: { title: 'Werksessie', cards: [{ id: 'c1', stage: 'input', title: 'Begeleiders' }], links: [] } };
    expect(step.up(v3)).toEqual(v3);
    const doc = parseDocument(JSON.stringify(v3));
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.warnings.map((w) => w.code)).toEqual(['migrated']);
    expect(doc.document.theory.notes).toEqual([]);
    // Saved, a theory without notes writes none: only the version number changes.
    expect(JSON.parse(serializeDocument(doc.document)).theory.notes).toBeUndefined();
  });

  it('a version 4 file keeps its notes; going down to version 3 leaves them out and the rest stays', () => {
    const doc = parseDocument(JSON.stringify(v4));
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    // Read with no organisation (that of a generic theory's note), which is not written back.
    expect(doc.document.theory.notes).toEqual(notes.map((n) => ({ ...n, organisation: '' })));
    const written = JSON.parse(serializeDocument(doc.document)) as typeof v4;
    expect(written).toMatchObject(v4);
    expect(written.theory.notes).toEqual(notes);
    expect(migrateDown(v4, 3)).toEqual({ format: 'werkzaam', version: 3, theory: { title: 'Werksessie', cards: [{ id: 'c1', stage: 'input', title: 'Begeleiders' }], links: [] } });
  });

  it('refuses a note whose text is not text, naming where', () => {
    const bad = { ...v4, theory: { ...v4.theory, notes: [{ id: 'n1', text: 12 }] } };
    const result = parseDocument(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('theory.notes[0].text');
  });
});

/** A version 1 text read and written by this version (for comparing after a round trip). */
function loadV1(text: string) {
  const parsed = parseDocument(text);
  if (!parsed.ok) throw new Error('not readable');
  return parsed.document;
}
