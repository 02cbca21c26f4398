// @vitest-environment happy-dom
import './setup';
import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useStoreApi, type NodeProps } from '@xyflow/react';
import type { CardFlowNode } from '../../renderer/canvas/derive';
import { generateTheory } from '../bench/generate';
import { renderCanvas, useCanvasSize } from './canvasSize';

// Every render of a card component, by card id: the card view runs inside a counting
// component, so re-renders caused by its props and by its own store subscriptions both count.
const renders: string[] = [];
vi.mock('../../renderer/canvas/CardNode', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../renderer/canvas/CardNode')>();
  const { memo } = await import('react');
  return {
    ...actual,
    // With the card's own rule for when it draws again.
    CardNode: memo(function CountedCard(props: NodeProps<CardFlowNode>) {
      renders.push(props.id);
      return actual.CardNodeView(props);
    }, actual.sameCardProps),
  };
});

// Every link label built, so a test can tell work done per frame of a drag from work done per change.
const labels = vi.hoisted(() => ({ built: 0 }));
vi.mock('../../renderer/canvas/derive', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../renderer/canvas/derive')>();
  return {
    ...actual,
    linkAriaLabel: (...args: Parameters<typeof actual.linkAriaLabel>) => {
      labels.built++;
      return actual.linkAriaLabel(...args);
    },
  };
});

useCanvasSize();

/** React Flow's store, taken from inside its provider, to hand the canvas the changes a drag makes. */
let flowStore: ReturnType<typeof useStoreApi> | null = null;
function FlowStore() {
  flowStore = useStoreApi();
  return null;
}

const shown = () => [...document.querySelectorAll('.react-flow__node-card')].map((n) => n.getAttribute('data-id'));

describe('canvas renders (1,000 cards)', () => {
  it('a rename, its undo, a selection and editing a title re-render only the cards they change', async () => {
    const { editor, ui } = await renderCanvas({ doc: generateTheory(1000) });
    const visible = shown();
    expect(visible.length).toBeGreaterThan(10);
    expect(visible.length).toBeLessThan(100);
    const target = visible[3]!;

    renders.length = 0;
    await act(async () => void editor.run('updateCard', { id: target, changes: { title: 'Hernoemd' } }));
    expect(renders).toEqual([target]);
    expect(document.querySelector(`[data-card-id="${target}"] .card-title`)?.textContent).toBe('Hernoemd');

    renders.length = 0;
    await act(async () => void editor.undo());
    expect(renders).toEqual([target]);

    renders.length = 0;
    await act(async () => ui.set({ selection: { cards: [visible[1]!], links: [] } }));
    expect(renders).toEqual([visible[1]]);

    // A card that is not in view is not rendered at all when it changes.
    const hidden = Object.keys(editor.theory.cards).find((id) => !visible.includes(id))!;
    renders.length = 0;
    await act(async () => void editor.run('updateCard', { id: hidden, changes: { title: 'Elders' } }));
    expect(renders).toEqual([]);

    // Starting to edit a title re-renders that card only (its editing state), not the others.
    renders.length = 0;
    await act(async () => ui.set({ editingCardId: visible[2]! }));
    expect(renders).toEqual([visible[2]]);
  });

  it('a rename that keeps the card\'s size redraws that card and hands React Flow no new nodes', async () => {
    const { editor } = await renderCanvas({ doc: generateTheory(1000) }, <FlowStore />);
    const target = shown()[2]!;
    const was = editor.theory.cards[target]!.title;
    const title = `${was.slice(0, -1)}x`;
    const nodes = flowStore!.getState().nodes;
    renders.length = 0;
    await act(async () => void editor.run('updateCard', { id: target, changes: { title } }));
    expect(renders).toEqual([target]);
    expect(document.querySelector(`[data-card-id="${target}"] .card-title`)?.textContent).toBe(title);
    expect(flowStore!.getState().nodes).toBe(nodes);
    renders.length = 0;
    await act(async () => void editor.undo());
    expect(renders).toEqual([target]);
    expect(document.querySelector(`[data-card-id="${target}"] .card-title`)?.textContent).toBe(was);
    expect(flowStore!.getState().nodes).toBe(nodes);
  });

  it('React Flow\'s selection listener is not mounted: a pan frame does not go through every node and edge for the selected ones', async () => {
    await renderCanvas({ doc: generateTheory(1000) }, <FlowStore />);
    // What React Flow's SelectionListener does on every store change: for (const [, node] of s.nodeLookup).
    let walked = 0;
    const { nodeLookup, edgeLookup } = flowStore!.getState();
    for (const lookup of [nodeLookup, edgeLookup] as Map<string, unknown>[]) {
      Object.defineProperty(lookup, Symbol.iterator, {
        configurable: true,
        value() {
          walked++;
          return Map.prototype.entries.call(this);
        },
      });
    }
    try {
      for (let frame = 1; frame <= 3; frame++) await act(async () => flowStore!.setState({ transform: [0, -frame * 10, 1] }));
    } finally {
      for (const lookup of [nodeLookup, edgeLookup]) delete (lookup as unknown as Record<symbol, unknown>)[Symbol.iterator];
    }
    expect(walked).toBe(0);
    expect(flowStore!.getState().onSelectionChangeHandlers).toBeUndefined();
  });

  it('the frames of a drag move the cards being dragged without drawing any card again', async () => {
    const { editor, container } = await renderCanvas({ doc: generateTheory(1000) }, <FlowStore />);
    const dragged = [...container.querySelectorAll('.react-flow__node-card')].slice(0, 3).map((n) => n.getAttribute('data-id')!);
    const transform = (id: string) => (container.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement).style.transform;
    const before = dragged.map(transform);
    renders.length = 0;
    labels.built = 0;
    // What React Flow's drag reports on each frame: the dragged nodes' new positions.
    for (let frame = 1; frame <= 5; frame++) {
      await act(async () =>
        flowStore!.getState().triggerNodeChanges(
          dragged.map((id) => ({ id, type: 'position' as const, dragging: true, position: { x: editor.theory.cards[id]!.position.x, y: editor.theory.cards[id]!.position.y + frame * 16 } })),
        ),
      );
    }
    expect(dragged.map(transform).every((t, i) => t !== before[i])).toBe(true);
    expect(renders).toEqual([]);
    // The links at the dragged cards are drawn again on each frame, their names are not built again.
    expect(labels.built).toBe(0);
  });

  it('the frames of a pan re-render no card and look nothing up in the DOM for the links\' labels', async () => {
    const { container } = await renderCanvas({ doc: generateTheory(1000) }, <FlowStore />);
    // Near enough for the rationale markers (lod.ts); one jump switches the level of detail at once.
    await act(async () => flowStore!.setState({ transform: [0, 0, 1] }));
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const markers = container.querySelectorAll('.react-flow__edgelabel-renderer .link-label').length;
    expect(markers).toBeGreaterThan(0);
    const before = new Set(shown());
    const lookups = vi.spyOn(Element.prototype, 'querySelector');
    renders.length = 0;
    try {
      for (let frame = 1; frame <= 5; frame++) await act(async () => flowStore!.setState({ transform: [0, -frame * 10, 1] }));
      const labelLayerLookups = lookups.mock.calls.filter(([selector]) => String(selector).includes('edgelabel-renderer'));
      expect(labelLayerLookups).toEqual([]);
    } finally {
      lookups.mockRestore();
    }
    // Only cards coming into view are drawn (once each); those that were in view are not drawn again.
    expect(renders.length).toBeGreaterThan(0);
    expect(renders.filter((id) => before.has(id))).toEqual([]);
    expect(new Set(renders).size).toBe(renders.length);
    expect(container.querySelectorAll('.react-flow__edgelabel-renderer .link-label').length).toBeGreaterThanOrEqual(markers);
  });
});
