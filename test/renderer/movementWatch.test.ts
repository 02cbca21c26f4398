import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { movementWatch } from '../../renderer/canvas/movementWatch';

describe('movementWatch (is the viewport moving?)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function watched() {
    const told: string[] = [];
    const watch = movementWatch(160, { start: () => told.push('start'), stop: () => told.push('stop') }, Date.now);
    return { told, watch };
  }

  it('starts at the first change and stops once the source has been still for the delay', () => {
    const { told, watch } = watched();
    for (let i = 0; i < 20; i++) {
      watch.touch();
      vi.advanceTimersByTime(16);
    }
    expect(told).toEqual(['start']);
    expect(watch.moving).toBe(true);
    vi.advanceTimersByTime(140);
    expect(told).toEqual(['start']);
    vi.advanceTimersByTime(10);
    expect(told).toEqual(['start', 'stop']);
    expect(watch.moving).toBe(false);
    watch.touch();
    expect(told).toEqual(['start', 'stop', 'start']);
  });

  it('end stops at once; dispose stops without telling', () => {
    const { told, watch } = watched();
    watch.touch();
    watch.end();
    expect(told).toEqual(['start', 'stop']);
    vi.advanceTimersByTime(1000);
    expect(told).toEqual(['start', 'stop']);
    watch.touch();
    watch.dispose();
    vi.advanceTimersByTime(1000);
    expect(told).toEqual(['start', 'stop', 'start']);
  });
});
