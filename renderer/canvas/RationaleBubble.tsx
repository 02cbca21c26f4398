import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import { bubbleSpot, type RouteCard } from '../../shared/linkRoute';

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/**
 * Readable at any zoom: zoomed out (a whole chain on a projector) it keeps its screen size.
 * Placed near the marker where it covers no card (shared/linkRoute.ts bubbleSpot); hidden
 * for the one layout pass before that, so it never shows on top of a card. Put further out
 * than beside the marker, a leader line joins the two.
 *
 * Nothing of this runs per frame: its size is measured when it opens and when its text
 * changes (a zoom only rescales it), and its spot is worked out only while the link is drawn where the document
 * has it (`settled`). While a card at either end is dragged the rationale keeps its place
 * beside the marker as the marker moves, and finds a spot again on the drop (a box selection
 * of 50 cards opens the rationales of all their links, and measuring and placing each per
 * drag frame cost more than the drag).
 */
export function RationaleBubble({ text, x, y, settled, onHover }: { text: string; x: number; y: number; settled: boolean; onHover: (on: boolean) => void }) {
  const zoom = useStore(zoomOf);
  const store = useStoreApi();
  const ref = useRef<HTMLSpanElement>(null);
  /** Its size in CSS pixels, as laid out before its scale (a transform does not change it). */
  const [measured, setMeasured] = useState<{ width: number; height: number } | null>(null);
  /** The box's top left corner from the marker. */
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);
  const scale = zoom < 1 ? 1 / zoom : 1;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const next = { width: el.offsetWidth, height: el.offsetHeight };
    setMeasured((old) => (old && old.width === next.width && old.height === next.height ? old : next));
  }, [text]);
  // Its size on the canvas: a zoom rescales it without laying it out again.
  const size = useMemo(() => (measured ? { width: measured.width * scale, height: measured.height * scale } : null), [measured, scale]);
  useLayoutEffect(() => {
    if (!size || (!settled && offset)) return;
    const cards: RouteCard[] = [];
    for (const node of store.getState().nodeLookup.values()) {
      if (node.type !== 'card') continue;
      const p = node.internals.positionAbsolute;
      cards.push({ x: p.x, y: p.y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 });
    }
    const spot = bubbleSpot({ x, y }, size, cards);
    setOffset({ dx: spot.x - x, dy: spot.y - y });
    // (`offset` is what this sets: not a reason to place again.)
  }, [size, settled, x, y, store]);
  const box = size && offset ? { x: x + offset.dx, y: y + offset.dy, ...size } : null;
  // The leader: from the marker to the nearest point of the box, when that is beyond the marker's ring.
  const nx = box ? Math.min(box.x + box.width, Math.max(box.x, x)) : x;
  const ny = box ? Math.min(box.y + box.height, Math.max(box.y, y)) : y;
  const reach = Math.hypot(nx - x, ny - y);
  return (
    <>
      {box && reach > 24 ? (
        <span className="link-leader" aria-hidden="true" style={{ width: reach, transform: `translate(${x}px, ${y}px) rotate(${Math.atan2(ny - y, nx - x)}rad)` }} />
      ) : null}
      <span
        ref={ref}
        className="link-rationale nodrag nopan"
        aria-hidden="true"
        style={{ transform: `translate(${box?.x ?? x}px, ${box?.y ?? y}px) scale(${scale})`, visibility: box ? 'visible' : 'hidden' }}
        onMouseEnter={() => onHover(true)}
        onMouseLeave={() => onHover(false)}
      >
        {text}
      </span>
    </>
  );
}

