import { STAGES, stageIndex, type Card, type Position, type StageKey, type Theory } from './model';

/**
 * Geometry of the stage lanes, shared by the canvas, the file loader (cards without a
 * position) and the PDF diagram so that all three agree where a stage is.
 */
export const LANE_WIDTH = 300;
export const LANE_GAP = 24;
export const CARD_WIDTH = 240;
export const CARD_HEIGHT = 96;
export const CARD_GAP_Y = 24;
export const LANE_TOP = 112;
export const LANE_PADDING_X = (LANE_WIDTH - CARD_WIDTH) / 2;

export function laneLeft(stage: StageKey): number {
  return stageIndex(stage) * (LANE_WIDTH + LANE_GAP);
}

/** The stage whose lane contains x (a card's centre); clamps to the first/last lane. */
export function stageAtX(x: number): StageKey {
  const i = Math.floor((x + LANE_GAP / 2) / (LANE_WIDTH + LANE_GAP));
  return STAGES[Math.max(0, Math.min(STAGES.length - 1, i))]!;
}

/** The lane drawn at a canvas point (lanes are `height` tall from y = 0), or null between and below lanes. */
export function laneAtPoint(point: Position, height: number): StageKey | null {
  if (point.y < 0 || point.y > height) return null;
  return STAGES.find((stage) => point.x >= laneLeft(stage) && point.x <= laneLeft(stage) + LANE_WIDTH) ?? null;
}

export function cardCentreX(position: Position): number {
  return position.x + CARD_WIDTH / 2;
}

/** The x at which a card sits in its lane. */
export function laneCardX(stage: StageKey): number {
  return laneLeft(stage) + LANE_PADDING_X;
}

/** A free slot at the bottom of a stage's lane. */
export function nextSlotInLane(theory: Pick<Theory, 'cards'>, stage: StageKey, extra: Card[] = []): Position {
  let bottom = LANE_TOP - CARD_GAP_Y;
  for (const card of [...Object.values(theory.cards), ...extra]) {
    if (card.stage === stage) bottom = Math.max(bottom, card.position.y + CARD_HEIGHT);
  }
  return { x: laneCardX(stage), y: bottom + CARD_GAP_Y };
}

/** Keep a card's x inside its stage lane when its stage changes by other means than a drag. */
export function positionInLane(position: Position, stage: StageKey): Position {
  if (stageAtX(cardCentreX(position)) === stage) return position;
  return { x: laneCardX(stage), y: position.y };
}

// ---------------------------------------------------------------------------------------
// Placement: where a new, pasted or duplicated card goes, and how tidy-up stacks a lane.
// Cards are rectangles; a card's height may differ from CARD_HEIGHT (the canvas can grow a
// card to fit its title), so every function takes the heights it should use, and falls
// back to CARD_HEIGHT for cards it is not told about.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Heights by card id, as measured on the canvas; missing ids count as CARD_HEIGHT. */
export type Heights = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

export function heightOf(heights: Heights | undefined, id: string): number {
  const h = heights instanceof Map ? heights.get(id) : (heights as Record<string, number> | undefined)?.[id];
  return typeof h === 'number' && Number.isFinite(h) && h > 0 ? h : CARD_HEIGHT;
}

export function cardRect(card: Pick<Card, 'id' | 'position'>, heights?: Heights): Rect {
  return { x: card.position.x, y: card.position.y, width: CARD_WIDTH, height: heightOf(heights, card.id) };
}

/** Whether two rectangles overlap, or come closer than `gap` to each other. */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Whether a card's whole rectangle lies inside its stage's lane (not only its centre). */
export function insideLane(rect: Rect, stage: StageKey): boolean {
  return rect.x >= laneLeft(stage) && rect.x + rect.width <= laneLeft(stage) + LANE_WIDTH && rect.y >= 0;
}

/** The rectangles of the lane's column (x range of a card placed in `stage`) that a new card must avoid. */
function columnObstacles(occupied: readonly Rect[], stage: StageKey): { top: number; bottom: number }[] {
  const x = laneCardX(stage);
  return occupied
    .filter((r) => r.x < x + CARD_WIDTH && x < r.x + r.width)
    .map((r) => ({ top: r.y, bottom: r.y + r.height }))
    .sort((a, b) => a.top - b.top);
}

function fitsAt(obstacles: readonly { top: number; bottom: number }[], y: number, height: number): boolean {
  return obstacles.every((o) => y + height + CARD_GAP_Y <= o.top || y >= o.bottom + CARD_GAP_Y);
}

/**
 * The spot in a lane nearest to `y` (above or below; below wins a tie) where a card of
 * `height` keeps CARD_GAP_Y clear of every rectangle in `occupied`, never above LANE_TOP.
 * The card is put at the lane's card x, so it lies wholly inside its lane.
 */
export function freeSpotInLane(occupied: readonly Rect[], stage: StageKey, y: number, height = CARD_HEIGHT): Position {
  const obstacles = columnObstacles(occupied, stage);
  const wanted = Math.max(LANE_TOP, Math.round(y));
  const candidates = [wanted];
  for (const o of obstacles) {
    // A card that sits above the lane top (an old file, a drag) must not pull the spot up there.
    const below = Math.ceil(o.bottom + CARD_GAP_Y);
    if (below >= LANE_TOP) candidates.push(below);
    const above = Math.floor(o.top - CARD_GAP_Y - height);
    if (above >= LANE_TOP) candidates.push(above);
  }
  let best: number | null = null;
  for (const c of candidates) {
    if (!fitsAt(obstacles, c, height)) continue;
    const d = Math.abs(c - wanted);
    if (best === null || d < Math.abs(best - wanted) || (d === Math.abs(best - wanted) && c > best)) best = c;
  }
  // Below the lowest obstacle always fits, so best is never null; keep the type honest anyway.
  const bottom = obstacles.reduce((m, o) => Math.max(m, o.bottom + CARD_GAP_Y), LANE_TOP);
  return { x: laneCardX(stage), y: best ?? Math.ceil(bottom) };
}

/** The first spot at or below `y` in a lane that keeps clear of `occupied` (order-keeping stacking). */
export function freeSpotBelow(occupied: readonly Rect[], stage: StageKey, y: number, height = CARD_HEIGHT): Position {
  const obstacles = columnObstacles(occupied, stage);
  let top = Math.max(LANE_TOP, Math.round(y));
  for (const o of obstacles) {
    if (!fitsAt([o], top, height)) top = Math.ceil(o.bottom + CARD_GAP_Y);
  }
  return { x: laneCardX(stage), y: top };
}

/** Every card of a theory as a rectangle (what a new card must not overlap). */
export function occupiedRects(cards: Iterable<Pick<Card, 'id' | 'position'>>, heights?: Heights): Rect[] {
  return [...cards].map((c) => cardRect(c, heights));
}

/**
 * Where copies go (paste, duplicate): each in its own stage's lane, as near its wanted y
 * as there is room, overlapping neither the cards already there nor the other copies.
 * Copies are placed top to bottom so a pasted group keeps its order within a lane.
 */
export function placeCopies(
  occupied: readonly Rect[],
  copies: readonly { key: string; stage: StageKey; y: number; height?: number }[],
): Map<string, Position> {
  const placed = new Map<string, Position>();
  const taken = [...occupied];
  const order = [...copies].sort((a, b) => a.y - b.y || a.key.localeCompare(b.key));
  for (const copy of order) {
    const height = copy.height ?? CARD_HEIGHT;
    const position = freeSpotInLane(taken, copy.stage, copy.y, height);
    placed.set(copy.key, position);
    taken.push({ ...position, width: CARD_WIDTH, height });
  }
  return placed;
}

/**
 * Positions for cards stacked in their lanes, in the order given per stage, CARD_GAP_Y
 * apart. Columns start at `top`; with `centre`, each column is centred on the tallest one
 * (a chain reads as one shape, with short arrows). Rectangles in `fixed` (cards left where
 * they are when only a selection is tidied) are stepped over, keeping the order.
 */
export function stackColumns(
  columns: Partial<Record<StageKey, readonly string[]>>,
  options: { top?: number; centre?: boolean; heights?: Heights; fixed?: readonly Rect[] } = {},
): Map<string, Position> {
  const { top = LANE_TOP, centre = true, heights, fixed = [] } = options;
  const columnHeight = (ids: readonly string[]) =>
    ids.reduce((sum, id) => sum + heightOf(heights, id), 0) + Math.max(0, ids.length - 1) * CARD_GAP_Y;
  const tallest = Math.max(0, ...STAGES.map((s) => columnHeight(columns[s] ?? [])));
  const out = new Map<string, Position>();
  for (const stage of STAGES) {
    const ids = columns[stage] ?? [];
    let cursor = top + (centre ? Math.round((tallest - columnHeight(ids)) / 2) : 0);
    for (const id of ids) {
      const height = heightOf(heights, id);
      const position = freeSpotBelow(fixed, stage, cursor, height);
      out.set(id, position);
      cursor = position.y + height + CARD_GAP_Y;
    }
  }
  return out;
}
