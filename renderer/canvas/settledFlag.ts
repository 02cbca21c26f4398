/**
 * A flag that follows a fast-changing source only once the source has held a new value for a
 * while. The level of detail (lod.ts) is read through it: crossing FAR_ZOOM in the middle of
 * a wheel or pinch zoom would redraw every visible card at once, in one long frame, and may
 * cross back a moment later; the switch waits until the zoom has stopped (as tldraw's
 * debounced zoom level does). A source that returns to the committed value cancels the switch.
 * A change after the source has been still (a fit, a jump to a card, the first fit on open) is
 * one step, not a gesture: it is followed at once.
 */
export interface SettledFlag {
  /** The source's latest value; call on every change of the source. */
  update(value: boolean): void;
  /** Stop the pending switch (on unmount). */
  dispose(): void;
}

export function settledFlag(
  initial: boolean,
  delayMs: number,
  commit: (value: boolean) => void,
  clock: () => number = () => performance.now(),
): SettledFlag {
  let committed = initial;
  let pending = initial;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastChange = -Infinity;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const switchTo = (value: boolean) => {
    committed = value;
    commit(value);
  };
  // One timer per wait, re-armed for what is left when it fires early (cheaper than
  // clearing and setting a timer on every frame of a zoom).
  const arm = (ms: number) => {
    timer = setTimeout(() => {
      timer = null;
      const left = lastChange + delayMs - clock();
      if (left > 0) arm(left);
      else if (pending !== committed) switchTo(pending);
    }, ms);
  };
  return {
    update(value) {
      const now = clock();
      const still = timer === null && now - lastChange >= delayMs;
      lastChange = now;
      pending = value;
      if (value === committed) return cancel();
      if (still) return switchTo(value);
      // Every further change pushes the wait on: the switch comes once the source is still.
      if (timer === null) arm(delayMs);
    },
    dispose: cancel,
  };
}
