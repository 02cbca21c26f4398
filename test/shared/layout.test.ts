import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STAGES, type StageKey } from '../../shared/model';
import {
  CARD_GAP_Y,
  CARD_HEIGHT,
  CARD_WIDTH,
  LANE_TOP,
  freeSpotBelow,
  freeSpotInLane,
  insideLane,
  laneCardX,
  laneLeft,
  placeCopies,
  rectsOverlap,
  stackColumns,
  type Rect,
} from '../../shared/layout';

const at = (stage: StageKey, y: number, height = CARD_HEIGHT): Rect => ({ x: laneCardX(stage), y, width: CARD_WIDTH, height });
const clear = (a: Rect, others: Rect[]) => others.every((o) => !rectsOverlap(a, o, CARD_GAP_Y - 1));

describe('freeSpotInLane', () => {
  it('an empty lane takes the card where it is wanted, but never above the lane top', () => {
    expect(freeSpotInLane([], 'action', 300)).toEqual({ x: laneCardX('action'), y: 300 });
    expect(freeSpotInLane([], 'action', 10)).toEqual({ x: laneCardX('action'), y: LANE_TOP });
  });

  it('a wanted spot on another card moves to the nearest gap, below on a tie', () => {
    const occupied = [at('input', 400)];
    // Wanted a little below the card's top: the gap below is nearer than the one above.
    expect(freeSpotInLane(occupied, 'input', 410).y).toBe(400 + CARD_HEIGHT + CARD_GAP_Y);
    // Wanted a little above it: the gap above is nearer.
    expect(freeSpotInLane(occupied, 'input', 380).y).toBe(400 - CARD_GAP_Y - CARD_HEIGHT);
    // Above would cross the lane top: below it is.
    expect(freeSpotInLane([at('input', 200)], 'input', 180).y).toBe(200 + CARD_HEIGHT + CARD_GAP_Y);
    // Exactly on the card: both ways are as far; below wins.
    expect(freeSpotInLane([at('input', 400)], 'input', 400).y).toBe(400 + CARD_HEIGHT + CARD_GAP_Y);
  });

  it('a gap too small for the card is skipped; cards of other lanes do not count', () => {
    const occupied = [at('outcome', 112), at('outcome', 112 + CARD_HEIGHT + 50), at('impact', 400)];
    const spot = freeSpotInLane(occupied, 'outcome', 200);
    expect(spot.y).toBe(112 + CARD_HEIGHT + 50 + CARD_HEIGHT + CARD_GAP_Y);
    expect(freeSpotInLane(occupied, 'impact', 112).y).toBe(112);
  });

  it('taller cards (grown to fit their title) are avoided by their real height', () => {
    const spot = freeSpotInLane([at('action', 112, 200)], 'action', 150);
    expect(spot.y).toBe(112 + 200 + CARD_GAP_Y);
  });

  it('a card above the lane top (an old file, a drag) does not pull the spot above it', () => {
    const occupied = [at('input', 0, 40), at('input', 128, 40)];
    const spot = freeSpotInLane(occupied, 'input', 0, 40);
    expect(spot.y).toBeGreaterThanOrEqual(LANE_TOP);
    expect(clear({ ...spot, width: CARD_WIDTH, height: 40 }, occupied)).toBe(true);
  });

  it('property: the spot keeps a gap from every card in the lane and lies inside the lane', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGES),
        fc.array(fc.record({ y: fc.integer({ min: 0, max: 2000 }), h: fc.integer({ min: 40, max: 300 }), dx: fc.integer({ min: -40, max: 40 }) }), { maxLength: 25 }),
        fc.integer({ min: -100, max: 2500 }),
        fc.integer({ min: 40, max: 300 }),
        (stage, others, y, height) => {
          const occupied = others.map((o) => ({ ...at(stage, o.y, o.h), x: laneCardX(stage) + o.dx }));
          const spot = freeSpotInLane(occupied, stage, y, height);
          const rect = { ...spot, width: CARD_WIDTH, height };
          expect(insideLane(rect, stage)).toBe(true);
          expect(spot.y).toBeGreaterThanOrEqual(LANE_TOP);
          expect(clear(rect, occupied)).toBe(true);
        },
      ),
    );
  });
});

describe('freeSpotBelow', () => {
  it('steps down past cards, never up', () => {
    const occupied = [at('input', 112), at('input', 232)];
    expect(freeSpotBelow(occupied, 'input', 112).y).toBe(352);
    expect(freeSpotBelow(occupied, 'input', 600).y).toBe(600);
  });
});

describe('placeCopies', () => {
  it('a duplicate goes next to its original, in its own lane; two copies do not land on each other', () => {
    const original = at('action', 112);
    const placed = placeCopies([original], [
      { key: 'a', stage: 'action', y: 112 },
      { key: 'b', stage: 'action', y: 112 },
    ]);
    const a = { ...placed.get('a')!, width: CARD_WIDTH, height: CARD_HEIGHT };
    const b = { ...placed.get('b')!, width: CARD_WIDTH, height: CARD_HEIGHT };
    expect(a.x).toBe(laneCardX('action'));
    expect(clear(a, [original, b])).toBe(true);
    expect(clear(b, [original, a])).toBe(true);
  });

  it('a pasted card from far away (another theory, another x) lands inside its own stage lane', () => {
    const placed = placeCopies([], [{ key: 'x', stage: 'impact', y: 5000 }]);
    const rect = { ...placed.get('x')!, width: CARD_WIDTH, height: CARD_HEIGHT };
    expect(insideLane(rect, 'impact')).toBe(true);
    expect(rect.x).toBe(laneLeft('impact') + (laneCardX('impact') - laneLeft('impact')));
  });
});

describe('stackColumns', () => {
  it('stacks each stage in the order given, centred on the tallest column', () => {
    const positions = stackColumns({ input: ['a', 'b', 'c'], action: ['d'] });
    expect(positions.get('a')).toEqual({ x: laneCardX('input'), y: LANE_TOP });
    expect(positions.get('b')!.y).toBe(LANE_TOP + CARD_HEIGHT + CARD_GAP_Y);
    expect(positions.get('c')!.y).toBe(LANE_TOP + 2 * (CARD_HEIGHT + CARD_GAP_Y));
    expect(positions.get('d')).toEqual({ x: laneCardX('action'), y: LANE_TOP + CARD_HEIGHT + CARD_GAP_Y });
    expect(stackColumns({ input: ['a', 'b'], action: ['d'] }, { centre: false }).get('d')!.y).toBe(LANE_TOP);
  });

  it('uses measured heights and steps over fixed cards', () => {
    const positions = stackColumns({ input: ['a', 'b'] }, { heights: { a: 200 }, fixed: [at('input', LANE_TOP + 200 + CARD_GAP_Y)] });
    expect(positions.get('b')!.y).toBe(LANE_TOP + 200 + CARD_GAP_Y + CARD_HEIGHT + CARD_GAP_Y);
  });
});
