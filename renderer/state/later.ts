/**
 * Work that must not stand between an edit and its paint (issue #9): derived views that are
 * not on the canvas (chain checks, link-target lists, the minimap, the file-size estimate)
 * run once the edit's frame is out, coalesced: many changes before then cost one run.
 */

/** Run `fn` just after the next frame has been painted (a task queued from its animation frame). */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}

/** Most this long (ms) before idle work runs anyway, on a page that is never idle. */
const IDLE_TIMEOUT_MS = 1000;

/** Run `fn` when the page is idle (at the latest after a second), after the next paint. */
export function whenIdle(fn: () => void): () => void {
  let idle: number | null = null;
  const cancelPaint = afterPaint(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
    else idle = setTimeout(fn, 0) as unknown as number;
  });
  return () => {
    cancelPaint();
    if (idle === null) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}
