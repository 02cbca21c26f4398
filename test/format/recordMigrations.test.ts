import { describe, expect, it } from 'vitest';
import { defineRecord, field } from '../../shared/records/define';
import { cardRecord, documentRecord, indicatorRecord, theoryRecord } from '../../shared/records';
import { recordMigrations } from '../../shared/records/migrate';
import { MIGRATIONS, migrate, migrateDown } from '../../shared/format/migrations';
import { parseDocument } from '../../shared/format/parse';

/**
 * Migrations are declared per record type, tied to the file version that brings them.
 * The mechanism is tested with test declarations that pretend version 1 had a predecessor
 * in which cards called their notes `memo` and indicators called their target `goal`; the
 * shipped step from 1 to 2 (#12) follows it.
 */
const renamed = (from: string, to: string) => ({
  up: (r: Record<string, unknown>) => {
    if (!(from in r)) return r;
    const { [from]: value, ...rest } = r;
    return { ...rest, [to]: value };
  },
  down: (r: Record<string, unknown>) => {
    if (!(to in r)) return r;
    const { [to]: value, ...rest } = r;
    return { ...rest, [from]: value };
  },
});
const indicator = defineRecord({ ...indicatorRecord, migrations: [{ version: 1, name: 'goal → target', ...renamed('goal', 'target') }] });
const card = defineRecord({
  ...cardRecord,
  fields: { ...cardRecord.fields, indicators: field.nested(indicator, { max: 200, idPrefix: (id) => `${id}-i` }) },
  migrations: [{ version: 1, name: 'memo → notes', ...renamed('memo', 'notes') }],
});
const theory = defineRecord({ ...theoryRecord, fields: { ...theoryRecord.fields, cards: field.collection(card, { max: 20_000 }) } });
const root = defineRecord({ ...documentRecord, fields: { ...documentRecord.fields, theory: field.struct(theory, { required: true, default: () => ({}) as never }) } });
const registry = recordMigrations(root);

const old = {
  format: 'werkzaam',
  version: 0,
  theory: { title: 'Oud', cards: [{ id: 'c1', stage: 'outcome', title: 'Zelfvertrouwen', memo: 'uit de workshop', indicators: [{ name: 'MPE', goal: '4' }] }] },
};

describe('record migrations', () => {
  it('the shipped declarations make the file registry: from 1 to 2 (#12), from 2 to 3 (#11), from 3 to 4 (#14)', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(recordMigrations().map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('make one named file step per version, naming each record type it touches', () => {
    expect(registry.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(registry[0]!.name).toBe('card: memo → notes; indicator: goal → target');
  });

  it('migrate each record, nested ones too, and back without loss', () => {
    const up = migrate(old, registry);
    expect(up.ok).toBe(true);
    if (!up.ok) return;
    const cardOut = (up.file.theory as { cards: Record<string, unknown>[] }).cards[0]!;
    expect(cardOut).toMatchObject({ notes: 'uit de workshop', indicators: [{ name: 'MPE', target: '4' }] });
    expect(cardOut).not.toHaveProperty('memo');
    expect(migrateDown(up.file, 0, registry)).toEqual(old);
  });

  it('parseDocument reads the old file through them and says so', () => {
    const result = parseDocument(JSON.stringify(old), { migrations: registry });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.theory.cards.c1!.notes).toBe('uit de workshop');
    expect(result.document.theory.cards.c1!.indicators[0]!.target).toBe('4');
    expect(result.warnings.map((w) => w.message)[0]).toBe('upgraded from an older version: card: memo → notes; indicator: goal → target');
  });

  it('leave records of a broken file alone for the schema to name (no throw on odd shapes)', () => {
    const broken = { format: 'werkzaam', version: 0, theory: { title: 'x', cards: [null, 3, { id: 'c1', indicators: 'no' }] } };
    const up = migrate(broken, registry);
    expect(up.ok).toBe(true);
  });
});
