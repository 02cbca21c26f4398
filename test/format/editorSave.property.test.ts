import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { CommandError, type CommandArgs, type CommandName } from '../../shared/commands';
import { fragmentOf } from '../../shared/clipboard';
import { AIO_KEYS, ASSUMPTION_STATUSES, STAGES, type WerkzaamDocument } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { documentArb, textArb } from '../support/arbitraries';

/**
 * Whatever the editor can make, the loader must take back: a saved file that cannot be
 * opened again is lost work. Random command sequences, then save → load.
 */
type Step = { name: CommandName; pick: [number, number, number]; text: string; n: number };

const stepArb: fc.Arbitrary<Step> = fc.record({
  name: fc.constantFrom<CommandName>(
    'addCard', 'moveCards', 'updateCard', 'setCardAio', 'deleteCards', 'connect', 'updateLink', 'setLinkAssumptions',
    'deleteLinks', 'updateTheory', 'addAssumption', 'updateAssumption', 'deleteAssumption', 'addIndicator',
    'updateIndicator', 'deleteIndicator', 'pasteFragment', 'addLinkedCard',
  ),
  pick: fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50)),
  text: textArb,
  n: fc.double({ min: -3000, max: 3000, noNaN: true }),
});

function argsFor(doc: WerkzaamDocument, s: Step): CommandArgs[CommandName] {
  const cards = Object.keys(doc.theory.cards);
  const links = Object.keys(doc.theory.links);
  const assumptions = Object.keys(doc.theory.assumptions);
  const at = (list: string[], i: number): string => list[i % Math.max(1, list.length)] ?? 'missing';
  const [a, b, c] = s.pick;
  const card = at(cards, a);
  const other = at(cards, b);
  const indicator = doc.theory.cards[card]?.indicators[0]?.id ?? 'none';
  switch (s.name) {
    case 'addCard': return { stage: STAGES[c % STAGES.length]!, title: s.text };
    case 'moveCards': return { moves: [{ id: card, position: { x: s.n, y: -s.n / 3 } }] };
    case 'updateCard': return { id: card, changes: { title: s.text, description: s.text, notes: s.text } };
    case 'setCardAio': return { id: card, aio: AIO_KEYS.filter((_, i) => (b >> i) & 1) };
    case 'deleteCards': return { ids: [card], links: links.slice(0, c % 2) };
    case 'addLinkedCard': return { from: card, title: s.text };
    case 'connect': return { from: card, to: other, rationale: s.text };
    case 'updateLink': return { id: at(links, a), changes: { rationale: s.text, evidence: s.text } };
    case 'setLinkAssumptions': return { id: at(links, a), assumptions: assumptions.slice(0, b % 3) };
    case 'deleteLinks': return { ids: [at(links, a)] };
    case 'updateTheory': return { changes: { title: s.text, organisation: s.text, authors: [s.text] } };
    case 'addAssumption': return { text: s.text, linkId: links.length ? at(links, a) : undefined };
    case 'updateAssumption': return { id: at(assumptions, a), changes: { status: ASSUMPTION_STATUSES[b % 4]!, text: s.text } };
    case 'deleteAssumption': return { id: at(assumptions, a) };
    case 'addIndicator': return { cardId: card, indicator: { name: s.text } };
    case 'updateIndicator': return { cardId: card, indicatorId: indicator, changes: { target: s.text, owner: s.text } };
    case 'deleteIndicator': return { cardId: card, indicatorId: indicator };
    case 'pasteFragment': return { fragment: fragmentOf(doc.theory, cards.filter((id) => id === card || id === other)) };
    default: throw new Error(`no arguments for ${s.name}`);
  }
}

describe('editor → save → load', () => {
  it('every document the editor makes is saved as a file that loads back equal', () => {
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 30 }), (start, steps) => {
        const editor = new Editor(start);
        for (const step of steps) {
          try {
            editor.run(step.name, argsFor(editor.document, step) as never);
          } catch (error) {
            if (!(error instanceof CommandError)) throw error;
          }
        }
        const text = serializeDocument(editor.document);
        const result = parseDocument(text);
        if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        expect(result.document).toEqual(editor.document);
      }),
      { numRuns: 150 },
    );
  });
});
