import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Editor } from '../../shared/editor';
import { freeSpotInLane, occupiedRects } from '../../shared/layout';
import { STAGES, stageIndex } from '../../shared/model';
import { generateTheory } from '../bench/generate';
import { documentArb } from '../support/arbitraries';

// How many cards placement measures (estimatedHeights is where each card's height is worked out).
const measured = { cards: 0 };
vi.mock('../../shared/cardSize', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/cardSize')>();
  return {
    ...actual,
    estimatedHeights: (cards: Parameters<typeof actual.estimatedHeights>[0]) => {
      const list = [...cards];
      measured.cards += list.length;
      return actual.estimatedHeights(list);
    },
  };
});
const { estimatedHeights } = await import('../../shared/cardSize');

describe('a linked card in the next stage (addLinkedCard)', () => {
  it('lands where a free spot among all the cards would be', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(50), (doc, pick) => {
        const ids = Object.keys(doc.theory.cards);
        fc.pre(ids.length > 0);
        const editor = new Editor(doc);
        const from = doc.theory.cards[ids[pick % ids.length]!]!;
        const all = Object.values(doc.theory.cards);
        const next = STAGES[Math.min(STAGES.length - 1, stageIndex(from.stage) + 1)]!;
        const expected = freeSpotInLane(occupiedRects(all, estimatedHeights(all)), next, from.position.y);
        editor.run('addLinkedCard', { from: from.id });
        const added = Object.values(editor.theory.cards).find((c) => !doc.theory.cards[c.id])!;
        expect(added.position).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('at 1,000 cards measures the cards in its lane, not every card', () => {
    const editor = new Editor(generateTheory(1000));
    const from = Object.values(editor.theory.cards).find((c) => c.stage === 'action')!;
    const inLane = Object.values(editor.theory.cards).filter((c) => c.stage === 'intermediate').length;
    measured.cards = 0;
    editor.run('addLinkedCard', { from: from.id });
    expect(measured.cards).toBe(inLane);
    expect(measured.cards).toBeLessThan(300);
  });
});
