import { STAGES, type Theory } from '../../shared/model';
import { CARD_WIDTH, LANE_TOP, LANE_WIDTH, heightOf, laneLeft, type Heights } from '../../shared/layout';
import { cardSize, laneHeight } from './derive';
import { NOTE_HEIGHT, NOTE_WIDTH, notesOf } from '../../shared/notes';

/** Room kept free around the chain; the bottom keeps clear of the checks panel. */
export const FIT_PADDING = { top: 12, left: 16, right: 16, bottom: 56 };
export const FIT_MAX_ZOOM = 1.2;
/** For React Flow's own fitView (focusing on a few cards). */
export const FIT_OPTIONS = { padding: { top: '12px', left: '16px', right: '16px', bottom: '56px' }, maxZoom: FIT_MAX_ZOOM } as const;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A rectangle on the pane, in screen pixels from the pane's top left corner. */
export interface PaneRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept below the lowest card: its shadow, a selection ring, and a little air. */
const CARD_MARGIN_BELOW = 24;
/** Room kept between the chain and an overlay it must clear. */
const OVERLAY_GAP = 8;

/**
 * How far the chain reaches down: the lowest card (its measured height where known), not the
 * lanes, which reach two empty slots further for dropping cards. An empty theory shows its
 * lanes' first slots (where the first-step hint is).
 */
function chainBottom(theory: Theory, heights?: Heights): number {
  const cards = Object.values(theory.cards);
  if (cards.length === 0) return laneHeight(theory);
  let bottom = LANE_TOP;
  for (const card of cards) bottom = Math.max(bottom, card.position.y + heightOf(heights, card.id) + CARD_MARGIN_BELOW);
  return bottom;
}

function fitted(theory: Theory, pane: { width: number; height: number }, padding: typeof FIT_PADDING, minZoom: number, heights?: Heights): Viewport {
  let left = laneLeft(STAGES[0]);
  let right = laneLeft(STAGES[STAGES.length - 1]!) + LANE_WIDTH;
  let top = 0;
  const bottom = chainBottom(theory, heights);
  for (const card of Object.values(theory.cards)) {
    left = Math.min(left, card.position.x);
    right = Math.max(right, card.position.x + CARD_WIDTH);
    top = Math.min(top, card.position.y);
  }
  // The parking lot's sticky notes are part of the picture too.
  let lowest = bottom;
  for (const note of notesOf(theory)) {
    left = Math.min(left, note.position.x);
    right = Math.max(right, note.position.x + NOTE_WIDTH);
    top = Math.min(top, note.position.y);
    lowest = Math.max(lowest, note.position.y + NOTE_HEIGHT + CARD_MARGIN_BELOW);
  }
  const width = Math.max(1, pane.width - padding.left - padding.right);
  const height = Math.max(1, pane.height - padding.top - padding.bottom);
  const zoom = Math.max(minZoom, Math.min(FIT_MAX_ZOOM, width / (right - left), height / (lowest - top)));
  return {
    x: padding.left + (width - (right - left) * zoom) / 2 - left * zoom,
    y: padding.top - top * zoom,
    zoom,
  };
}

const overlaps = (a: PaneRect, b: PaneRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The cards' rectangles on the pane under a viewport. */
export function cardRectsOnPane(theory: Theory, view: Viewport, heights?: Heights): PaneRect[] {
  return Object.values(theory.cards).map((card) => ({
    x: card.position.x * view.zoom + view.x,
    y: card.position.y * view.zoom + view.y,
    width: CARD_WIDTH * view.zoom,
    height: heightOf(heights, card.id) * view.zoom,
  }));
}

/**
 * The viewport that shows every lane and card as large as the pane allows, aligned to the
 * top: a chain is wider than tall, and centring it vertically would leave a band of empty
 * canvas above the lane headings. It fits the cards, not the lanes' full height (which keeps
 * room below them for new cards). The overlays along the bottom of the pane (zoom controls,
 * minimap, checks panel) may not end up over a card: when one would, the chain is fitted
 * into the room above them all.
 */
export function chainViewport(
  theory: Theory,
  pane: { width: number; height: number },
  minZoom = 0.1,
  options: { heights?: Heights; overlays?: readonly PaneRect[] } = {},
): Viewport {
  const first = fitted(theory, pane, FIT_PADDING, minZoom, options.heights);
  const overlays = (options.overlays ?? []).filter((o) => o.width > 0 && o.height > 0);
  if (overlays.length === 0) return first;
  const notes = notesOf(theory).map((n) => ({ x: n.position.x * first.zoom + first.x, y: n.position.y * first.zoom + first.y, width: NOTE_WIDTH * first.zoom, height: NOTE_HEIGHT * first.zoom }));
  const covered = [...cardRectsOnPane(theory, first, options.heights), ...notes].some((card) => overlays.some((o) => overlaps(card, o)));
  if (!covered) return first;
  const highest = Math.min(...overlays.map((o) => o.y));
  const bottom = Math.max(FIT_PADDING.bottom, pane.height - highest + OVERLAY_GAP);
  return fitted(theory, pane, { ...FIT_PADDING, bottom }, minZoom, options.heights);
}

/** What floats over the canvas along its bottom edge: React Flow's controls and minimap, the checks. */
const OVERLAY_SELECTOR = '.react-flow__controls, .react-flow__minimap, .checks-panel, .canvas-overlay';

/** The overlays' rectangles on the pane, as laid out now. */
function overlaysOn(pane: Element): PaneRect[] {
  const box = pane.getBoundingClientRect();
  return [...document.querySelectorAll(OVERLAY_SELECTOR)].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
  });
}

interface FlowLike {
  setViewport(v: Viewport, o?: { duration?: number }): unknown;
}

/** Cards' heights as the canvas draws them (a card grows to fit its title), also those out of view. */
function drawnHeights(theory: Theory): Map<string, number> {
  return new Map(Object.values(theory.cards).map((card) => [card.id, cardSize(card).height]));
}

/** Fit the chain in the React Flow pane on the page (no-op before it is laid out). */
export function fitChain(flow: FlowLike | null, theory: Theory, duration = 200): void {
  const pane = document.querySelector('.react-flow');
  if (!flow || !pane || pane.clientWidth === 0) return;
  const view = chainViewport(theory, { width: pane.clientWidth, height: pane.clientHeight }, 0.1, { heights: drawnHeights(theory), overlays: overlaysOn(pane) });
  void flow.setViewport(view, { duration });
}
