// @vitest-environment happy-dom
import './setup';
import { act, render } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RationaleBubble } from '../../renderer/canvas/RationaleBubble';

// Every placement of a rationale (shared/linkRoute.ts bubbleSpot), counted.
const placed: { x: number; y: number }[] = [];
vi.mock('../../shared/linkRoute', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/linkRoute')>();
  return {
    ...actual,
    bubbleSpot: (marker: { x: number; y: number }, ...rest: Parameters<typeof actual.bubbleSpot> extends [unknown, ...infer R] ? R : never) => {
      placed.push(marker);
      return actual.bubbleSpot(marker, ...rest);
    },
  };
});

// happy-dom lays nothing out: a rationale measures 200 × 40, and each measuring is counted.
let measured = 0;
const size = Object.getOwnPropertyDescriptors(HTMLElement.prototype);
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get(this: HTMLElement) {
      if (this.classList.contains('link-rationale')) measured++;
      return 200;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 40 });
});
afterAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', size.offsetWidth!);
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', size.offsetHeight!);
});

const bubble = (x: number, y: number, settled: boolean, text = 'Omdat het zo werkt') => (
  <ReactFlowProvider>
    <RationaleBubble text={text} x={x} y={y} settled={settled} onHover={() => undefined} />
  </ReactFlowProvider>
);
const transform = () => document.querySelector<HTMLElement>('.link-rationale')!.style.transform;

describe('a shown rationale during a drag', () => {
  it('is measured and placed when it opens and on the drop, not per drag frame; meanwhile it moves with its marker', () => {
    const { rerender } = render(bubble(300, 200, true));
    expect(placed).toEqual([{ x: 300, y: 200 }]);
    expect(measured).toBe(1);
    // Beside the marker, right of it, centred on it (no cards in this flow).
    expect(transform()).toBe('translate(315px, 180px) scale(1)');
    expect(document.querySelector<HTMLElement>('.link-rationale')!.style.visibility).toBe('visible');

    // Drag frames: a card at one end moves, so the marker does (the link is drawn as a plain curve).
    for (let i = 1; i <= 20; i++) rerender(bubble(300, 200 + 3 * i, false));
    expect(placed).toHaveLength(1);
    expect(measured).toBe(1);
    expect(transform()).toBe('translate(315px, 240px) scale(1)');

    // The drop: the link is routed where the document has it, and the rationale is placed again, once.
    rerender(bubble(300, 260, true));
    expect(placed).toEqual([{ x: 300, y: 200 }, { x: 300, y: 260 }]);
    expect(measured).toBe(1);

    // Another text is measured again.
    rerender(bubble(300, 260, true, 'Een langere toelichting'));
    expect(measured).toBe(2);
  });

  it('a zoom rescales it and places it again without laying it out again', () => {
    let store: ReturnType<typeof useStoreApi> | null = null;
    function Store() {
      store = useStoreApi();
      return null;
    }
    const { container } = render(
      <ReactFlowProvider>
        <Store />
        <RationaleBubble text="Omdat het zo werkt" x={300} y={200} settled onHover={() => undefined} />
      </ReactFlowProvider>,
    );
    const before = measured;
    const placedBefore = placed.length;
    act(() => store!.setState({ transform: [0, 0, 0.5] }));
    expect(measured).toBe(before);
    // Twice the flow size at half the zoom: its screen size stays, and it is placed for that size.
    expect(container.querySelector<HTMLElement>('.link-rationale')!.style.transform).toMatch(/scale\(2\)$/);
    expect(placed.length).toBe(placedBefore + 1);
  });
});
