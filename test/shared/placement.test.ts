import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_GAP_Y,
  CARD_HEIGHT,
  CARD_WIDTH,
  LANE_TOP,
  freeSpotInLane,
  laneCardX,
  laneSlots,
  nextSlotInLane,
  placeCopies,
  type Rect,
} from '../../shared/layout';
import { STAGES, type Position, type StageKey } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { generateTheory } from '../bench/generate';

/**
 * Issue #10, D2 and D8: placing many cards (a file's cards without positions; paste and
 * duplicate) is no longer a scan of the lane per card. The new placement must land every
 * card where the one-by-one placement did; the reference below is that placement as it was
 * (a check of every candidate against every obstacle, per card).
 */
function referenceSpot(occupied: readonly Rect[], stage: StageKey, y: number, height = CARD_HEIGHT): Position {
  const x = laneCardX(stage);
  const obstacles = occupied
    .filter((r) => r.x < x + CARD_WIDTH && x < r.x + r.width)
    .map((r) => ({ top: r.y, bottom: r.y + r.height }))
    .sort((a, b) => a.top - b.top);
  const fits = (c: number) => obstacles.every((o) => c + height + CARD_GAP_Y <= o.top || c >= o.bottom + CARD_GAP_Y);
  const wanted = Math.max(LANE_TOP, Math.round(y));
  const candidates = [wanted];
  for (const o of obstacles) {
    const below = Math.ceil(o.bottom + CARD_GAP_Y);
    if (below >= LANE_TOP) candidates.push(below);
    const above = Math.floor(o.top - CARD_GAP_Y - height);
    if (above >= LANE_TOP) candidates.push(above);
  }
  let best: number | null = null;
  for (const c of candidates) {
    if (!fits(c)) continue;
    const d = Math.abs(c - wanted);
    if (best === null || d < Math.abs(best - wanted) || (d === Math.abs(best - wanted) && c > best)) best = c;
  }
  return { x, y: best! };
}

function referenceCopies(occupied: readonly Rect[], copies: readonly { key: string; stage: StageKey; y: number; height?: number }[]): Map<string, Position> {
  const placed = new Map<string, Position>();
  const taken = [...occupied];
  for (const copy of [...copies].sort((a, b) => a.y - b.y || a.key.localeCompare(b.key))) {
    const height = copy.height ?? CARD_HEIGHT;
    const position = referenceSpot(taken, copy.stage, copy.y, height);
    placed.set(copy.key, position);
    taken.push({ ...position, width: CARD_WIDTH, height });
  }
  return placed;
}

const stage = fc.constantFrom(...STAGES);
// Rectangles anywhere near the lanes, some above the lane top, some off the card column, odd heights and fractions.
const rect = fc.record({
  x: fc.oneof(stage.map((s) => laneCardX(s)), fc.double({ min: -200, max: 1700, noNaN: true })),
  y: fc.oneof(fc.integer({ min: -300, max: 3000 }), fc.double({ min: -300, max: 3000, noNaN: true })),
  width: fc.constant(CARD_WIDTH),
  height: fc.oneof(fc.constant(CARD_HEIGHT), fc.integer({ min: 20, max: 400 }), fc.double({ min: 1, max: 300, noNaN: true })),
});

describe('placement of many cards is the one-by-one placement (D2, D8)', () => {
  it('freeSpotInLane: the same spot as checking every candidate against every obstacle', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 40 }), stage, fc.double({ min: -500, max: 4000, noNaN: true }), fc.oneof(fc.constant(CARD_HEIGHT), fc.integer({ min: 10, max: 300 })), (occupied, s, y, h) => {
        expect(freeSpotInLane(occupied, s, y, h)).toEqual(referenceSpot(occupied, s, y, h));
      }),
      { numRuns: 400 },
    );
  });

  it('placeCopies: the same spots as placing the copies one by one', () => {
    const copy = fc.record({ stage, y: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.double({ min: -100, max: 3000, noNaN: true })), height: fc.option(fc.integer({ min: 30, max: 200 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 30 }), fc.array(copy, { maxLength: 30 }), (occupied, copies) => {
        const keyed = copies.map((c, i) => ({ ...c, key: String(i) }));
        expect(placeCopies(occupied, keyed)).toEqual(referenceCopies(occupied, keyed));
      }),
      { numRuns: 300 },
    );
  });

  it('placeCopies reads each card already on the canvas a bounded number of times, not once per copy', () => {
    let reads = 0;
    const counted = (r: Rect): Rect => ({
      get x() { reads++; return r.x; },
      get y() { reads++; return r.y; },
      width: r.width,
      get height() { reads++; return r.height; },
    });
    const occupied = Array.from({ length: 1000 }, (_, i) => counted({ x: laneCardX('action'), y: LANE_TOP + i * (CARD_HEIGHT + CARD_GAP_Y), width: CARD_WIDTH, height: CARD_HEIGHT }));
    const copies = Array.from({ length: 1000 }, (_, i) => ({ key: String(i), stage: 'action' as StageKey, y: LANE_TOP + i * 10 }));
    const placed = placeCopies(occupied, copies);
    expect(placed.size).toBe(1000);
    // Once per lane map built (one here), a few fields each: before D8 it was every card per copy (millions).
    expect(reads).toBeLessThan(10 * occupied.length);
  });

  it('laneSlots gives the bottom-of-lane spots nextSlotInLane gives one card at a time', () => {
    const doc = generateTheory(60);
    const cards = Object.values(doc.theory.cards).slice(0, 30);
    const slot = laneSlots(cards);
    const theory = { cards: Object.fromEntries(cards.map((c) => [c.id, c])) };
    for (const s of ['input', 'impact', 'input', 'outcome', 'outcome', 'action'] as StageKey[]) {
      const expected = nextSlotInLane(theory, s);
      expect(slot(s)).toEqual(expected);
      const id = `n${Object.keys(theory.cards).length}`;
      theory.cards[id] = { ...cards[0]!, id, stage: s, position: expected };
    }
  });

  it('a file with cards without positions: each lane filled from the bottom of its placed cards, in file order', () => {
    const file = JSON.parse(serializeDocument(generateTheory(200))) as { theory: { cards: Record<string, unknown>[] } };
    file.theory.cards.forEach((c, i) => {
      if (i % 3 !== 0) delete c.position;
    });
    const result = parseDocument(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const placed: Record<string, { id: string; stage: StageKey; position: Position }> = {};
    for (const c of file.theory.cards) if (c.position) placed[c.id as string] = c as never;
    const theory = { cards: { ...placed } } as never as Parameters<typeof nextSlotInLane>[0];
    for (const c of file.theory.cards) {
      if (c.position) continue;
      const expected = nextSlotInLane(theory, c.stage as StageKey);
      expect(result.document.theory.cards[c.id as string]!.position).toEqual(expected);
      theory.cards[c.id as string] = { ...(c as object), position: expected } as never;
    }
    expect(Object.keys(result.document.theory.cards)).toEqual(file.theory.cards.map((c) => c.id));
  });
});
