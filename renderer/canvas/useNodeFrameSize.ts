import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Sizes React Flow's element around a card (its node's wrapper) from the card, before the
 * paint. That element has size containment (styles.css: a rename lays out the card alone),
 * so it needs a size of its own; React Flow would set one from the node's `width` and
 * `height`, but then a card that grows (a rename to another number of lines, its undo) waits
 * for a new node, and each new node has React Flow copy every node (adoptUserNodes). Sized
 * here, the card grows at once and React Flow's ResizeObserver measures it, as it does any
 * node that changes size. React Flow sets no width or height on it (derive.ts cardNode has
 * none), so its renders leave these two alone.
 */
export function useNodeFrameSize<T extends HTMLElement>(size: { width: number; height: number } | undefined): RefObject<T | null> {
  const ref = useRef<T>(null);
  const width = size?.width;
  const height = size?.height;
  useLayoutEffect(() => {
    const frame = ref.current?.parentElement;
    if (!frame || width === undefined || height === undefined) return;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  }, [width, height]);
  return ref;
}
