/**
 * Whether a fast-changing source (the canvas viewport) is moving: it starts moving at its
 * first change and stops once it has not changed for `delayMs`. One timer per movement,
 * re-armed for what is left when it fires early, so a zoom or pan does not clear and set a
 * timer on every frame.
 */
export interface MovementWatch {
  readonly moving: boolean;
  /** The source changed. */
  touch(): void;
  /** The movement is over now (another kind of movement took its place): stop is told at once. */
  end(): void;
  /** Stop watching (on unmount); no stop is told. */
  dispose(): void;
}

export function movementWatch(
  delayMs: number,
  on: { start?: () => void; stop?: () => void },
  clock: () => number = () => performance.now(),
): MovementWatch {
  let moving = false;
  let lastChange = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = (ms: number) => {
    timer = setTimeout(() => {
      timer = null;
      const left = lastChange + delayMs - clock();
      if (left > 0) return arm(left);
      moving = false;
      on.stop?.();
    }, ms);
  };
  return {
    get moving() {
      return moving;
    },
    touch() {
      lastChange = clock();
      if (moving) return;
      moving = true;
      on.start?.();
      arm(delayMs);
    },
    end() {
      if (!moving) return;
      this.dispose();
      moving = false;
      on.stop?.();
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
