import { describe, expect, it } from 'vitest';
import { framePositions } from '../../renderer/layout/animateMoves';

describe('tidy-up animation frames', () => {
  const theory = { cards: { a: { position: { x: 0, y: 100 } }, b: { position: { x: 30, y: 500 } } } } as never;
  const moves = [
    { id: 'a', position: { x: 0, y: 300 } },
    { id: 'b', position: { x: 30, y: 112 } },
    { id: 'gone', position: { x: 1, y: 1 } },
  ];
  it('start where the cards are, end where they go, and move monotonically between', () => {
    expect(framePositions(theory, moves, 0)).toEqual(new Map([['a', { x: 0, y: 100 }], ['b', { x: 30, y: 500 }]]));
    expect(framePositions(theory, moves, 1)).toEqual(new Map([['a', { x: 0, y: 300 }], ['b', { x: 30, y: 112 }]]));
    let last = 100;
    for (let t = 0.1; t <= 1; t += 0.1) {
      const y = framePositions(theory, moves, t).get('a')!.y;
      expect(y).toBeGreaterThanOrEqual(last);
      last = y;
    }
    expect(framePositions(theory, moves, 2).get('a')).toEqual({ x: 0, y: 300 });
  });
});
