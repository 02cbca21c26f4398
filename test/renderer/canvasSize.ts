import { afterAll, beforeAll } from 'vitest';

/** happy-dom lays nothing out: give every element a size so React Flow shows the cards in view. */
export function useCanvasSize(width = 1200, height = 800): void {
  const size = Object.getOwnPropertyDescriptors(HTMLElement.prototype);
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => width });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => height });
  });
  afterAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', size.offsetWidth!);
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', size.offsetHeight!);
  });
}
