import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument, STAGES } from '../../shared/model';
import { CARD_GAP_Y, CARD_HEIGHT, LANE_TOP, laneCardX } from '../../shared/layout';
import { cardAfterRemoving, linkCandidates, moveInLane, moveToStage, slotBelow } from '../../shared/navigation';
import { checkTarget, checksSummary, runChecks } from '../../shared/checks';

const SLOT = CARD_HEIGHT + CARD_GAP_Y;

/** Input: c1 (top), c2; Actions: c3; Outcomes: c4. */
function lanes() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'input', title: 'one' });
  e.run('addCard', { stage: 'input', title: 'two' });
  e.run('addCard', { stage: 'action', title: 'act' });
  e.run('addCard', { stage: 'outcome', title: 'out' });
  return e;
}

describe('moving cards by keyboard', () => {
  it('Alt+Up/Down swaps a card with its neighbour in the lane, else moves one slot, never above the top', () => {
    const e = lanes();
    const [c1, c2] = [e.theory.cards.c1!, e.theory.cards.c2!];
    expect(moveInLane(e.theory, 'c2', 'up')).toEqual([
      { id: 'c2', position: { x: c2.position.x, y: c1.position.y } },
      { id: 'c1', position: { x: c1.position.x, y: c2.position.y } },
    ]);
    expect(moveInLane(e.theory, 'c1', 'up')).toEqual([]);
    expect(c1.position.y).toBe(LANE_TOP);
    expect(moveInLane(e.theory, 'c2', 'down')).toEqual([{ id: 'c2', position: { x: c2.position.x, y: c2.position.y + SLOT } }]);
    // The neighbour reached by "up" in another lane does not count: it moves a slot instead.
    e.run('moveCards', { moves: [{ id: 'c3', position: { x: e.theory.cards.c3!.position.x, y: LANE_TOP + SLOT } }] });
    expect(moveInLane(e.theory, 'c3', 'up')).toEqual([{ id: 'c3', position: { x: e.theory.cards.c3!.position.x, y: LANE_TOP } }]);
  });

  it('Alt+Left/Right moves the cards into the neighbouring stage, into free slots, and not past the ends', () => {
    const e = lanes();
    // c1 goes to Actions at its own height, where c3 sits: it takes the next free slot below.
    const moves = moveToStage(e.theory, ['c1'], 1);
    expect(moves).toEqual([{ id: 'c1', position: { x: laneCardX('action'), y: LANE_TOP + SLOT } }]);
    e.run('moveCards', { moves });
    expect(e.theory.cards.c1!.stage).toBe('action');
    // Two cards at once never land on the same slot.
    const both = moveToStage(e.theory, ['c1', 'c3'], 1);
    expect(new Set(both.map((m) => m.position.y)).size).toBe(2);
    expect(both.every((m) => m.position.x === laneCardX('intermediate'))).toBe(true);
    expect(moveToStage(e.theory, ['c2'], -1)).toEqual([]);
    e.run('addCard', { stage: 'impact', title: 'imp' });
    expect(moveToStage(e.theory, ['c5'], 1)).toEqual([]);
  });

  it('a card added beside another goes to the first free slot below it', () => {
    const e = lanes();
    expect(slotBelow(e.theory, e.theory.cards.c1!)).toEqual({ x: laneCardX('input'), y: LANE_TOP + 2 * SLOT });
    expect(slotBelow(e.theory, e.theory.cards.c3!)).toEqual({ x: laneCardX('action'), y: LANE_TOP + SLOT });
  });
});

describe('where the keyboard goes after a delete', () => {
  it('to the next card in the lane, else the one above, else the nearest in reading order', () => {
    const e = lanes();
    expect(cardAfterRemoving(e.theory, ['c1'])).toBe('c2');
    expect(cardAfterRemoving(e.theory, ['c2'])).toBe('c1');
    expect(cardAfterRemoving(e.theory, ['c1', 'c2'])).toBe('c3');
    expect(cardAfterRemoving(e.theory, ['c4'])).toBe('c3');
    expect(cardAfterRemoving(e.theory, ['c1', 'c2', 'c3', 'c4'])).toBeNull();
  });
});

describe('cards to link to by keyboard', () => {
  it('puts the next stage that way first, its own stage after, backwards last and marked; leaves out linked ones', () => {
    const e = lanes();
    e.run('addCard', { stage: 'intermediate', title: 'mid' });
    e.run('connect', { from: 'c1', to: 'c4' });
    expect(linkCandidates(e.theory, 'c1', 'to')).toEqual([
      { id: 'c3', backwards: false },
      { id: 'c5', backwards: false },
      { id: 'c2', backwards: false },
    ]);
    expect(linkCandidates(e.theory, 'c5', 'to').map((c) => [c.id, c.backwards])).toEqual([
      ['c4', false],
      ['c3', true],
      ['c1', true],
      ['c2', true],
    ]);
    // From the other side: the previous stage first.
    expect(linkCandidates(e.theory, 'c5', 'from').map((c) => [c.id, c.backwards])).toEqual([
      ['c3', false],
      ['c1', false],
      ['c2', false],
      ['c4', true],
    ]);
    expect(linkCandidates(e.theory, 'nope', 'to')).toEqual([]);
  });
});

describe('the checks panel summary and targets', () => {
  it('an empty theory is empty, not complete', () => {
    const e = new Editor(emptyDocument('en'));
    expect(checksSummary(e.theory, runChecks(e.theory))).toBe('empty');
    for (const stage of STAGES) e.run('addCard', { stage, title: stage, aio: ['netwerk'] });
    const results = runChecks(e.theory);
    expect(checksSummary(e.theory, results)).toBe('findings');
    expect(checksSummary(e.theory, [])).toBe('clean');
  });

  it('a finding shows its stage lane, or its cards, or a link by its two ends', () => {
    const e = lanes();
    e.run('connect', { from: 'c1', to: 'c3' });
    const results = runChecks(e.theory);
    const empty = results.find((r) => r.code === 'stage-empty')!;
    expect(checkTarget(e.theory, empty)).toEqual({ stage: empty.ids[0], cards: [], links: [], show: [] });
    const rationale = results.find((r) => r.code === 'link-no-rationale')!;
    expect(checkTarget(e.theory, rationale)).toEqual({ stage: null, cards: [], links: ['l1'], show: ['c1', 'c3'] });
    const unlinked = results.find((r) => r.code === 'card-unlinked')!;
    expect(checkTarget(e.theory, unlinked).cards).toEqual(unlinked.ids);
    e.run('deleteCards', { ids: [unlinked.ids[0]!] });
    expect(checkTarget(e.theory, unlinked).cards).toEqual(unlinked.ids.slice(1));
  });
});
