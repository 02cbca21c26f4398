import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { computeMatrix, matrixColumnLabel, MATRIX_AXES } from '../../shared/matrix';
import { AIO_KEYS, emptyDocument, type Theory } from '../../shared/model';
import { EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS, LADDER_RUNGS } from '../../shared/records/vocabulary';
import { templateByName } from '../../shared/templates';

const cell = (theory: Theory, axis: (typeof MATRIX_AXES)[number], row: string, column: string, stages?: ('input' | 'action' | 'outcome')[]) =>
  computeMatrix(theory, axis, { stages }).cells.flat().find((c) => c.row === row && c.column === column)!.cards;

describe('the research matrix (#11)', () => {
  it('AIO element × component: each cell lists the cards with both tags, in reading order; a card with two of each sits in four cells', () => {
    const e = new Editor(emptyDocument('nl'));
    e.run('addCard', { stage: 'outcome', title: 'Zelfvertrouwen', aio: ['arbeidsmatig', 'netwerk'], position: { x: 1000, y: 300 } });
    e.run('addCard', { stage: 'outcome', title: 'Participatie', aio: ['arbeidsmatig'], position: { x: 1000, y: 100 } });
    e.run('updateCard', { id: 'c1', changes: { empowerment: ['intrapersonal', 'behavioural'] } });
    e.run('updateCard', { id: 'c2', changes: { empowerment: ['behavioural'] } });
    const m = computeMatrix(e.theory, 'empowerment');
    expect(m.rows).toEqual(AIO_KEYS);
    expect(m.columns).toEqual(EMPOWERMENT_COMPONENTS);
    expect(m.cells.map((row) => row.map((c) => c.cards))).toEqual([
      [['c1'], [], ['c2', 'c1']],
      [[], [], []],
      [['c1'], [], ['c1']],
    ]);
    // The gaps: the interactional column is empty all the way down, and the integrated-approach row.
    expect(m.gaps.map((g) => `${g.row}×${g.column}`)).toEqual([
      'arbeidsmatig×interactional',
      'integraal×intrapersonal',
      'integraal×interactional',
      'integraal×behavioural',
      'netwerk×interactional',
    ]);
  });

  it('lists apart the cards tagged on one axis only, so an untagged card is not taken for a gap', () => {
    const e = new Editor(emptyDocument('nl'));
    e.run('addCard', { stage: 'action', title: 'Training', aio: ['integraal'] });
    e.run('addCard', { stage: 'outcome', title: 'Netwerk' });
    e.run('updateCard', { id: 'c2', changes: { rungs: ['4'] } });
    const m = computeMatrix(e.theory, 'rungs');
    expect(m.noColumn).toEqual(['c1']);
    expect(m.noRow).toEqual(['c2']);
    expect(m.gaps).toHaveLength(AIO_KEYS.length * LADDER_RUNGS.length);
  });

  it('× rung and × dimension; a stage filter keeps only those stages', () => {
    const e = new Editor(emptyDocument('nl'));
    e.run('addCard', { stage: 'action', title: 'Voel je sterk', aio: ['netwerk'] });
    e.run('addCard', { stage: 'outcome', title: 'Power with', aio: ['netwerk'] });
    e.run('updateCard', { id: 'c1', changes: { rungs: ['3', '4'], dimensions: ['powerWith'] } });
    e.run('updateCard', { id: 'c2', changes: { rungs: ['4'], dimensions: ['powerWith'] } });
    expect(cell(e.theory, 'rungs', 'netwerk', '4')).toEqual(['c1', 'c2']);
    expect(cell(e.theory, 'rungs', 'netwerk', '3')).toEqual(['c1']);
    expect(cell(e.theory, 'rungs', 'netwerk', '4', ['outcome'])).toEqual(['c2']);
    expect(cell(e.theory, 'rungs', 'netwerk', '3', ['outcome'])).toEqual([]);
    expect(cell(e.theory, 'dimensions', 'netwerk', 'powerWith')).toEqual(['c1', 'c2']);
    expect(computeMatrix(e.theory, 'dimensions').columns).toEqual(EMPOWERMENT_DIMENSIONS);
  });

  it('in the KdG template, the interpersonal column has its card (the talk’s problem component) and some cells stay gaps', () => {
    const { theory } = templateByName('kdg-aio')!.create('nl');
    const m = computeMatrix(theory, 'empowerment', { stages: ['outcome'] });
    const column = (c: string) => m.cells.map((row) => row[EMPOWERMENT_COMPONENTS.indexOf(c as never)]!.cards).flat();
    for (const c of EMPOWERMENT_COMPONENTS) expect(column(c).length, c).toBeGreaterThan(0);
    expect(m.gaps.length).toBeGreaterThan(0);
    for (const g of m.gaps) expect(g.cards).toEqual([]);
  });

  it('names a rung column in the theory’s ladder', () => {
    const theory = emptyDocument('nl').theory;
    expect(matrixColumnLabel(theory, 'rungs', '3', 'nl')).toBe('Trede 3 · Arbeidsmatige activiteiten (AMA), vrijwilligerswerk');
    expect(matrixColumnLabel({ ...theory, ladder: 'vng' }, 'rungs', '3', 'en')).toBe('Rung 3 · Taking part in organised activities');
    expect(matrixColumnLabel(theory, 'empowerment', 'interactional', 'nl')).toBe('Interpersoonlijk / interactioneel');
  });

  it('property: a card is in a cell exactly when it carries both tags; noRow and noColumn are the one-sided cards', () => {
    const cardArb = fc.record({
      aio: fc.subarray([...AIO_KEYS]),
      empowerment: fc.subarray([...EMPOWERMENT_COMPONENTS]),
      stage: fc.constantFrom('input' as const, 'action' as const, 'outcome' as const),
    });
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 12 }), (specs) => {
        const e = new Editor(emptyDocument('nl'));
        for (const s of specs) {
          const [id] = e.run('addCard', { stage: s.stage, title: 't', aio: s.aio }).created;
          e.run('updateCard', { id: id!, changes: { empowerment: s.empowerment } });
        }
        const m = computeMatrix(e.theory, 'empowerment');
        for (const c of Object.values(e.theory.cards)) {
          for (const row of m.cells) {
            for (const x of row) expect(x.cards.includes(c.id)).toBe(c.aio.includes(x.row) && c.empowerment.includes(x.column as never));
          }
          expect(m.noRow.includes(c.id)).toBe(c.aio.length === 0 && c.empowerment.length > 0);
          expect(m.noColumn.includes(c.id)).toBe(c.aio.length > 0 && c.empowerment.length === 0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
