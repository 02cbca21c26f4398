import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Card, Id, StageKey, Theory } from '../../shared/model';

interface Arrow {
  id: Id;
  d: string;
  /** Into the stage on show (drawn strong) or between stages shown before (drawn faint). */
  current: boolean;
}

/**
 * The links among the cards on show, drawn over the presentation from the right edge of
 * one card to the left edge of the next, measured from where the cards ended up on screen.
 * Decoration for the room (the cards and their order carry the content): hidden from
 * assistive technology.
 */
export function PresentationArrows({
  container,
  theory,
  stages,
  layoutKey,
}: {
  container: RefObject<HTMLElement | null>;
  theory: Theory;
  stages: { stage: StageKey; cards: Card[]; current: boolean }[];
  layoutKey: string;
}) {
  const [arrows, setArrows] = useState<Arrow[]>([]);
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const draw = () => {
      const origin = root.getBoundingClientRect();
      const rects = new Map<Id, DOMRect>();
      for (const el of root.querySelectorAll<HTMLElement>('[data-card-id]')) rects.set(el.dataset.cardId!, el.getBoundingClientRect());
      const stageOf = new Map<Id, { index: number; current: boolean }>();
      stages.forEach((s, index) => s.cards.forEach((c) => stageOf.set(c.id, { index, current: s.current })));
      // Only the first column of the stage on show can be reached without passing behind a
      // card; the other columns go without arrows rather than with lines through the gaps.
      const currentLefts = stages.at(-1)!.cards.map((c) => rects.get(c.id)?.left ?? Infinity);
      const firstColumn = Math.min(...currentLefts) + 2;
      const out: Arrow[] = [];
      for (const link of Object.values(theory.links)) {
        const from = stageOf.get(link.from);
        const to = stageOf.get(link.to);
        const a = rects.get(link.from);
        const b = rects.get(link.to);
        // Left to right only: a link within a stage or backwards has no room to be drawn here.
        if (!from || !to || !a || !b || from.index >= to.index) continue;
        if (to.current && b.left > firstColumn) continue;
        const x1 = a.right - origin.left;
        const y1 = a.top + a.height / 2 - origin.top;
        const x2 = b.left - origin.left - 6;
        const y2 = b.top + b.height / 2 - origin.top;
        const bend = Math.max(24, (x2 - x1) / 2);
        out.push({ id: link.id, d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`, current: to.current });
      }
      setArrows(out);
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(root);
    return () => observer.disconnect();
  }, [container, theory, stages, layoutKey]);
  return (
    <svg className="pres-arrows" aria-hidden="true" focusable="false">
      <defs>
        <marker id="pres-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>
      {arrows.map((arrow) => (
        <path key={arrow.id} d={arrow.d} className={arrow.current ? 'pres-arrow is-current' : 'pres-arrow'} markerEnd="url(#pres-arrow)" />
      ))}
    </svg>
  );
}
