/**
 * The gestures the benchmark makes, and where on the canvas it makes them: the same cards,
 * boxes and wheel steps for the app and for the bare React Flow baseline.
 */
import { STAGES, type Card, type Theory } from '../../shared/model';
import { CARD_GAP_Y, CARD_HEIGHT, CARD_WIDTH, LANE_TOP, LANE_WIDTH, laneLeft } from '../../shared/layout';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** [deltaX, deltaY, ctrlKey]: one wheel event per frame; ctrl is a pinch (zoom) in React Flow. */
export type WheelStep = [number, number, boolean];

/** React Flow pans by half the wheel's delta (panOnScrollSpeed 0.5): the wheel delta that pans by `px`. */
export const wheelForPan = (px: number) => px * 2;

/** Down and back up by 300 screen px, twice: new cards come into view at every size. */
export const PAN_STEPS: WheelStep[] = Array.from({ length: 2 }, () => [
  ...Array.from({ length: 30 }, (): WheelStep => [0, wheelForPan(10), false]),
  ...Array.from({ length: 30 }, (): WheelStep => [0, wheelForPan(-10), false]),
]).flat();

/** In to 8× the fitted zoom and back out, twice (each step ×1.15 at the pane's centre: 2^(100 × 0.002)). */
export const ZOOM_STEPS: WheelStep[] = Array.from({ length: 2 }, () => [
  ...Array.from({ length: 15 }, (): WheelStep => [0, -100, true]),
  ...Array.from({ length: 15 }, (): WheelStep => [0, 100, true]),
]).flat();


/** A gesture stops after this long even when frames are slow (keeps the full run short). */
export const GESTURE_MAX_MS = 4000;
export const DRAG_MOVES = 40;
/** Straight down, so a card stays in its lane at every zoom (crossing lanes would change its stage). */
export const DRAG_STEP = { x: 0, y: 3 };

/** The cards of one stage from top to bottom. */
export function column(theory: Theory, stageIndex: number): Card[] {
  const stage = STAGES[stageIndex]!;
  return Object.values(theory.cards)
    .filter((c) => c.stage === stage)
    .sort((a, b) => a.position.y - b.position.y);
}

/**
 * The card dragged alone (stage 3, row 12), and the one edited: the lowest of stage 4, so a
 * linked card added from it lands beside it at the bottom of stage 5 (stages hold the same
 * number of cards). Neither is in the box of 50, nor where the drags leave those cards.
 */
export function dragCard(theory: Theory): Card {
  const cards = column(theory, 2);
  return cards[Math.min(12, cards.length - 1)]!;
}
export function editCard(theory: Theory): Card {
  const cards = column(theory, 3);
  return cards[cards.length - 1]!;
}

/**
 * A box around 50 cards: the top 25 of the first two stages, or the top 10 of all five
 * when stages hold fewer than 25. In canvas coordinates, with the cards it holds.
 */
export function selectionBox(theory: Theory): { box: { x1: number; y1: number; x2: number; y2: number }; cards: Card[] } {
  const perStage = Math.min(...STAGES.map((_, i) => column(theory, i).length));
  const columns = perStage >= 25 ? 2 : 5;
  const rows = 50 / columns;
  const cards = Array.from({ length: columns }, (_, i) => column(theory, i).slice(0, rows)).flat();
  const bottom = Math.max(...cards.map((c) => c.position.y + CARD_HEIGHT));
  return {
    box: { x1: laneLeft(STAGES[0]) + 10, y1: LANE_TOP - 12, x2: laneLeft(STAGES[columns - 1]!) + LANE_WIDTH - 10, y2: bottom + CARD_GAP_Y / 2 },
    cards,
  };
}

/** Where a canvas point is on the screen. */
export function toScreen(point: { x: number; y: number }, viewport: Viewport, pane: Rect): { x: number; y: number } {
  return { x: pane.left + viewport.x + point.x * viewport.zoom, y: pane.top + viewport.y + point.y * viewport.zoom };
}

export function cardCentre(card: Card): { x: number; y: number } {
  return { x: card.position.x + CARD_WIDTH / 2, y: card.position.y + CARD_HEIGHT / 2 };
}

/** How many cards React Flow's visible-only rendering shows in this view (any overlap counts). */
export function visibleCards(theory: Theory, viewport: Viewport, pane: { width: number; height: number }): number {
  const left = -viewport.x / viewport.zoom;
  const top = -viewport.y / viewport.zoom;
  const right = left + pane.width / viewport.zoom;
  const bottom = top + pane.height / viewport.zoom;
  let n = 0;
  for (const c of Object.values(theory.cards)) {
    const overlapX = Math.min(right, c.position.x + CARD_WIDTH) - Math.max(left, c.position.x);
    const overlapY = Math.min(bottom, c.position.y + CARD_HEIGHT) - Math.max(top, c.position.y);
    if (overlapX > 0 && overlapY > 0) n++;
  }
  return n;
}
