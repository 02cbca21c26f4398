import type { Edge, Node } from '@xyflow/react';
import { STAGES, cardsInOrder, type AioKey, type Card, type Id, type Link, type Position, type StageKey, type Theory } from '../../shared/model';
import { CARD_GAP_Y, CARD_HEIGHT, CARD_WIDTH, LANE_TOP, LANE_WIDTH, laneLeft } from '../../shared/layout';

export interface CardNodeData extends Record<string, unknown> {
  card: Card;
  dimmed: boolean;
}
export interface LaneNodeData extends Record<string, unknown> {
  stage: StageKey;
  height: number;
}
export interface LinkEdgeData extends Record<string, unknown> {
  link: Link;
  fromTitle: string;
  toTitle: string;
}

export type CardFlowNode = Node<CardNodeData, 'card'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = CardFlowNode | LaneFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export interface Highlight {
  aio: AioKey | null;
  stage: StageKey | null;
  /** Trace mode: only the cards and links on the traced paths stay bright (shared/trace.ts). */
  trace?: { cards: ReadonlySet<Id>; links: ReadonlySet<Id> } | null;
}

const SLOT = CARD_HEIGHT + CARD_GAP_Y;

/**
 * Lanes reach two card slots below the lowest card: room to drop or double-click a new
 * card, yet short enough that "fit to view" shows the cards large, not empty lane.
 */
export function laneHeight(theory: Theory): number {
  let bottom = LANE_TOP;
  for (const c of Object.values(theory.cards)) bottom = Math.max(bottom, c.position.y + CARD_HEIGHT);
  return Math.max(LANE_TOP + 4 * SLOT, bottom + 2 * SLOT);
}

const NO_HIGHLIGHT: Highlight = { aio: null, stage: null };

function isDimmed(card: Card, highlight: Highlight): boolean {
  if (highlight.aio && !card.aio.includes(highlight.aio)) return true;
  if (highlight.stage && card.stage !== highlight.stage) return true;
  if (highlight.trace && !highlight.trace.cards.has(card.id)) return true;
  return false;
}

/**
 * React Flow nodes derived from the theory. A card node object is reused while its card,
 * selection, highlight and drag position are unchanged (a record diff keeps unchanged cards as the
 * same objects), so React Flow and the memoised CardNode skip them.
 */
export class NodeDeriver {
  private cache = new Map<Id, { card: Card; selected: boolean; dimmed: boolean; position: Position; node: CardFlowNode }>();
  private lanes: LaneFlowNode[] = [];
  private laneHeightCache = -1;

  derive(theory: Theory, selected: ReadonlySet<Id>, highlight: Highlight, dragging: ReadonlyMap<Id, Position> | null): FlowNode[] {
    const height = laneHeight(theory);
    if (height !== this.laneHeightCache) {
      this.laneHeightCache = height;
      this.lanes = STAGES.map((stage) => ({
        id: `lane:${stage}`,
        type: 'lane',
        position: { x: laneLeft(stage), y: 0 },
        data: { stage, height },
        width: LANE_WIDTH,
        height,
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        deletable: false,
        zIndex: -1,
      }));
    }
    const next = new Map<Id, { card: Card; selected: boolean; dimmed: boolean; position: Position; node: CardFlowNode }>();
    const nodes: FlowNode[] = [...this.lanes];
    for (const card of cardsInOrder(theory)) {
      const isSelected = selected.has(card.id);
      const dimmed = isDimmed(card, highlight);
      const position = dragging?.get(card.id) ?? card.position;
      const hit = this.cache.get(card.id);
      if (hit && hit.card === card && hit.selected === isSelected && hit.dimmed === dimmed && hit.position.x === position.x && hit.position.y === position.y) {
        next.set(card.id, hit);
        nodes.push(hit.node);
        continue;
      }
      const node: CardFlowNode = {
        id: card.id,
        type: 'card',
        position,
        data: { card, dimmed },
        selected: isSelected,
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
      };
      next.set(card.id, { card, selected: isSelected, dimmed, position, node });
      nodes.push(node);
    }
    this.cache = next;
    return nodes;
  }
}

export class EdgeDeriver {
  private cache = new Map<Id, { link: Link; selected: boolean; dimmed: boolean; edge: LinkFlowEdge }>();

  /** An arrow is dimmed with a filter when either of its cards is. */
  derive(theory: Theory, selected: ReadonlySet<Id>, highlight: Highlight = NO_HIGHLIGHT): LinkFlowEdge[] {
    const next = new Map<Id, { link: Link; selected: boolean; dimmed: boolean; edge: LinkFlowEdge }>();
    const edges: LinkFlowEdge[] = [];
    const filtering = highlight.aio !== null || highlight.stage !== null;
    for (const link of Object.values(theory.links)) {
      const isSelected = selected.has(link.id);
      const hit = this.cache.get(link.id);
      const from = theory.cards[link.from];
      const to = theory.cards[link.to];
      const fromTitle = from?.title || link.from;
      const toTitle = to?.title || link.to;
      // A traced link is bright by itself: two cards on the trace may be joined by a link that is not on it.
      const offTrace = highlight.trace ? !highlight.trace.links.has(link.id) : false;
      const dimmed = offTrace || (filtering && ((from !== undefined && isDimmed(from, highlight)) || (to !== undefined && isDimmed(to, highlight))));
      const edge =
        hit && hit.link === link && hit.selected === isSelected && hit.dimmed === dimmed && hit.edge.data?.fromTitle === fromTitle && hit.edge.data?.toTitle === toTitle
          ? hit.edge
          : ({
              id: link.id,
              type: 'link',
              source: link.from,
              target: link.to,
              data: { link, fromTitle, toTitle },
              selected: isSelected,
              className: dimmed ? 'is-dimmed' : undefined,
            } satisfies LinkFlowEdge);
      next.set(link.id, { link, selected: isSelected, dimmed, edge });
      edges.push(edge);
    }
    this.cache = next;
    return edges;
  }
}
