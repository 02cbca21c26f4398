import { afterEach } from 'vitest';

// React Flow measures with ResizeObserver and DOMMatrix, which happy-dom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as Record<string, unknown>;
g.ResizeObserver ??= ResizeObserverStub;
g.DOMMatrixReadOnly ??= class {
  m22 = 1;
  constructor(transform?: string) {
    const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
    this.m22 = scale ? Number(scale[1]) : 1;
  }
};

// Animation frames as a browser has them. happy-dom runs each requestAnimationFrame callback as
// its own setImmediate, so a dozen "frames" pass before a setTimeout(0) is due, and code that
// waits a few frames for a render scheduled after the paint (focusWhenRendered, useAfterPaint)
// gave up before it came: the inspector's F6 test failed about one run in two, and once in CI.
// Here the callbacks asked for before a frame run together, once per 16 ms, like a page's.
const FRAME_MS = 16;
let frame = new Map<number, FrameRequestCallback>();
let frameTimer: ReturnType<typeof setTimeout> | null = null;
let lastId = 0;
function runFrame(): void {
  frameTimer = null;
  const due = frame;
  frame = new Map();
  const now = performance.now();
  for (const callback of due.values()) {
    try {
      callback(now);
    } catch (error) {
      // As a browser does: reported, and the frame's other callbacks still run.
      setTimeout(() => {
        throw error;
      }, 0);
    }
  }
}
globalThis.requestAnimationFrame = (callback: FrameRequestCallback): number => {
  const id = ++lastId;
  frame.set(id, callback);
  frameTimer ??= setTimeout(runFrame, FRAME_MS);
  return id;
};
globalThis.cancelAnimationFrame = (id: number): void => {
  frame.delete(id);
};
// A frame a test leaves waiting (focusWhenRendered tries for a dozen frames) must not run in
// the next test, where it would find that test's cards and focus one of them.
afterEach(() => {
  frame.clear();
  if (frameTimer !== null) clearTimeout(frameTimer);
  frameTimer = null;
});
