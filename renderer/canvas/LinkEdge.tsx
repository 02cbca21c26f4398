import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useLanguage, useServices } from '../state/services';
import { useUiIs } from '../state/uiKeys';
import type { UiState } from '../state/uiStore';
import { arrowMarkerFor } from './arrowMarker';
import { useFar } from './lod';
import { RationaleBubble } from './RationaleBubble';
import { LinkLabelPortal } from './LinkLabelPortal';
import { linkAriaLabel, type LinkFlowEdge } from './derive';
import { useLinkShape, useShownTitle } from './canvasModelContext';
import { LinkChangeMark, useLinkChangeMark } from '../versions/LinkChangeMark';

/**
 * An arrow that carries meaning: dark with an "i" marker when it has a rationale, thinner
 * and lighter without (not dashed: dashes on long curves are slow to draw, styles.css). Hovering the arrow or its marker, or selecting it alone, shows the rationale itself.
 * The arrow is named for screen readers on React Flow's edge element, here, from the titles
 * of the cards it joins (so a rename re-renders the arrows at that card and changes no edge
 * object); the marker is an element of its own only where there is a rationale to show, and
 * not at all when zoomed out (lod.ts), where it could not be read.
 */
/** The link selected on its own, if one is. */
const linkAlone = (s: UiState) => (s.selection.links.length === 1 ? s.selection.links[0]! : null);

function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<LinkFlowEdge>) {
  const { ui } = useServices();
  const far = useFar();
  const [hovered, setHovered] = useState(false);
  const link = data?.link;
  const language = useLanguage();
  const fromTitle = useShownTitle(link?.from);
  const toTitle = useShownTitle(link?.to);
  // Built when its parts change, not on every frame that moves an end of the link (a drag).
  const label = useMemo(() => (link ? linkAriaLabel(language, link, fromTitle, toTitle) : ''), [language, link, fromTitle, toTitle]);
  // React Flow's edge element (the group this component is drawn in) carries the name.
  const group = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const edge = group.current?.parentElement;
    if (edge && label) edge.setAttribute('aria-label', label);
  }, [label]);
  // While a version is compared: added or changed since (renderer/versions).
  const mark = useLinkChangeMark(id);
  const shape = useLinkShape(id);
  // Spread along the card edges (derive.ts spreadOffsets), so arrows at one card do not meet at one dot.
  const fromY = sourceY + (shape?.fromOffset ?? 0);
  const toY = targetY + (shape?.toOffset ?? 0);
  // The path routed around cards when the document last changed (shared/linkRoute.ts), as
  // long as its ends are where the cards are drawn; while a card is dragged, the plain curve.
  const geometry = shape?.geometry;
  const routed = geometry && near(geometry.sx, sourceX) && near(geometry.sy, fromY) && near(geometry.tx, targetX) && near(geometry.ty, toY) ? geometry : null;
  const [curve, curveX, curveY] = routed ? [routed.path, 0, 0] : getBezierPath({ sourceX, sourceY: fromY, targetX, targetY: toY, sourcePosition, targetPosition });
  const path = routed ? routed.path : curve;
  const labelX = routed?.marker ? routed.marker.x : curveX;
  const labelY = routed?.marker ? routed.marker.y : curveY;
  const rationale = link?.rationale.trim() ?? '';
  // A link selected on its own shows its rationale; a box selection of cards selects their links too, and
  // dozens of open rationales would cover the canvas (and be placed again on every drag frame).
  const alone = useUiIs(ui, linkAlone, id);
  const show = Boolean(rationale) && ((selected && alone) || hovered);
  const marker = Boolean(rationale) && (!far || show);
  return (
    <>
      <g ref={group} onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge
          id={id}
          path={path}
          markerEnd={markerEnd ?? arrowMarkerFor({ selected: Boolean(selected), hovered, mark })}
          className={`link-path${rationale ? ' has-rationale' : ' no-rationale'}${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}${mark ? ` mark-${mark}` : ''}`}
          interactionWidth={18}
        />
      </g>
      {mark && <LinkChangeMark id={id} mark={mark} x={labelX} y={labelY} />}
      {marker && (
        <LinkLabelPortal>
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
          </div>
          {show ? <RationaleBubble text={rationale} x={labelX} y={labelY} settled={routed !== null} onHover={setHovered} /> : null}
        </LinkLabelPortal>
      )}
    </>
  );
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.5;

export const LinkEdge = memo(LinkEdgeView);
