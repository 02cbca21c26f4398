import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps } from '@xyflow/react';
import { useServices } from '../state/services';
import { useFar } from './lod';
import type { LinkFlowEdge } from './derive';
import { LinkChangeMark, useLinkChangeMark } from '../versions/LinkChangeMark';

/**
 * An arrow that carries meaning: dark with an "i" marker when it has a rationale, thinner
 * and lighter without (not dashed: dashes on long curves are slow to draw, styles.css). Hovering the arrow or its marker, or selecting it, shows the rationale itself.
 * The arrow is named for screen readers on React Flow's edge element (ariaLabel, from the
 * canvas model); the marker is an element of its own only where there is a rationale to
 * show, and not at all when zoomed out (lod.ts), where it could not be read.
 */
function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<LinkFlowEdge>) {
  const { ui } = useServices();
  const far = useFar();
  const [hovered, setHovered] = useState(false);
  const link = data?.link;
  // While a version is compared: added or changed since (renderer/versions).
  const mark = useLinkChangeMark(id);
  // Spread along the card edges (derive.ts spreadOffsets), so arrows at one card do not meet at one dot.
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY: sourceY + (data?.fromOffset ?? 0),
    targetX,
    targetY: targetY + (data?.toOffset ?? 0),
    sourcePosition,
    targetPosition,
  });
  const rationale = link?.rationale.trim() ?? '';
  const show = Boolean(rationale) && (selected || hovered);
  const marker = Boolean(rationale) && (!far || show);
  return (
    <>
      <g onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge
          id={id}
          path={path}
          markerEnd={markerEnd ?? 'url(#werkzaam-arrow)'}
          className={`link-path${rationale ? ' has-rationale' : ' no-rationale'}${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}${mark ? ` mark-${mark}` : ''}`}
          interactionWidth={18}
        />
      </g>
      {mark && <LinkChangeMark id={id} mark={mark} x={labelX} y={labelY} />}
      {marker && (
        <EdgeLabelRenderer>
          <div
            className={`link-label nodrag nopan${selected ? ' is-selected' : ''}${show ? ' is-open' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-link-id={id}
            aria-hidden="true"
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
            onClick={() => ui.set({ selection: { cards: [], links: [id] } })}
          >
            <span className="link-marker">i</span>
            {show ? <RationaleBubble text={rationale} /> : null}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** Readable at any zoom: zoomed out (a whole chain on a projector) it keeps its screen size. */
function RationaleBubble({ text }: { text: string }) {
  const zoom = useStore(zoomOf);
  const scale = zoom < 1 ? 1 / zoom : 1;
  return (
    <span className="link-rationale" style={{ transform: `scale(${scale})`, transformOrigin: 'left center' }}>
      {text}
    </span>
  );
}

export const LinkEdge = memo(LinkEdgeView);
