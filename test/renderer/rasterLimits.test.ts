import { describe, expect, it } from 'vitest';
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, fittingScale } from '../../renderer/export/rasterLimits';

describe('fittingScale (PNG export)', () => {
  it('keeps the wanted scale when the canvas fits', () => {
    expect(fittingScale(1636, 2634, 2)).toEqual({ scale: 2, width: 3272, height: 5268, reduced: false });
    // 1,000 cards: 3,272 × 48,468 at 2× is within both limits.
    expect(fittingScale(1636, 24234, 2).reduced).toBe(false);
  });

  it('draws a theory too tall for a canvas at the largest scale that fits, never past a side or the area', () => {
    // 3,000 cards: 1,636 × 72,234 px at 1×; at 2× it would be 144,468 px tall.
    const tall = fittingScale(1636, 72234, 2);
    expect(tall.reduced).toBe(true);
    expect(tall.height).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    expect(tall.height).toBeGreaterThan(CANVAS_MAX_SIDE - 2);
    expect(tall.width).toBe(Math.floor(1636 * tall.scale));
    // Wide and tall: the area binds.
    const big = fittingScale(30000, 30000, 2);
    expect(big.width * big.height).toBeLessThanOrEqual(CANVAS_MAX_AREA);
    expect(big.width * big.height).toBeGreaterThan(CANVAS_MAX_AREA * 0.99);
    // Other limits (a browser that draws less) are kept too.
    const small = fittingScale(5000, 5000, 2, { side: 4096, area: 4096 * 2048 });
    expect(small.width).toBeLessThanOrEqual(4096);
    expect(small.width * small.height).toBeLessThanOrEqual(4096 * 2048);
  });
});
