import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { STAGES, type WerkzaamDocument } from '../../shared/model';
import { collectionSize } from '../../shared/diff';
import { DocIndex } from '../../shared/docIndex';
import { documentArb, textArb } from '../support/arbitraries';
import { attempt, stepArb, type Step } from '../support/commandSteps';
import { serializeDocument } from '../../shared/format/serialize';
import { parseDocument } from '../../shared/format/parse';

/** Run steps, each run of consecutive steps with the same name inside one history mark (a drag, typing). */
function runGrouped(editor: Editor, steps: Step[]): { tried: number; applied: number } {
  let applied = 0;
  let mark: string | undefined;
  steps.forEach((step, i) => {
    if (steps[i - 1]?.name !== step.name) mark = editor.mark(step.name);
    if (attempt(editor, step)) applied++;
    if (steps[i + 1]?.name !== step.name && mark) editor.squashToMark(mark);
  });
  return { tried: steps.length, applied };
}

describe('history (property)', () => {
  it('undo all → the original document; redo all → the final one', () => {
    let tried = 0;
    let applied = 0;
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 40 }), fc.boolean(), (start, steps, grouped) => {
        const editor = new Editor(start);
        // Counted before the first change, so every later count is one carried along by a diff.
        for (const records of [start.theory.cards, start.theory.links, start.theory.assumptions]) collectionSize(records);
        if (grouped) {
          const counts = runGrouped(editor, steps);
          tried += counts.tried;
          applied += counts.applied;
        } else {
          for (const step of steps) {
            tried++;
            if (attempt(editor, step)) applied++;
          }
        }
        const final = editor.document;
        const finalText = serializeDocument(final);
        while (editor.undo());
        expect(editor.document).toEqual(start);
        // Order included: undo puts a removed card back where it stood in the file.
        expect(serializeDocument(editor.document)).toBe(serializeDocument(start));
        while (editor.redo());
        expect(editor.document).toEqual(final);
        expect(serializeDocument(editor.document)).toBe(finalText);
        expect(DocIndex.of(editor.document).matches(editor.document)).toBe(true);
        // The record counts the limits read, carried along by each diff, are the real ones.
        for (const records of [editor.theory.cards, editor.theory.links, editor.theory.assumptions]) expect(collectionSize(records)).toBe(Object.keys(records).length);
      }),
      { numRuns: 150 },
    );
    // Guard against a generator whose commands nearly all throw (the property would then prove little).
    expect(applied / tried).toBeGreaterThan(0.5);
  });

  type Op = { kind: 'run'; step: Step } | { kind: 'undo' } | { kind: 'redo' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 3, arbitrary: stepArb.map((step) => ({ kind: 'run' as const, step })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  );

  it('matches a simple model of snapshots at every point, with undo and redo interleaved and a small history limit', () => {
    fc.assert(
      fc.property(documentArb, fc.array(opArb, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (start, ops, limit) => {
        const editor = new Editor(start, { historyLimit: limit });
        // The model: every reachable state, oldest first; `at` is the current one.
        let states: WerkzaamDocument[] = [start];
        let at = 0;
        for (const op of ops) {
          if (op.kind === 'undo') {
            expect(editor.undo()).toBe(at > 0);
            at = Math.max(0, at - 1);
          } else if (op.kind === 'redo') {
            expect(editor.redo()).toBe(at < states.length - 1);
            at = Math.min(states.length - 1, at + 1);
          } else {
            const before = editor.document;
            if (attempt(editor, op.step) && editor.document !== before) {
              states = [...states.slice(0, at + 1), editor.document];
              at++;
              if (states.length - 1 > limit) {
                states = states.slice(1);
                at--;
              }
            }
          }
          expect(editor.document).toEqual(states[at]);
          expect(editor.historySize).toEqual({ undo: at, redo: states.length - 1 - at });
        }
      }),
      { numRuns: 150 },
    );
  });

  /** The user's moves with marks: commands, undo, redo, and new cards titled or cancelled. */
  type MarkOp =
    | { kind: 'run'; step: Step }
    | { kind: 'undo' }
    | { kind: 'redo' }
    | { kind: 'newCard'; stage: number; typing: string[]; cancel: boolean }
    | { kind: 'save' };
  const markOpArb: fc.Arbitrary<MarkOp> = fc.oneof(
    { weight: 4, arbitrary: stepArb.map((step) => ({ kind: 'run' as const, step })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'save' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('newCard' as const),
        stage: fc.nat(STAGES.length - 1),
        typing: fc.array(textArb, { maxLength: 3 }),
        cancel: fc.boolean(),
      }),
    },
  );

  it('with marks: a cancelled new card leaves no undo and no redo step; undo all and redo all still hold', () => {
    fc.assert(
      fc.property(documentArb, fc.array(markOpArb, { maxLength: 30 }), (start, ops) => {
        const editor = new Editor(start);
        // Counted before the first change, so every later count is one carried along by a diff.
        for (const records of [start.theory.cards, start.theory.links, start.theory.assumptions]) collectionSize(records);
        for (const op of ops) {
          if (op.kind === 'undo') editor.undo();
          else if (op.kind === 'redo') editor.redo();
          else if (op.kind === 'save') editor.markSaved();
          else if (op.kind === 'run') attempt(editor, op.step);
          else {
            const before = editor.document;
            const beforeText = serializeDocument(before);
            const history = editor.historySize;
            const dirty = editor.dirty;
            const mark = editor.mark('addCard');
            const [id] = editor.run('addCard', { stage: STAGES[op.stage]! }).created;
            for (const title of op.typing) editor.run('updateCard', { id: id!, changes: { title } });
            if (op.cancel) {
              editor.run('updateCard', { id: id!, changes: { title: '' } });
              expect(editor.bailToMark(mark)).toBe(true);
              expect(editor.document).toEqual(before);
              expect(serializeDocument(editor.document)).toBe(beforeText);
              expect(editor.canRedo()).toBe(false);
              expect(editor.historySize.undo).toBe(history.undo);
              expect(editor.dirty).toBe(dirty);
            } else {
              expect(editor.squashToMark(mark)).toBe(true);
              // The new card and its title are one step.
              expect(editor.historySize).toEqual({ undo: history.undo + 1, redo: 0 });
            }
          }
        }
        // Undone steps are still ahead: go there first, then all the way back and forth.
        while (editor.redo());
        const final = editor.document;
        while (editor.undo());
        expect(editor.document).toEqual(start);
        while (editor.redo());
        expect(editor.document).toEqual(final);
        expect(DocIndex.of(editor.document).matches(editor.document)).toBe(true);
        // The record counts the limits read, carried along by each diff, are the real ones.
        for (const records of [editor.theory.cards, editor.theory.links, editor.theory.assumptions]) expect(collectionSize(records)).toBe(Object.keys(records).length);
      }),
      { numRuns: 150 },
    );
  });

  it('every command leaves a document that saves and reopens unchanged', () => {
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 25 }), (start, steps) => {
        const editor = new Editor(start);
        for (const step of steps) {
          const before = editor.document;
          if (!attempt(editor, step) || editor.document === before) continue;
          const reopened = parseDocument(serializeDocument(editor.document));
          if (!reopened.ok) throw new Error(`${step.name} left a document the loader refuses: ${JSON.stringify(reopened.problems)}`);
          expect(reopened.document).toEqual(editor.document);
        }
      }),
      { numRuns: 100 },
    );
  });
});
