import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Tracks, freeBands, routeAcross, type Box } from '../../shared/report/route';

describe('arrows across a stage column', () => {
  it('free bands are the gaps between cards, with clearance, within the limits', () => {
    const cards: Box[] = [
      { x: 0, y: 30, w: 50, h: 20 },
      { x: 0, y: 54, w: 50, h: 20 },
      { x: 60, y: 40, w: 50, h: 10 },
    ];
    expect(freeBands(cards, 20, 200, 1)).toEqual([
      [20, 29],
      [51, 53],
      [75, 200],
    ]);
    expect(freeBands([], 20, 200, 1)).toEqual([[20, 200]]);
  });

  it('runs along a height free of every card it crosses, in the gutters beside its ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ y: fc.integer({ min: 30, max: 170 }), h: fc.integer({ min: 8, max: 40 }) }), { maxLength: 8 }),
        fc.integer({ min: 30, max: 180 }),
        fc.integer({ min: 30, max: 180 }),
        (raw, sy, ey) => {
          // Stack the cards of the crossed column as the layout does: in order, 4 mm apart, above the bottom.
          let y = 32;
          const cards: Box[] = [];
          for (const c of raw) {
            if (y + c.h > 190) break;
            cards.push({ x: 100, y, w: 50, h: c.h });
            y += c.h + 4;
          }
          const points = routeAcross([90, sy], [160, ey], [95, 155], cards, { top: 31.5, bottom: 193.8 }, new Tracks());
          expect(points[0]).toEqual([90, sy]);
          expect(points.at(-1)).toEqual([160, ey]);
          // The only segment inside the crossed column is horizontal, and clear of its cards.
          const across = points[2]![1];
          expect(points[3]![1]).toBe(across);
          for (const card of cards) expect(across < card.y - 0.5 || across > card.y + card.h + 0.5, `y ${across} vs card ${card.y}–${card.y + card.h}`).toBe(true);
          expect(points[1]![0]).toBe(95);
          expect(points[4]![0]).toBe(155);
        },
      ),
    );
  });

  it('arrows along the same gap get heights of their own', () => {
    const tracks = new Tracks(1.3);
    const band: [number, number] = [100, 110];
    const heights = [0, 1, 2, 3].map(() => tracks.take(band, 105));
    expect(new Set(heights.map((h) => h.toFixed(2))).size).toBe(4);
    for (const h of heights) expect(h > 100 && h < 110).toBe(true);
  });
});
