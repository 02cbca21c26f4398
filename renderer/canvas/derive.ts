import { Position as Side, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { type AioKey, type Card, type Id, type Language, type Link, type Position, type StageKey, type Theory } from '../../shared/model';
import { translator } from '../../shared/i18n/core';
import { uiStrings } from '../../shared/i18n/ui';
import { CARD_GAP_Y, CARD_HEIGHT, CARD_WIDTH, LANE_TOP } from '../../shared/layout';
import { cardHeightFor } from '../../shared/cardSize';
import { passesOrganisations } from '../../shared/merge/filter';
import { HANDLE_REACH, type LinkGeometry } from '../../shared/linkRoute';

/**
 * A card node's data is what React Flow and the card's frame need: the stage (its colour) and
 * the card's size, number and dimming, never the card's contents. The card component reads
 * the card record itself (useShownCard), so an edit inside a card that keeps its size (a
 * rename, a tag, an indicator; their undo) makes no new node and React Flow is not handed a
 * new nodes array, which costs it a pass over every node (adoptUserNodes, issue #9).
 */
export interface CardNodeData extends Record<string, unknown> {
  stage: StageKey;
  dimmed: boolean;
  /** "2.3": the third card of the second stage, as in the report; shown on a card drawn small. */
  ref: string;
}
export interface LaneNodeData extends Record<string, unknown> {
  stage: StageKey;
  height: number;
}
/**
 * An arrow's data is its link record alone: its cards' titles (what it is named by) and its
 * shape (LinkShape: where it meets its cards, its route) live outside the edge object, read
 * by the arrow's own component (LinkEdge). So a rename, even one that makes a card shorter
 * and re-routes its arrows, leaves every edge object as it was, and React Flow does not go
 * through all edges again (its connection lookup, ≈50 ms at 3,000 cards).
 */
export interface LinkEdgeData extends Record<string, unknown> {
  link: Link;
}

/** How an arrow is drawn, worked out when the document changes (CanvasModel.shapeOf). */
export interface LinkShape {
  /**
   * Where the arrow leaves its source card and meets its target, in px from the middle of
   * the card's edge: the arrows at one card are spread along its edge in the order of the
   * cards at their other ends (top to bottom), instead of all meeting at one dot.
   */
  fromOffset: number;
  toOffset: number;
  /**
   * The path drawn and the marker's spot (shared/linkRoute.ts: around the cards it would
   * pass, markers clear of each other); null until worked out.
   */
  geometry: LinkGeometry | null;
}

/** Px between two arrows at one card edge, at most. */
const SPREAD_STEP = 16;
/** Px kept clear at the top and bottom of a card's edge. */
const SPREAD_MARGIN = 16;

/** The offsets from the middle of an edge `height` px long for `count` arrows, top to bottom. */
export function spreadOffsets(count: number, height: number): number[] {
  if (count <= 1) return [0];
  const step = Math.min(SPREAD_STEP, Math.max(0, height - 2 * SPREAD_MARGIN) / (count - 1));
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * step);
}

export type CardFlowNode = Node<CardNodeData, 'card'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = CardFlowNode | LaneFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export interface Highlight {
  /** AIO elements shown: a card with any of them stays bright (none: no AIO filter). */
  aio: readonly AioKey[];
  stage: StageKey | null;
  /** A generic theory's organisations shown: a card that came from any of them stays bright (none or absent: no filter). */
  organisations?: readonly Id[];
  /** Trace mode: only the cards and links on the traced paths stay bright (shared/trace.ts). */
  trace?: { cards: ReadonlySet<Id>; links: ReadonlySet<Id> } | null;
}
export const NO_HIGHLIGHT: Highlight = { aio: [], stage: null };

const SLOT = CARD_HEIGHT + CARD_GAP_Y;

/** Lanes reach two card slots below the lowest card bottom (see laneHeight). */
export function laneHeightFor(lowestBottom: number): number {
  return Math.max(LANE_TOP + 4 * SLOT, lowestBottom + 2 * SLOT);
}

/**
 * Lanes reach two card slots below the lowest card: room to drop or double-click a new
 * card, yet short enough that "fit to view" shows the cards large, not empty lane.
 */
export function laneHeight(theory: Theory): number {
  let bottom = LANE_TOP;
  for (const c of Object.values(theory.cards)) bottom = Math.max(bottom, c.position.y + cardSize(c).height);
  return laneHeightFor(bottom);
}

/**
 * A card's size on the canvas: as wide as a lane allows, as tall as its title needs
 * (shared/cardSize.ts). Nodes, handles, lanes and fitting follow from it.
 */
export function cardSize(card: Card): { width: number; height: number } {
  let size = sizes.get(card);
  if (!size) sizes.set(card, (size = { width: CARD_WIDTH, height: cardHeightFor(card.title.trim()) }));
  return size;
}

/**
 * By card record (records are immutable): the lane height and the arrows' spread go through
 * every card after an edit, and working a title's height out again each time cost ≈10 ms
 * per edit at 3,000 cards.
 */
const sizes = new WeakMap<Card, { readonly width: number; readonly height: number }>();

/** Handle size in px (renderer/styles.css .card-handle). */
const HANDLE = 14;

/**
 * Where a card's two handles are, given to React Flow with the node: with `handles` and
 * `measured` on the node, a new node object (an edit, a drag frame) needs no DOM measuring
 * before its links can be drawn.
 */
export function cardHandles(size: { width: number; height: number }): NodeHandle[] {
  const y = size.height / 2 - HANDLE / 2;
  // As drawn: centred on the inside of the card's 2 px border, so the tips stand HANDLE_REACH
  // out (where links start and end, and where shared/linkRoute.ts routes them from).
  return [
    { id: null, type: 'target', position: Side.Left, x: -HANDLE_REACH, y, width: HANDLE, height: HANDLE },
    { id: null, type: 'source', position: Side.Right, x: size.width + HANDLE_REACH - HANDLE, y, width: HANDLE, height: HANDLE },
  ];
}

export function isDimmed(card: Card, highlight: Highlight): boolean {
  if (highlight.aio.length > 0 && !highlight.aio.some((key) => card.aio.includes(key))) return true;
  if (highlight.stage && card.stage !== highlight.stage) return true;
  if (!passesOrganisations(card, highlight.organisations)) return true;
  if (highlight.trace && !highlight.trace.cards.has(card.id)) return true;
  return false;
}

export function cardNode(card: Card, view: { selected: boolean; dimmed: boolean; position: Position; ref: string }): CardFlowNode {
  const size = cardSize(card);
  return {
    id: card.id,
    type: 'card',
    position: view.position,
    data: { stage: card.stage, dimmed: view.dimmed, ref: view.ref },
    selected: view.selected,
    // No width or height: React Flow would set them on the node's element, and a card that
    // grew would wait for a new node to be drawn at its size. The card draws its size itself
    // (CardNode); `measured` tells React Flow what it will find.
    measured: { width: size.width, height: size.height },
    handles: cardHandles(size),
  };
}

/**
 * React Flow 12 leaves the edge element's aria-label off when it is null (EdgeWrapper: `edge.ariaLabel
 * === null ? undefined : …`), though its type says string; LinkEdge sets it on that element.
 */
const NAMED_BY_COMPONENT = null as unknown as string;

export function linkEdge(
  link: Link,
  from: Card | undefined,
  to: Card | undefined,
  view: { selected: boolean; highlight: Highlight },
): LinkFlowEdge {
  const filtering = view.highlight.aio.length > 0 || view.highlight.stage !== null || (view.highlight.organisations?.length ?? 0) > 0;
  // A traced link is bright by itself: two cards on the trace may be joined by a link that is not on it.
  const offTrace = view.highlight.trace ? !view.highlight.trace.links.has(link.id) : false;
  // Otherwise an arrow is dimmed with its cards: when either end is.
  const dimmed =
    offTrace || (filtering && ((from !== undefined && isDimmed(from, view.highlight)) || (to !== undefined && isDimmed(to, view.highlight))));
  return {
    id: link.id,
    type: 'link',
    source: link.from,
    target: link.to,
    data: { link },
    selected: view.selected,
    className: dimmed ? 'is-dimmed' : undefined,
    // Named by the arrow's own component (LinkEdge), which knows the titles: not React Flow's "Edge from c1 to c2".
    ariaLabel: NAMED_BY_COMPONENT,
  };
}

/** What a screen reader says for an arrow: the cards it joins (untitled: by id) and its rationale. */
export function linkAriaLabel(language: Language, link: Link, fromTitle: string | undefined, toTitle: string | undefined): string {
  const t = translators[language];
  const rationale = link.rationale.trim();
  return `${t('linkLabel', { from: fromTitle || link.from, to: toTitle || link.to })}, ${rationale ? t('rationaleOf', { text: rationale }) : t('noRationale')}`;
}

const translators = { nl: translator(uiStrings, 'nl'), en: translator(uiStrings, 'en') };
