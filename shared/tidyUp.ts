import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { STAGES, compareIds, getOwn, stageIndex, type Id, type Position, type StageKey, type Theory } from './model';
import { CARD_GAP_Y, CARD_WIDTH, LANE_TOP, cardRect, heightOf, stackColumns, type Heights } from './layout';

/**
 * Tidy up: lay the cards out in their stage columns, ordered within each column so that
 * arrows cross as little as possible. The ordering is elkjs's layered layout (its crossing
 * minimisation is the part we use); the columns themselves stay the app's stage lanes, so
 * every card lands inside its own lane.
 *
 * One layer group per stage: the cards are handed to ELK at an x per stage with
 * interactive layering, which keeps each stage's cards together and in stage order the
 * way elkjs's partitioning does. Partitioning itself was measured about 6× slower at 300
 * cards (8.8 s against 1.4 s here; its constraints grow with the square of a stage's
 * size), so it is not used. Large theories get fewer crossing-minimisation passes.
 *
 * Pure: the ELK instance is handed in, so the renderer runs it in a Web Worker (elkjs is
 * large and a big theory takes a moment) and tests run it in Node.
 */
export interface Elk {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface TidyRequest {
  theory: Pick<Theory, 'cards' | 'links'>;
  /** Tidy only these cards (the selection); the others stay where they are. Absent: all. */
  ids?: readonly Id[];
  /** Card heights as drawn (cards grow to fit their title); absent ids are standard height. */
  heights?: Heights;
}

export interface Move {
  id: Id;
  position: Position;
}

const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  // Only the order of the cards is used, so edges need no careful routing.
  'elk.edgeRouting': 'POLYLINE',
  // Ties keep the current order, so tidying a tidy theory changes nothing.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.spacing.nodeNode': String(CARD_GAP_Y),
  'elk.layered.spacing.nodeNodeBetweenLayers': '60',
  'elk.randomSeed': '1',
};

/** The cards to tidy, in reading order (stage, then top to bottom): ELK's model order. */
function scope(request: TidyRequest): Id[] {
  const { cards } = request.theory;
  const ids = request.ids ? request.ids.filter((id) => getOwn(cards, id)) : Object.keys(cards);
  return [...new Set(ids)].sort((a, b) => {
    const ca = cards[a]!;
    const cb = cards[b]!;
    return stageIndex(ca.stage) - stageIndex(cb.stage) || ca.position.y - cb.position.y || ca.position.x - cb.position.x || compareIds(a, b);
  });
}

/**
 * Effort by size: thorough for a workshop's theory, quick for a huge one (1,000 cards took
 * 12 s with the defaults, 1.6 s with these). Node placement matters only where a stage
 * spans several layers (links within a stage): Brandes–Köpf lines those cards up.
 */
function sizeOptions(cards: number): Record<string, string> {
  if (cards <= 150) return { 'elk.layered.thoroughness': '7', 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' };
  if (cards <= 400) return { 'elk.layered.thoroughness': '3', 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' };
  return { 'elk.layered.thoroughness': '1', 'elk.layered.nodePlacement.strategy': 'SIMPLE' };
}

/** Far enough apart that ELK's interactive layering reads one layer group per stage. */
const STAGE_SPACING = 10_000;

/** The graph ELK lays out: one node per card in scope at its stage's x; links among them. */
export function tidyGraph(request: TidyRequest): ElkNode {
  const ids = scope(request);
  const inScope = new Set(ids);
  const { cards, links } = request.theory;
  const edges: ElkExtendedEdge[] = [];
  for (const link of Object.values(links)) {
    if (!inScope.has(link.from) || !inScope.has(link.to) || link.from === link.to) continue;
    // A link that runs back to an earlier stage cannot be drawn left to right with the
    // stages in order; turned round it still pulls its two cards level.
    const backwards = stageIndex(cards[link.from]!.stage) > stageIndex(cards[link.to]!.stage);
    edges.push({ id: link.id, sources: [backwards ? link.to : link.from], targets: [backwards ? link.from : link.to] });
  }
  return {
    id: 'root',
    layoutOptions: { ...LAYOUT_OPTIONS, ...sizeOptions(ids.length) },
    children: ids.map((id) => ({
      id,
      x: stageIndex(cards[id]!.stage) * STAGE_SPACING,
      y: cards[id]!.position.y,
      width: CARD_WIDTH,
      height: heightOf(request.heights, id),
    })),
    edges,
  };
}

type Columns = Partial<Record<StageKey, Id[]>>;

/** Per stage, the cards in scope in ELK's top-to-bottom order. */
function columnsFrom(request: TidyRequest, laidOut: ElkNode): Columns {
  const { cards } = request.theory;
  const ids = scope(request);
  const elk = new Map((laidOut.children ?? []).map((n) => [n.id, n]));
  const columns: Columns = {};
  for (const stage of STAGES) {
    columns[stage] = ids
      .filter((id) => cards[id]!.stage === stage)
      .sort((a, b) => {
        const na = elk.get(a);
        const nb = elk.get(b);
        // Within one stage ELK may use several layers (links between cards of one stage):
        // top to bottom first, then left to right, so a chain within a stage reads downwards.
        return (na?.y ?? 0) - (nb?.y ?? 0) || (na?.x ?? 0) - (nb?.x ?? 0) || ids.indexOf(a) - ids.indexOf(b);
      });
  }
  return columns;
}

/**
 * An order and its mirror image cross equally often; keep the one closer to the current
 * reading order (the first card stays near the top), so a tidy-up does not turn a chain
 * upside down.
 */
function oriented(columns: Columns, current: readonly Id[]): Columns {
  const rank = new Map(current.map((id, n) => [id, n]));
  let agree = 0;
  for (const ids of Object.values(columns)) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) agree += Math.sign(rank.get(ids[j]!)! - rank.get(ids[i]!)!);
    }
  }
  if (agree >= 0) return columns;
  return Object.fromEntries(Object.entries(columns).map(([stage, ids]) => [stage, [...ids].reverse()])) as Columns;
}

/**
 * Links within a stage (outcomes building on each other) read downwards: each column is
 * put in an order where such a link's card comes above its target, as close to the given
 * order as that allows (a cycle is broken at its first card in that order).
 */
function downwards(request: TidyRequest, columns: Columns): Columns {
  const { cards, links } = request.theory;
  const out: Columns = {};
  for (const [stage, ids] of Object.entries(columns) as [StageKey, Id[]][]) {
    const inColumn = new Set(ids);
    const before = new Map(ids.map((id) => [id, new Set<Id>()]));
    for (const l of Object.values(links)) {
      if (l.from !== l.to && inColumn.has(l.from) && inColumn.has(l.to) && cards[l.from]!.stage === stage) before.get(l.to)!.add(l.from);
    }
    const placed: Id[] = [];
    const done = new Set<Id>();
    while (placed.length < ids.length) {
      const next = ids.find((id) => !done.has(id) && [...before.get(id)!].every((p) => done.has(p))) ?? ids.find((id) => !done.has(id))!;
      done.add(next);
      placed.push(next);
    }
    out[stage] = placed;
  }
  return out;
}

/** The cards in scope per stage in their current top-to-bottom order. */
function currentColumns(request: TidyRequest): Columns {
  const ids = scope(request);
  return Object.fromEntries(STAGES.map((stage) => [stage, ids.filter((id) => request.theory.cards[id]!.stage === stage)])) as Columns;
}

/**
 * Stacked in the stages' lanes: the whole theory starts at the lane top with columns
 * centred on the tallest; a selection keeps its place (it starts where its highest card
 * was) and steps over the cards left out.
 */
function positionsFor(request: TidyRequest, columns: Columns): Map<Id, Position> {
  const { cards } = request.theory;
  const ids = scope(request);
  const inScope = new Set(ids);
  const whole = ids.length === Object.keys(cards).length;
  const fixed = whole ? [] : Object.values(cards).filter((c) => !inScope.has(c.id)).map((c) => cardRect(c, request.heights));
  const top = whole ? LANE_TOP : Math.min(...ids.map((id) => cards[id]!.position.y));
  return stackColumns(columns, { top, centre: true, heights: request.heights, fixed });
}

function movesFor(request: TidyRequest, positions: ReadonlyMap<Id, Position>): Move[] {
  const moves: Move[] = [];
  for (const id of scope(request)) {
    const to = positions.get(id)!;
    const from = request.theory.cards[id]!.position;
    if (to.x !== from.x || to.y !== from.y) moves.push({ id, position: to });
  }
  return moves;
}

/** The moves one ELK result asks for (oriented as the cards read now); only cards that move. */
export function tidyMoves(request: TidyRequest, laidOut: ElkNode): Move[] {
  return movesFor(request, positionsFor(request, downwards(request, oriented(columnsFrom(request, laidOut), scope(request)))));
}

/**
 * ELK's sweep with and without regard to the current order can each win; up to this many
 * cards both are tried and the order with fewer crossings (as drawn in the lanes) is kept.
 */
const TRY_BOTH_UP_TO = 400;

/** Lay out and return the moves (an empty list when all is tidy already). */
export async function tidyUp(elk: Elk, request: TidyRequest): Promise<Move[]> {
  const ids = scope(request);
  if (ids.length === 0) return [];
  const graph = tidyGraph(request);
  const variants: Record<string, string>[] = ids.length <= TRY_BOTH_UP_TO ? [{}, { 'elk.layered.considerModelOrder.strategy': 'NONE' }] : [{}];
  // The current order, stacked, is a candidate too and wins a tie: tidying never adds a
  // crossing, and tidying a tidy theory moves nothing.
  const keep = positionsFor(request, downwards(request, currentColumns(request)));
  let best = { positions: keep, crossings: crossings(request.theory, keep, request.heights) };
  for (const extra of variants) {
    if (best.crossings === 0) break;
    const laidOut = await elk.layout({ ...graph, layoutOptions: { ...graph.layoutOptions, ...extra } });
    const positions = positionsFor(request, downwards(request, oriented(columnsFrom(request, laidOut), ids)));
    const count = crossings(request.theory, positions, request.heights);
    if (count < best.crossings) best = { positions, crossings: count };
  }
  return movesFor(request, best.positions);
}

/**
 * How many pairs of links cross when drawn straight from the right edge of one card to the
 * left edge of the next (links within a stage are left out). A measure for tests and for
 * choosing an order; not a drawing of the canvas's curves.
 */
export function crossings(theory: Pick<Theory, 'cards' | 'links'>, positions: ReadonlyMap<Id, Position> = new Map(), heights?: Heights): number {
  const at = (id: Id) => positions.get(id) ?? theory.cards[id]!.position;
  const segments: { a: Position; b: Position; ends: Set<Id> }[] = [];
  for (const l of Object.values(theory.links)) {
    const from = getOwn(theory.cards, l.from);
    const to = getOwn(theory.cards, l.to);
    if (!from || !to || from.stage === to.stage) continue;
    const [left, right] = stageIndex(from.stage) < stageIndex(to.stage) ? [from, to] : [to, from];
    const a = { x: at(left.id).x + CARD_WIDTH, y: at(left.id).y + heightOf(heights, left.id) / 2 };
    const b = { x: at(right.id).x, y: at(right.id).y + heightOf(heights, right.id) / 2 };
    segments.push({ a, b, ends: new Set([l.from, l.to]) });
  }
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i]!;
      const t = segments[j]!;
      if ([...s.ends].some((id) => t.ends.has(id))) continue;
      if (properlyIntersect(s.a, s.b, t.a, t.b)) count++;
    }
  }
  return count;
}

function cross(o: Position, a: Position, b: Position): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function properlyIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}
