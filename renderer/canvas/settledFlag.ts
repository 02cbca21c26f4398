import { movementWatch } from './movementWatch';

/**
 * A flag that follows a fast-changing source only once the source has stopped moving. The
 * level of detail (lod.ts) is read through it: crossing FAR_ZOOM in the middle of a wheel or
 * pinch zoom would redraw every visible card at once, in one long frame, and may cross back a
 * moment later; the switch waits until the zoom has stopped (as tldraw's debounced zoom level
 * does). A source that returns to the committed value cancels the switch. A change while the
 * source was still (a fit, a jump to a card, the first fit on open) is one step, not a
 * gesture: it is followed at once.
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
  clock?: () => number,
): SettledFlag {
  let committed = initial;
  let pending = initial;
  const switchTo = (value: boolean) => {
    committed = value;
    commit(value);
  };
  const watch = movementWatch(delayMs, { stop: () => pending !== committed && switchTo(pending) }, clock);
  return {
    update(value) {
      const still = !watch.moving;
      watch.touch();
      pending = value;
      if (still && value !== committed) switchTo(value);
    },
    dispose: () => watch.dispose(),
  };
}
