import { useEffect, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import { wheelZoomDelta, zoomedAbout } from './wheelZoom';

/**
 * On a Mac, Command+wheel zooms the canvas about the pointer, as it did when it was React
 * Flow's zoom activation key. That key is off (Canvas.tsx): React Flow keeps it pressed as
 * React state and on every press and release binds its wheel listener anew, and Chromium then
 * paints the whole canvas again to record where wheel events are handled. So each Ctrl (or
 * Command) of a Ctrl+Z cost a frame of its own, 4–5 ms with 3,000 cards, before the Z was
 * handled. Ctrl+wheel and a pinch still zoom through React Flow (the wheel event says ctrlKey).
 */
export function useCommandWheelZoom(canvas: RefObject<HTMLElement | null>, mac: boolean): void {
  const store = useStoreApi();
  useEffect(() => {
    const element = canvas.current;
    if (!mac || !element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.metaKey || event.ctrlKey) return;
      // Where React Flow's own wheel listener hears it (its renderer: pane, cards, links, notes),
      // except what keeps its wheel (a title being edited, the minimap).
      if (!(event.target instanceof Element) || event.target.closest('.nowheel') || !event.target.closest('.react-flow__renderer')) return;
      const { domNode, transform, minZoom, maxZoom, panZoom } = store.getState();
      if (!domNode || !panZoom) return;
      event.preventDefault();
      event.stopPropagation();
      const box = domNode.getBoundingClientRect();
      const [x, y, zoom] = transform;
      const next = zoomedAbout({ x, y, zoom }, { x: event.clientX - box.left, y: event.clientY - box.top }, wheelZoomDelta(event), { min: minZoom, max: maxZoom });
      void panZoom.setViewport(next);
    };
    // Capture: ahead of React Flow's own listener on its pane, which would pan.
    element.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => element.removeEventListener('wheel', onWheel, { capture: true });
  }, [canvas, mac, store]);
}
