import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { CommandError } from '../../shared/commands';
import { emptyDocument, STAGES } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { runChecks } from '../../shared/checks';
import { templateByName } from '../../shared/templates';
import { KDG_AIO } from '../../shared/templates/kdgAio';
import { IJMOND_GROUPS } from '../../shared/templates/ijmondGroups';
import { rungName } from '../../shared/i18n/domain';

/** A healthy chain (c1…c5, one card per stage) to tag. */
function chain(): Editor {
  const e = new Editor(emptyDocument('nl'));
  for (const stage of STAGES) e.run('addCard', { stage, title: stage, aio: ['integraal'] });
  for (let i = 1; i < 5; i++) e.run('connect', { from: `c${i}`, to: `c${i + 1}`, rationale: 'omdat' });
  e.run('addIndicator', { cardId: 'c4', indicator: { name: 'MPE' } });
  return e;
}
const only = (e: Editor, code: string) => runChecks(e.theory).filter((r) => r.code === code);

describe('research tags on cards and the theory (#11)', () => {
  it('updateCard keeps components and rungs once each, in the declaration’s order, whatever order they were ticked in', () => {
    const e = chain();
    e.run('updateCard', { id: 'c4', changes: { empowerment: ['behavioural', 'intrapersonal', 'behavioural'], rungs: ['5', '3'] } });
    expect(e.theory.cards.c4!.empowerment).toEqual(['intrapersonal', 'behavioural']);
    expect(e.theory.cards.c4!.rungs).toEqual(['3', '5']);
    e.undo();
    expect(e.theory.cards.c4!.empowerment).toEqual([]);
  });

  it('refuses a value the vocabulary does not know (the file could not be reopened)', () => {
    const e = chain();
    expect(() => e.run('updateCard', { id: 'c4', changes: { rungs: ['7' as never] } })).toThrow(CommandError);
    expect(() => e.run('updateTheory', { changes: { goalRungs: ['0' as never] } })).toThrow(/not one of the rungs the target group can grow to/);
    expect(e.theory.cards.c4!.rungs).toEqual([]);
  });

  it('tags survive save and load; an untagged theory writes none of the new keys', () => {
    const e = chain();
    expect(serializeDocument(e.document)).not.toMatch(/"empowerment"|"dimensions"|"rungs"|"targetGroups"|"ladder"|"groupRungs"|"goalRungs"/);
    e.run('updateCard', { id: 'c4', changes: { empowerment: ['interactional'], dimensions: ['powerWith'], rungs: ['4'], targetGroups: ['anderstaligen'] } });
    e.run('updateTheory', { changes: { ladder: 'vng', groupRungs: ['3'], goalRungs: ['4', '5'], targetGroups: ['anderstaligen', 'jongeren'] } });
    const back = parseDocument(serializeDocument(e.document));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.document).toEqual(e.document);
  });

  it('names a rung in the theory’s ladder, Flemish or Dutch (VNG)', () => {
    expect(rungName('3', 'flemish', 'nl')).toBe('Trede 3: Arbeidsmatige activiteiten (AMA), vrijwilligerswerk');
    expect(rungName('3', 'vng', 'nl')).toBe('Trede 3: Deelname aan georganiseerde activiteiten');
    expect(rungName('6', 'vng', 'en')).toBe('Rung 6: Paid work');
    expect(rungName('6', 'flemish', 'en')).toBe('Rung 6: Paid work without support');
  });
});

describe('research checks (#11)', () => {
  it('outcome-no-empowerment: silent while no card carries a component; then each outcome without one, as information', () => {
    const e = chain();
    e.run('addCard', { stage: 'outcome', title: 'Netwerk', aio: ['netwerk'] });
    e.run('connect', { from: 'c3', to: 'c6', rationale: 'r' });
    e.run('addIndicator', { cardId: 'c6', indicator: { name: 'n' } });
    expect(only(e, 'outcome-no-empowerment')).toEqual([]);
    e.run('updateCard', { id: 'c4', changes: { empowerment: ['intrapersonal'] } });
    expect(only(e, 'outcome-no-empowerment')).toEqual([
      {
        code: 'outcome-no-empowerment',
        severity: 'info',
        ids: ['c6'],
        message: {
          nl: 'Outcome “Netwerk” noemt geen empowermentcomponent (intrapersoonlijk, interpersoonlijk of gedrag).',
          en: 'Outcome “Netwerk” names no empowerment component (intrapersonal, interactional or behavioural).',
        },
      },
    ]);
    // A component on a card that is not an outcome counts as the theory using them too; only outcomes are named.
    e.run('updateCard', { id: 'c6', changes: { empowerment: ['behavioural'] } });
    expect(only(e, 'outcome-no-empowerment')).toEqual([]);
  });

  it('rung-no-outcome: a rung with actions but no outcome, naming the actions; an outcome on the rung clears it', () => {
    const e = chain();
    e.run('updateCard', { id: 'c2', changes: { rungs: ['3', '4'] } });
    e.run('updateCard', { id: 'c4', changes: { rungs: ['4'] } });
    expect(only(e, 'rung-no-outcome')).toEqual([
      { code: 'rung-no-outcome', severity: 'info', ids: ['c2'], message: { nl: 'Trede 3 heeft acties (“action”) maar geen outcome.', en: 'Rung 3 has actions (“action”) but no outcome.' } },
    ]);
    // An impact or intermediate result on the rung is not an outcome.
    e.run('updateCard', { id: 'c5', changes: { rungs: ['3'] } });
    expect(only(e, 'rung-no-outcome').map((r) => r.ids)).toEqual([['c2']]);
    e.run('updateCard', { id: 'c4', changes: { rungs: ['3', '4'] } });
    expect(only(e, 'rung-no-outcome')).toEqual([]);
  });
});

describe('the seed templates carry the tags the seeds support', () => {
  it('KdG: outcomes with the components the talk names; rungs 3–5 where it places the organisations; the Flemish ladder', () => {
    const { theory } = templateByName('kdg-aio')!.create('nl');
    expect(theory.ladder).toBe('flemish');
    expect(theory.groupRungs).toEqual(['3', '4', '5']);
    const tagged = Object.values(theory.cards).filter((c) => c.empowerment.length > 0);
    expect(tagged.every((c) => c.stage === 'outcome')).toBe(true);
    for (const c of KDG_AIO.cards) {
      expect(theory.cards[c.id]!.empowerment, c.id).toEqual(c.research.empowerment ?? []);
      expect(theory.cards[c.id]!.rungs, c.id).toEqual((c.research.rungs ?? []).map(String));
      expect(theory.cards[c.id]!.dimensions, c.id).toEqual([]);
    }
    const byTitle = (words: string) => Object.values(theory.cards).find((c) => c.title.toLowerCase().includes(words))!;
    expect(byTitle('intrapersoonlijk').empowerment).toEqual(['intrapersonal']);
    expect(byTitle('interpersoonlijk').empowerment).toEqual(['interactional']);
    expect(byTitle('gedragscomponent').empowerment).toEqual(['behavioural']);
    // The talk ties resilience and work attitude (GROW) to no component: left empty.
    expect(byTitle('veerkracht en werkhouding').empowerment).toEqual([]);
  });

  it('IJmond: the VNG ladder, rungs 3–6 as where the group can grow to, each training on its rung, dimensions on outcomes', () => {
    const { theory } = templateByName('ijmond-groepen')!.create('nl');
    expect(theory.ladder).toBe('vng');
    expect(theory.groupRungs).toEqual([]);
    expect(theory.goalRungs).toEqual(['3', '4', '5', '6']);
    const training = (name: string, rung: string) => Object.values(theory.cards).find((c) => c.title.startsWith(`Trede ${rung}`) && c.title.includes(name))!;
    expect(training('Sterk naar werk', '5').rungs).toEqual(['5', '6']);
    expect(training('Kijk op werk', '4').rungs).toEqual(['4']);
    expect(training('Blik op jezelf', '3').rungs).toEqual(['3']);
    for (const c of IJMOND_GROUPS.cards) {
      expect(theory.cards[c.id]!.dimensions, c.id).toEqual(c.research.dimensions ?? []);
      // A component only where the report pairs a dimension with one (power from within: "zelfbeleving").
      expect(theory.cards[c.id]!.empowerment, c.id).toEqual(c.research.empowerment ?? []);
    }
    expect(Object.values(theory.cards).some((c) => c.stage === 'outcome' && c.dimensions.includes('powerFromWithin'))).toBe(true);
  });
});

describe('instruments (#11)', () => {
  it('the KdG template holds the MPE (with its reference and three factors) and an MBE without an invented name; its MPE indicators point at a factor', () => {
    for (const language of ['nl', 'en'] as const) {
      const { theory } = templateByName('kdg-aio')!.create(language);
      expect(theory.instruments.map((i) => i.abbreviation)).toEqual(['MPE', 'MBE']);
      const [mpe, mbe] = theory.instruments;
      expect(mpe!.reference).toContain('European Journal of Social Work 20(4)');
      expect(mpe!.reference).toContain('2017');
      expect(mpe!.factors).toHaveLength(3);
      expect(mbe).toMatchObject({ name: 'MBE', measures: '', reference: '', factors: [] });
      const pointing = Object.values(theory.cards).flatMap((c) => c.indicators.filter((i) => i.instrument === mpe!.id).map((i) => [c.id, i.factor]));
      expect(pointing.map(([id]) => id).sort()).toEqual(['c16', 'c18', 'c20']);
      expect(new Set(pointing.map(([, f]) => f))).toEqual(new Set(mpe!.factors));
      // No measurements are invented.
      expect(Object.values(theory.cards).flatMap((c) => c.indicators.flatMap((i) => i.measurements))).toEqual([]);
    }
    // The IJmond report names no scale.
    expect(templateByName('ijmond-groepen')!.create('nl').theory.instruments).toEqual([]);
  });

  it('instrument-unused: an instrument no indicator points at, as information; pointing an indicator at it clears it', () => {
    const e = chain();
    e.run('addInstrument', { preset: 'mpe' });
    expect(only(e, 'instrument-unused')).toEqual([
      { code: 'instrument-unused', severity: 'info', ids: ['m1'], message: { nl: 'Geen enkele indicator gebruikt meetinstrument “MPE (Meetschaal voor Psychologisch Empowerment)”.', en: 'No indicator uses the instrument “MPE (Meetschaal voor Psychologisch Empowerment)”.' } },
    ]);
    e.run('updateIndicator', { cardId: 'c4', indicatorId: 'c4-i1', changes: { instrument: 'm1', factor: 'intrapsychisch' } });
    expect(only(e, 'instrument-unused')).toEqual([]);
    // Removing the instrument leaves the indicator pointing at nothing, in one undo step.
    e.run('deleteInstrument', { id: 'm1' });
    expect(e.theory.cards.c4!.indicators[0]).toMatchObject({ instrument: '', factor: '' });
    e.undo();
    expect(e.theory.cards.c4!.indicators[0]).toMatchObject({ instrument: 'm1', factor: 'intrapsychisch' });
  });

  it('property: random measurement series round-trip through save and load', () => {
    const measurementArb = fc.record({
      date: fc.oneof(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.constantFrom('2025', '2025-Q2', '2026-H1')),
      value: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String), fc.string({ maxLength: 20 })),
      n: fc.nat({ max: 100_000 }),
      note: fc.string({ maxLength: 40 }),
      kind: fc.constantFrom('baseline' as const, 'followUp' as const),
    });
    fc.assert(
      fc.property(fc.array(measurementArb, { maxLength: 15 }), (series) => {
        const e = chain();
        for (const m of series) e.run('addMeasurement', { cardId: 'c4', indicatorId: 'c4-i1', measurement: m });
        const back = parseDocument(serializeDocument(e.document));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.document).toEqual(e.document);
        expect(back.document.theory.cards.c4!.indicators[0]!.measurements.map(({ id: _id, ...m }) => m)).toEqual(series);
      }),
      { numRuns: 50 },
    );
  });
});
