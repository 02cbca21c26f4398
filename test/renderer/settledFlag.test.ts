import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledFlag } from '../../renderer/canvas/settledFlag';

describe('settledFlag (the level of detail waits for a zoom to stop)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows a single step after stillness at once (a fit, the first fit on open)', () => {
    const commits: boolean[] = [];
    const flag = settledFlag(false, 160, (v) => commits.push(v), Date.now);
    flag.update(true);
    expect(commits).toEqual([true]);
  });

  it('during a gesture, switches only once the source has been still for the delay', () => {
    const commits: boolean[] = [];
    const flag = settledFlag(false, 160, (v) => commits.push(v), Date.now);
    flag.update(false);
    // A wheel step every frame; the threshold is crossed in the middle of the gesture.
    for (let i = 1; i <= 10; i++) {
      vi.advanceTimersByTime(16);
      flag.update(i > 5);
    }
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(commits).toEqual([true]);
  });

  it('a gesture that crosses and comes back switches nothing', () => {
    const commits: boolean[] = [];
    const flag = settledFlag(true, 160, (v) => commits.push(v), Date.now);
    flag.update(true);
    const path = [true, true, false, false, false, true, true];
    path.forEach((v, i) => {
      vi.advanceTimersByTime(16);
      flag.update(v);
    });
    vi.advanceTimersByTime(1000);
    expect(commits).toEqual([]);
  });

  it('dispose cancels a pending switch', () => {
    const commits: boolean[] = [];
    const flag = settledFlag(false, 160, (v) => commits.push(v), Date.now);
    flag.update(false);
    flag.update(true);
    flag.dispose();
    vi.advanceTimersByTime(1000);
    expect(commits).toEqual([]);
  });
});
