import { memo, useEffect, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { STAGE_COLOURS } from '../../shared/theme';
import type { FlowNode } from './derive';
import { whenIdle } from '../state/later';

const WIDTH = 168;
const HEIGHT = 104;
const PAD = 8;

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A lane has its size set; a card draws its own, and its node says what React Flow will measure. */
const sizeOf = (n: FlowNode) => ({ width: n.width ?? n.measured?.width ?? 0, height: n.height ?? n.measured?.height ?? 0 });

/** The box around every lane and card, and the scale that fits it in the minimap. */
function frame(nodes: readonly FlowNode[]): { bounds: Bounds; scale: number; left: number; top: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.position.x);
    y1 = Math.min(y1, n.position.y);
    x2 = Math.max(x2, n.position.x + sizeOf(n).width);
    y2 = Math.max(y2, n.position.y + sizeOf(n).height);
  }
  if (!Number.isFinite(x1)) [x1, y1, x2, y2] = [0, 0, 1, 1];
  const bounds = { x: x1, y: y1, width: Math.max(1, x2 - x1), height: Math.max(1, y2 - y1) };
  const scale = Math.min((WIDTH - 2 * PAD) / bounds.width, (HEIGHT - 2 * PAD) / bounds.height);
  return { bounds, scale, left: (WIDTH - bounds.width * scale) / 2, top: (HEIGHT - bounds.height * scale) / 2 };
}

function sameFrame(a: ReturnType<typeof frame>, b: ReturnType<typeof frame>): boolean {
  return a.scale === b.scale && a.left === b.left && a.top === b.top && a.bounds.x === b.bounds.x && a.bounds.y === b.bounds.y && a.bounds.width === b.bounds.width && a.bounds.height === b.bounds.height;
}

function draw(el: HTMLCanvasElement | null, nodes: readonly FlowNode[], fitted: ReturnType<typeof frame>): void {
  const g = el?.getContext('2d');
  if (!el || !g) return;
  const ratio = window.devicePixelRatio || 1;
  el.width = WIDTH * ratio;
  el.height = HEIGHT * ratio;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, WIDTH, HEIGHT);
  const { bounds, scale, left, top } = fitted;
  const at = (x: number, y: number) => [left + (x - bounds.x) * scale, top + (y - bounds.y) * scale] as const;
  for (const n of nodes) {
    const [x, y] = at(n.position.x, n.position.y);
    const w = Math.max(1, sizeOf(n).width * scale);
    const h = Math.max(1, sizeOf(n).height * scale);
    g.fillStyle = n.type === 'lane' ? '#f1f3f5' : STAGE_COLOURS[n.data.stage].edgeHex;
    g.fillRect(x, y, w, h);
  }
}

const viewOf = (s: { transform: [number, number, number]; width: number; height: number }) =>
  `${s.transform[0]},${s.transform[1]},${s.transform[2]},${s.width},${s.height}`;

/**
 * An overview of the whole theory with the part in view outlined; press or drag in it to
 * move the view there, scroll in it to zoom. Drawn on a canvas when the page is idle after
 * the nodes change (once after a burst of edits or a whole drag, never on an edit's way to
 * the screen), so panning and zooming cost one outline, not one element and one store
 * subscription per card as React Flow's MiniMap does.
 */
function CanvasMiniMapView({ nodes, label }: { nodes: readonly FlowNode[]; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const [fitted, setFitted] = useState(() => frame(nodes));
  const place = useRef(fitted);
  place.current = fitted;

  useEffect(
    () =>
      whenIdle(() => {
        const next = frame(nodes);
        setFitted((old) => (sameFrame(old, next) ? old : next));
        draw(canvas.current, nodes, next);
      }),
    [nodes],
  );

  // The outline of what is in view: the one part that changes while panning.
  const view = useStore(viewOf);
  const [tx, ty, zoom, paneWidth, paneHeight] = view.split(',').map(Number) as [number, number, number, number, number];
  const { bounds, scale, left, top } = fitted;
  const outline = {
    left: left + (-tx / zoom - bounds.x) * scale,
    top: top + (-ty / zoom - bounds.y) * scale,
    width: (paneWidth / zoom) * scale,
    height: (paneHeight / zoom) * scale,
  };

  const toFlow = (e: { clientX: number; clientY: number; currentTarget: Element }) => {
    const r = e.currentTarget.getBoundingClientRect();
    const p = place.current;
    return { x: p.bounds.x + (e.clientX - r.left - p.left) / p.scale, y: p.bounds.y + (e.clientY - r.top - p.top) / p.scale };
  };
  const centreAt = (e: PointerEvent<HTMLDivElement>) => {
    const { x, y } = toFlow(e);
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };
  const onWheel = (e: WheelEvent<HTMLDivElement>) => {
    void flow.zoomTo(flow.getZoom() * (e.deltaY < 0 ? 1.2 : 1 / 1.2));
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap werkzaam-minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <div
        className="minimap-surface nodrag nopan nowheel"
        role="img"
        aria-label={label}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreAt(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) centreAt(e);
        }}
        onWheel={onWheel}
      >
        <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
        <div className="minimap-view" style={{ transform: `translate(${outline.left}px, ${outline.top}px)`, width: outline.width, height: outline.height }} />
      </div>
    </Panel>
  );
}

export const CanvasMiniMap = memo(CanvasMiniMapView);
