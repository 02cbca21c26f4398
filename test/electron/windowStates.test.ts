import { describe, expect, it } from 'vitest';
import { MAX_WINDOWS, WindowStates } from '../../electron/main/windowStates';

describe('one record per window', () => {
  it('a clean window closes without asking; a dirty one asks once, and only its own answer counts', () => {
    const windows = new WindowStates();
    const state = windows.add(1, 101);
    expect(windows.isUntouched(1)).toBe(true);
    expect(windows.beforeClose(1, false)).toBeNull();
    state.dirty = true;
    expect(windows.isUntouched(1)).toBe(false);
    const request = windows.beforeClose(1, false)!;
    expect(request).toBeGreaterThan(0);
    // An old or made-up request id, or another window's, changes nothing.
    expect(windows.answer(1, request + 1, true)).toBeNull();
    expect(windows.answer(2, request, true)).toBeNull();
    expect(windows.answer(1, request, false)).toEqual({ close: false, quit: false });
    // Answered: the same id cannot be used twice.
    expect(windows.answer(1, request, true)).toBeNull();
    const again = windows.beforeClose(1, true)!;
    expect(again).not.toBe(request);
    expect(windows.answer(1, again, true)).toEqual({ close: true, quit: true });
    // Approved: the close that follows goes through.
    expect(windows.beforeClose(1, false)).toBeNull();
    expect(windows.remove(1)).toMatchObject({ contentsId: 101 });
    expect(windows.of(1)).toBeUndefined();
  });

  it('a window showing a file is not untouched, and the cap is reached at MAX_WINDOWS (S4)', () => {
    const windows = new WindowStates();
    windows.add(1, 101).file = '/docs/a.werkzaam';
    expect(windows.isUntouched(1)).toBe(false);
    for (let id = 2; id <= MAX_WINDOWS; id++) windows.add(id, 100 + id);
    expect(windows.size).toBe(MAX_WINDOWS);
    expect(windows.full).toBe(true);
    windows.remove(5);
    expect(windows.full).toBe(false);
  });
});
