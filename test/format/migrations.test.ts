import { describe, expect, it } from 'vitest';
import { migrate, migrateDown, oldestReadableVersion, MIGRATIONS, type Migration } from '../../shared/format/migrations';
import { describeProblemIn, parseDocument } from '../../shared/format/parse';

// The real registry is empty (version 1 is the first); the mechanism is tested with a
// registry that pretends today's version 1 had two predecessors.
const registry: Migration[] = [
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

describe('migrations', () => {
  it('the shipped registry chains without gaps up to the current version', () => {
    for (const m of MIGRATIONS) expect(m.to).toBe(m.from + 1);
    expect(oldestReadableVersion()).toBeLessThanOrEqual(1);
  });

  it('applies each named step in order', () => {
    const result = migrate({ format: 'werkzaam', version: -1, theory: { name: 'Oud' } }, registry);
    expect(result).toEqual({
      ok: true,
      file: { format: 'werkzaam', version: 1, theory: { title: 'Oud', stageNames: true } },
      applied: ['cards get a stage (was: column number)', 'name → title'],
    });
  });

  it('up then down is the identity', () => {
    const old = { format: 'werkzaam', version: -1, theory: { name: 'Oud', other: [1, 2] } };
    const up = migrate(old, registry);
    expect(up.ok).toBe(true);
    if (up.ok) expect(migrateDown(up.file, -1, registry)).toEqual(old);
  });

  it('names the missing step', () => {
    const result = migrate({ format: 'werkzaam', version: 0, theory: {} }, [registry[0]!]);
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
      ]);
    }
  });

  it('refuses a version older than any migration knows', () => {
    const result = parseDocument(JSON.stringify({ format: 'werkzaam', version: 0, theory: { title: 'x' } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/version 0 is not a Werkzaam file version \(the only version is 1\)$/);
    if (!result.ok) expect(describeProblemIn('nl')(result.problems[0]!)).toMatch(/versie 0 is geen versie van het Werkzaam-formaat \(de enige versie is 1\)$/);
  });
});
