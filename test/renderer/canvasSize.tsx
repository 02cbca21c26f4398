import { act } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll } from 'vitest';
import { Canvas } from '../../renderer/canvas/Canvas';
import { renderWithServices } from './render';

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

/** The canvas in a 1200 × 800 box (with `beside` next to it), once React Flow has drawn what is in view. */
export async function renderCanvas(options: Parameters<typeof renderWithServices>[1], beside?: ReactNode) {
  const rendered = renderWithServices(
    <div style={{ width: 1200, height: 800 }}>
      <Canvas />
      {beside}
    </div>,
    options,
  );
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  return rendered;
}
