import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps } from '@xyflow/react';
import { useServices, useT } from '../state/services';
import type { LinkFlowEdge } from './derive';

/**
 * An arrow that carries meaning: solid with an "i" marker when it has a rationale, dashed
 * without. Hovering the arrow or its marker, or selecting it, shows the rationale itself.
 */
function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<LinkFlowEdge>) {
  const t = useT();
  const { ui } = useServices();
  const [hovered, setHovered] = useState(false);
  const link = data?.link;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const rationale = link?.rationale.trim() ?? '';
  const from = data?.fromTitle ?? '';
  const to = data?.toTitle ?? '';
  const show = Boolean(rationale) && (selected || hovered);
  return (
    <>
      <g onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge
          id={id}
          path={path}
          markerEnd={markerEnd ?? 'url(#werkzaam-arrow)'}
          className={`link-path${rationale ? ' has-rationale' : ' no-rationale'}${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}`}
          interactionWidth={18}
        />
      </g>
      <EdgeLabelRenderer>
        <div
          className={`link-label nodrag nopan${selected ? ' is-selected' : ''}${show ? ' is-open' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-link-id={id}
          role="img"
          aria-label={`${t('linkLabel', { from, to })}, ${rationale ? t('rationaleOf', { text: rationale }) : t('noRationale')}`}
          onMouseEnter={() => setHovered(true)}
          onMouseLeave={() => setHovered(false)}
          onClick={() => ui.set({ selection: { cards: [], links: [id] } })}
        >
          {rationale ? (
            <span className="link-marker" aria-hidden="true">
              i
            </span>
          ) : null}
          {show ? <RationaleBubble text={rationale} /> : null}
        </div>
      </EdgeLabelRenderer>
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
