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

/** A free slot at the bottom of a stage's lane (below each card by its height in `heights`). */
export function nextSlotInLane(theory: Pick<Theory, 'cards'>, stage: StageKey, extra: Card[] = [], heights?: Heights): Position {
  let bottom = LANE_TOP - CARD_GAP_Y;
  for (const card of [...Object.values(theory.cards), ...extra]) {
    if (card.stage === stage) bottom = Math.max(bottom, card.position.y + heightOf(heights, card.id));
  }
  return { x: laneCardX(stage), y: bottom + CARD_GAP_Y };
}

/**
 * Bottom-of-lane slots for many cards in a row (a file's cards without a position, an
 * import): the same spots as nextSlotInLane with each placed card added, but the lowest
 * card per lane is kept instead of rescanning every card per slot (D2: linear, not quadratic).
 */
export function laneSlots(cards: Iterable<Pick<Card, 'stage' | 'position'>>): (stage: StageKey) => Position {
  const bottoms = new Map<StageKey, number>();
  for (const card of cards) bottoms.set(card.stage, Math.max(bottoms.get(card.stage) ?? LANE_TOP - CARD_GAP_Y, card.position.y + CARD_HEIGHT));
  return (stage) => {
    const y = (bottoms.get(stage) ?? LANE_TOP - CARD_GAP_Y) + CARD_GAP_Y;
    bottoms.set(stage, y + CARD_HEIGHT);
    return { x: laneCardX(stage), y };
  };
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
 * The free room of one lane's column for cards of one height, as the sorted, disjoint open
 * intervals of y where such a card may not start (each obstacle blocks from `top - gap -
 * height` to `bottom + gap`; overlapping ones merged). Built once in O(n log n); a nearest
 * free spot is then a binary search, and a card placed there is one insertion, so placing
 * thousands of copies (paste, duplicate) is no longer a scan of the lane per copy (D8).
 */
class LaneSpace {
  /** Interval i blocks the open range (starts[i], ends[i]); ends[i] <= starts[i + 1]. */
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(
    occupied: readonly Rect[],
    readonly stage: StageKey,
    readonly height: number,
  ) {
    for (const o of columnObstacles(occupied, stage)) this.block(o.top, o.bottom);
  }

  /** The first interval whose end lies above y (or the count): where y is, or would be, among them. */
  private indexAt(y: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private free(y: number): boolean {
    const i = this.indexAt(y);
    return i === this.starts.length || !(y > this.starts[i]! && y < this.ends[i]!);
  }

  /** An obstacle from top to bottom (a card placed, or one already there). */
  block(top: number, bottom: number): void {
    let start = top - CARD_GAP_Y - this.height;
    let end = bottom + CARD_GAP_Y;
    if (!(end > start)) return;
    // Merge with every interval it overlaps (open intervals that only touch stay apart).
    let i = this.indexAt(start);
    let j = i;
    while (j < this.starts.length && this.starts[j]! < end) {
      start = Math.min(start, this.starts[j]!);
      end = Math.max(end, this.ends[j]!);
      j++;
    }
    this.starts.splice(i, j - i, start);
    this.ends.splice(i, j - i, end);
  }

  /** The same answer as a check of every candidate against every obstacle: nearest to y, below on a tie, never above LANE_TOP. */
  nearest(y: number): number {
    const wanted = Math.max(LANE_TOP, Math.round(y));
    if (this.free(wanted)) return wanted;
    const i = this.indexAt(wanted);
    // Below: the end of the interval holding `wanted`, or of the next if rounding lands inside it.
    let below = Math.ceil(this.ends[i]!);
    for (let k = i + 1; k < this.starts.length && !this.free(below); k++) below = Math.ceil(this.ends[k]!);
    let above: number | null = null;
    for (let k = i; k >= 0; k--) {
      const c = Math.floor(this.starts[k]!);
      if (c < LANE_TOP) break;
      if (this.free(c)) {
        above = c;
        break;
      }
    }
    return above !== null && wanted - above < below - wanted ? above : below;
  }
}

/**
 * The spot in a lane nearest to `y` (above or below; below wins a tie) where a card of
 * `height` keeps CARD_GAP_Y clear of every rectangle in `occupied`, never above LANE_TOP.
 * The card is put at the lane's card x, so it lies wholly inside its lane.
 */
export function freeSpotInLane(occupied: readonly Rect[], stage: StageKey, y: number, height = CARD_HEIGHT): Position {
  return { x: laneCardX(stage), y: new LaneSpace(occupied, stage, height).nearest(y) };
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
  const order = [...copies].sort((a, b) => a.y - b.y || a.key.localeCompare(b.key));
  // One free-room map per lane and card height, kept up to date as copies land. A copy sits
  // at its lane's card x, inside its own lane's column only (lanes are apart).
  const spaces = new Map<string, LaneSpace>();
  const landed: Rect[] = [];
  for (const copy of order) {
    const height = copy.height ?? CARD_HEIGHT;
    const key = `${copy.stage}:${height}`;
    let space = spaces.get(key);
    if (!space) spaces.set(key, (space = new LaneSpace([...occupied, ...landed], copy.stage, height)));
    const position = { x: laneCardX(copy.stage), y: space.nearest(copy.y) };
    placed.set(copy.key, position);
    landed.push({ ...position, width: CARD_WIDTH, height });
    for (const other of spaces.values()) if (other.stage === copy.stage) other.block(position.y, position.y + height);
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
