import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChainChecker, runChecks } from '../../shared/checks';
import { CommandError } from '../../shared/commands';
import { Editor } from '../../shared/editor';
import { STAGES, emptyDocument } from '../../shared/model';
import { cardRecord } from '../../shared/records';
import { newRecord } from '../../shared/records/define';
import { EMPOWERMENT_COMPONENTS, LADDER_RUNGS } from '../../shared/records/vocabulary';
import { generateTheory } from '../bench/generate';
import { documentArb } from '../support/arbitraries';
import { attempt, stepArb, type Step } from '../support/commandSteps';

/** Besides every command: the research tags the checks read (no generated command sets them), undo and redo. */
type Op =
  | { kind: 'step'; step: Step }
  | { kind: 'tags'; card: number; empowerment: number; rungs: number; stage: number }
  | { kind: 'undo' }
  | { kind: 'redo' };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: stepArb.map((step) => ({ kind: 'step' as const, step })) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('tags' as const), card: fc.nat(50), empowerment: fc.nat(7), rungs: fc.nat(63), stage: fc.nat(9) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

function apply(editor: Editor, op: Op): void {
  if (op.kind === 'undo') editor.undo();
  else if (op.kind === 'redo') editor.redo();
  else if (op.kind === 'step') attempt(editor, op.step);
  else {
    const ids = Object.keys(editor.theory.cards);
    if (ids.length === 0) return;
    const bits = <T>(values: readonly T[], n: number) => values.filter((_, i) => (n >> i) & 1);
    try {
      editor.run('updateCard', {
        id: ids[op.card % ids.length]!,
        changes: {
          empowerment: bits(EMPOWERMENT_COMPONENTS, op.empowerment),
          rungs: bits(LADDER_RUNGS, op.rungs),
          ...(op.stage < STAGES.length ? { stage: STAGES[op.stage]! } : {}),
        },
      });
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
  }
}

describe('chain checks followed through edits (ChainChecker)', () => {
  it('after every edit, undo and redo, a checker that saw the theories before finds what a fresh run finds', () => {
    fc.assert(
      fc.property(documentArb, fc.array(opArb, { maxLength: 40 }), (start, ops) => {
        const editor = new Editor(start);
        const checker = new ChainChecker();
        expect(checker.run(editor.theory)).toEqual(runChecks(editor.theory));
        for (const op of ops) {
          apply(editor, op);
          expect(checker.run(editor.theory)).toEqual(runChecks(editor.theory));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a rename at 1,000 cards makes the findings of that card and its links only; a new linked card those of the card and its link', () => {
    const editor = new Editor(generateTheory(1000));
    const checker = new ChainChecker();
    checker.run(editor.theory);
    // Every card and link judged once.
    expect(checker.built).toBe(Object.keys(editor.theory.cards).length + Object.keys(editor.theory.links).length);
    const id = Object.keys(editor.theory.cards)[500]!;
    const links = Object.values(editor.theory.links).filter((l) => l.from === id || l.to === id).length;
    expect(links).toBeGreaterThan(0);

    let before = checker.built;
    editor.run('updateCard', { id, changes: { title: 'Renamed' } });
    const renamed = checker.run(editor.theory);
    expect(checker.built - before).toBe(1 + links);
    expect(renamed).toEqual(runChecks(editor.theory));
    expect(renamed.some((r) => r.message.en.includes('“Renamed”'))).toBe(true);

    before = checker.built;
    editor.run('addLinkedCard', { from: id, title: 'Next' });
    expect(checker.run(editor.theory)).toEqual(runChecks(editor.theory));
    expect(checker.built - before).toBeLessThanOrEqual(3);

    before = checker.built;
    editor.undo();
    editor.undo();
    expect(checker.run(editor.theory)).toEqual(runChecks(editor.theory));
    // Back to the records before the rename: at most the card's and its links' findings again.
    expect(checker.built - before).toBeLessThanOrEqual(1 + links);
  });

  it('ids the collator holds equal come out in one order, whatever order the records were made in', () => {
    // "c01" and "c1" compare equal (numbers by value), at the same spot: without a tie-break the order was that of the file.
    const card = (id: string) => newRecord(cardRecord, { id, stage: 'input', title: id, position: { x: 0, y: 0 } });
    const theory = emptyDocument('en').theory;
    const one = runChecks({ ...theory, cards: { c1: card('c1'), c01: card('c01') } });
    const other = runChecks({ ...theory, cards: { c01: card('c01'), c1: card('c1') } });
    expect(one.filter((r) => r.code === 'card-unlinked').map((r) => r.ids[0])).toEqual(['c01', 'c1']);
    expect(other).toEqual(one);
  });
});
