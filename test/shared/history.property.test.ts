import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { AIO_KEYS, ASSUMPTION_STATUSES, STAGES, type WerkzaamDocument } from '../../shared/model';
import { CommandError, type CommandArgs, type CommandName } from '../../shared/commands';
import { documentArb } from '../support/arbitraries';
import { fragmentOf } from '../../shared/clipboard';

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

describe('history (property)', () => {
  it('undo all → the original document; redo all → the final one', () => {
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 40 }), fc.boolean(), (start, steps, coalesce) => {
        const editor = new Editor(start);
        for (const step of steps) {
          try {
            editor.run(step.name, argsFor(editor.document, step) as never, coalesce ? { coalesceKey: step.name } : {});
          } catch (error) {
            if (!(error instanceof CommandError)) throw error;
          }
        }
        const final = editor.document;
        while (editor.undo());
        expect(editor.document).toEqual(start);
        while (editor.redo());
        expect(editor.document).toEqual(final);
      }),
      { numRuns: 150 },
    );
  });
});
