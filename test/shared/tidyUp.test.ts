import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { Editor } from '../../shared/editor';
import { CURRENT_VERSION, FORMAT_NAME, emptyDocument, type Id, type Position, type Theory } from '../../shared/model';
import { CARD_HEIGHT, cardRect, insideLane, laneCardX, rectsOverlap, type Heights } from '../../shared/layout';
import { crossings, tidyUp, type Move } from '../../shared/tidyUp';
import { templateByName } from '../../shared/templates';
import { generateTheory } from '../bench/generate';

const elk = new ELK();

function apply(theory: Theory, moves: Move[]): Theory {
  const e = new Editor({ format: FORMAT_NAME, version: CURRENT_VERSION, theory, versions: [] });
  if (moves.length > 0) e.run('moveCards', { moves });
  return e.theory;
}

function problems(theory: Theory, heights?: Heights): string[] {
  const found: string[] = [];
  const cards = Object.values(theory.cards);
  for (const c of cards) if (!insideLane(cardRect(c, heights), c.stage)) found.push(`${c.id} outside its lane`);
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      if (rectsOverlap(cardRect(cards[i]!, heights), cardRect(cards[j]!, heights))) found.push(`${cards[i]!.id} overlaps ${cards[j]!.id}`);
    }
  }
  return found;
}

/** The same theory with the cards of each lane shuffled and thrown about (deterministic). */
function scrambled(theory: Theory): Theory {
  const copy = structuredClone(theory);
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const c of Object.values(copy.cards)) c.position = { x: laneCardX(c.stage) + Math.round(random() * 40 - 20), y: 112 + Math.round(random() * 1500) };
  return copy;
}

const order = (theory: Theory, stage: string) =>
  Object.values(theory.cards)
    .filter((c) => c.stage === stage)
    .sort((a, b) => a.position.y - b.position.y)
    .map((c) => c.id);

describe('tidy up', () => {
  it('lays a scrambled theory out in its lanes: no overlap, every card inside its own lane and stage, fewer crossings', async () => {
    const messy = scrambled(templateByName('kdg-aio')!.create('nl').theory);
    const before = crossings(messy);
    const tidy = apply(messy, await tidyUp(elk, { theory: messy }));
    expect(problems(tidy)).toEqual([]);
    for (const c of Object.values(tidy.cards)) {
      expect(c.stage).toBe(messy.cards[c.id]!.stage);
      expect(c.position.x).toBe(laneCardX(c.stage));
    }
    expect(crossings(tidy)).toBeLessThan(before);
    // As few as the template's own order, which is the tidy one.
    expect(crossings(tidy)).toBeLessThanOrEqual(crossings(templateByName('kdg-aio')!.create('nl').theory));
  });

  it('is idempotent: a tidy theory stays as it is (both research templates start tidy)', async () => {
    for (const name of ['kdg-aio', 'ijmond-groepen']) {
      const theory = templateByName(name)!.create('nl').theory;
      expect(await tidyUp(elk, { theory }), name).toEqual([]);
    }
    const messy = scrambled(templateByName('ijmond-groepen')!.create('en').theory);
    const once = apply(messy, await tidyUp(elk, { theory: messy }));
    expect(await tidyUp(elk, { theory: once })).toEqual([]);
  });

  it('a selection is tidied in place: only its cards move, clear of the others, inside their lanes', async () => {
    const theory = scrambled(templateByName('ijmond-groepen')!.create('nl').theory);
    // Make room first so the unselected cards do not overlap each other to begin with.
    const base = apply(theory, await tidyUp(elk, { theory }));
    const moved = apply(base, [
      { id: 'c10', position: { x: laneCardX('intermediate') + 10, y: 900 } },
      { id: 'c11', position: { x: laneCardX('intermediate'), y: 905 } },
      { id: 'c14', position: { x: laneCardX('outcome') - 12, y: 930 } },
    ]);
    const ids = ['c10', 'c11', 'c14'];
    const moves = await tidyUp(elk, { theory: moved, ids });
    expect(moves.map((m) => m.id).every((id) => ids.includes(id))).toBe(true);
    const after = apply(moved, moves);
    expect(problems(after)).toEqual([]);
    for (const id of Object.keys(after.cards)) if (!ids.includes(id)) expect(after.cards[id]!.position).toEqual(moved.cards[id]!.position);
    // It stays about where it was (starts at its highest card), not at the top of the lane.
    expect(Math.min(...ids.map((id) => after.cards[id]!.position.y))).toBeGreaterThanOrEqual(900);
  });

  it('uses the heights the canvas measured: tall cards do not overlap', async () => {
    const theory = templateByName('kdg-aio')!.create('nl').theory;
    const heights = new Map(Object.keys(theory.cards).map((id, n) => [id, CARD_HEIGHT + (n % 3) * 40]));
    const tidy = apply(theory, await tidyUp(elk, { theory, heights }));
    expect(problems(tidy, heights)).toEqual([]);
  });

  it('copes with backward links, cycles, links within a stage and unlinked cards; a chain within a stage reads downwards', async () => {
    const e = new Editor(emptyDocument('nl'));
    for (const stage of ['input', 'action', 'outcome', 'outcome', 'outcome', 'impact', 'action'] as const) e.run('addCard', { stage });
    e.run('moveCards', { moves: [{ id: 'c5', position: { x: laneCardX('outcome'), y: 112 } }, { id: 'c3', position: { x: laneCardX('outcome'), y: 600 } }] });
    e.run('connect', { from: 'c1', to: 'c2' });
    e.run('connect', { from: 'c2', to: 'c3' });
    e.run('connect', { from: 'c3', to: 'c4' });
    e.run('connect', { from: 'c4', to: 'c5' });
    e.run('connect', { from: 'c5', to: 'c6' });
    e.run('connect', { from: 'c6', to: 'c2' }); // backwards, and a cycle
    const tidy = apply(e.theory, await tidyUp(elk, { theory: e.theory }));
    expect(problems(tidy)).toEqual([]);
    expect(order(tidy, 'outcome')).toEqual(['c3', 'c4', 'c5']);
  });

  it('an empty theory or an empty selection asks for nothing', async () => {
    expect(await tidyUp(elk, { theory: emptyDocument('nl').theory })).toEqual([]);
    const theory = templateByName('examples')!.create('nl').theory;
    expect(await tidyUp(elk, { theory, ids: [] })).toEqual([]);
    expect(await tidyUp(elk, { theory, ids: ['nope'] })).toEqual([]);
  });

  it('a large theory (300 cards) comes out without overlaps', async () => {
    const { theory } = generateTheory(300, 3);
    const tidy = apply(theory, await tidyUp(elk, { theory: scrambled(theory) }));
    expect(problems(tidy)).toEqual([]);
  }, 60_000);
});

describe('crossings', () => {
  it('counts pairs of straight links that cross, not those sharing a card', () => {
    const e = new Editor(emptyDocument('nl'));
    for (const stage of ['input', 'input', 'action', 'action'] as const) e.run('addCard', { stage });
    e.run('connect', { from: 'c1', to: 'c4' });
    e.run('connect', { from: 'c2', to: 'c3' });
    expect(crossings(e.theory)).toBe(1);
    const swapped = new Map<Id, Position>([
      ['c3', e.theory.cards.c4!.position],
      ['c4', e.theory.cards.c3!.position],
    ]);
    expect(crossings(e.theory, swapped)).toBe(0);
    e.run('connect', { from: 'c1', to: 'c3' });
    expect(crossings(e.theory)).toBe(1);
  });
});
