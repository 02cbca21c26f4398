import { describe, expect, it } from 'vitest';
import { wheelZoomDelta, zoomedAbout } from '../../renderer/canvas/wheelZoom';

const limits = { min: 0.1, max: 2.5 };

describe('a Command+wheel zoom step (useCommandWheelZoom)', () => {
  it('zooms in for a wheel up and out for a wheel down, by pixels, lines or pages', () => {
    expect(wheelZoomDelta({ deltaY: -120, deltaMode: 0 })).toBeCloseTo(0.24);
    expect(wheelZoomDelta({ deltaY: 3, deltaMode: 1 })).toBeCloseTo(-0.15);
    expect(wheelZoomDelta({ deltaY: 1, deltaMode: 2 })).toBe(-1);
  });

  it('keeps the point under the pointer where it is on the screen', () => {
    const view = { x: -340, y: 25, zoom: 0.6 };
    const point = { x: 420, y: 310 };
    const next = zoomedAbout(view, point, 0.5, limits);
    expect(next.zoom).toBeCloseTo(0.6 * Math.SQRT2);
    const before = { x: (point.x - view.x) / view.zoom, y: (point.y - view.y) / view.zoom };
    const after = { x: (point.x - next.x) / next.zoom, y: (point.y - next.y) / next.zoom };
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('stops at the zoom limits, and a step past a limit moves nothing', () => {
    expect(zoomedAbout({ x: 0, y: 0, zoom: 2 }, { x: 10, y: 10 }, 1, limits).zoom).toBe(2.5);
    expect(zoomedAbout({ x: 5, y: 7, zoom: 0.1 }, { x: 100, y: 100 }, -1, limits)).toEqual({ x: 5, y: 7, zoom: 0.1 });
  });
});
