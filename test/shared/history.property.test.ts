import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { AIO_KEYS, ASSUMPTION_STATUSES, STAGES, type WerkzaamDocument } from '../../shared/model';
import { CommandError, type CommandArgs, type CommandName } from '../../shared/commands';
import { documentArb } from '../support/arbitraries';
import { fragmentOf } from '../../shared/clipboard';
import { serializeDocument } from '../../shared/format/serialize';
import { parseDocument } from '../../shared/format/parse';

type Step = { pick: number[]; name: CommandName; text: string; n: number };

const stepArb: fc.Arbitrary<Step> = fc.record({
  name: fc.constantFrom<CommandName>(
    'addCard', 'moveCards', 'updateCard', 'setCardAio', 'toggleAio', 'deleteCards', 'connect', 'updateLink',
    'setLinkAssumptions', 'deleteLinks', 'updateTheory', 'addAssumption', 'updateAssumption', 'deleteAssumption',
    'addIndicator', 'updateIndicator', 'deleteIndicator', 'pasteFragment', 'addLinkedCard',
  ),
  pick: fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }),
  text: fc.string({ maxLength: 8 }),
  n: fc.integer({ min: -2000, max: 2000 }),
});

/** Turn a random step into arguments that refer to what exists now (or fail as CommandError). */
function argsFor(doc: WerkzaamDocument, s: Step): CommandArgs[CommandName] {
  const cards = Object.keys(doc.theory.cards);
  const links = Object.keys(doc.theory.links);
  const assumptions = Object.keys(doc.theory.assumptions);
  const at = <T,>(list: T[], i: number): T => list[i % Math.max(1, list.length)] ?? ('missing' as T);
  const card = at(cards, s.pick[0]!);
  const other = at(cards, s.pick[1]!);
  const stage = STAGES[s.pick[2]! % STAGES.length]!;
  const indicator = doc.theory.cards[card]?.indicators[0]?.id ?? 'none';
  switch (s.name) {
    case 'addCard': return { stage, title: s.text };
    case 'moveCards': return { moves: [{ id: card, position: { x: s.n, y: s.n / 2 } }] };
    case 'updateCard': return { id: card, changes: { title: s.text, stage } };
    case 'setCardAio': return { id: card, aio: AIO_KEYS.filter((_, i) => (s.pick[1]! >> i) & 1) };
    case 'toggleAio': return { ids: [card, other].filter((v, i, a) => a.indexOf(v) === i), key: AIO_KEYS[s.pick[2]! % 3]! };
    case 'deleteCards': return { ids: [card], links: links.slice(0, s.pick[2]! % 2) };
    case 'addLinkedCard': return { from: card, title: s.text };
    case 'connect': return { from: card, to: other, rationale: s.text };
    case 'updateLink': return { id: at(links, s.pick[0]!), changes: { rationale: s.text } };
    case 'setLinkAssumptions': return { id: at(links, s.pick[0]!), assumptions: assumptions.slice(0, s.pick[1]! % 3) };
    case 'deleteLinks': return { ids: [at(links, s.pick[0]!)] };
    case 'updateTheory': return { changes: { title: s.text, authors: [s.text] } };
    case 'addAssumption': return { text: s.text, linkId: links.length ? at(links, s.pick[0]!) : undefined };
    case 'updateAssumption': return { id: at(assumptions, s.pick[0]!), changes: { status: ASSUMPTION_STATUSES[s.pick[1]! % 4]! } };
    case 'deleteAssumption': return { id: at(assumptions, s.pick[0]!) };
    case 'addIndicator': return { cardId: card, indicator: { name: s.text } };
    case 'updateIndicator': return { cardId: card, indicatorId: indicator, changes: { target: s.text } };
    case 'deleteIndicator': return { cardId: card, indicatorId: indicator };
    case 'pasteFragment': return { fragment: fragmentOf(doc.theory, cards.filter((c) => c === card || c === other)) };
  }
}

/** Run a step against the editor; false when the command refused it (CommandError). */
function attempt(editor: Editor, step: Step, coalesceKey?: string): boolean {
  try {
    editor.run(step.name, argsFor(editor.document, step) as never, coalesceKey === undefined ? {} : { coalesceKey });
    return true;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    return false;
  }
}

describe('history (property)', () => {
  it('undo all → the original document; redo all → the final one', () => {
    let tried = 0;
    let applied = 0;
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 40 }), fc.boolean(), (start, steps, coalesce) => {
        const editor = new Editor(start);
        for (const step of steps) {
          tried++;
          if (attempt(editor, step, coalesce ? step.name : undefined)) applied++;
        }
        const final = editor.document;
        while (editor.undo());
        expect(editor.document).toEqual(start);
        while (editor.redo());
        expect(editor.document).toEqual(final);
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
