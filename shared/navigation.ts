import { STAGES, stageIndex, type Card, type Id, type Position, type StageKey, type Theory } from './model';
import { cardsInOrder } from './model';
import { CARD_GAP_Y, CARD_HEIGHT, LANE_TOP, cardRect, freeSpotBelow, freeSpotInLane, heightOf, occupiedRects, type Heights } from './layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The card a keyboard user reaches with an arrow key: up/down within the lane (nearest
 * above/below), left/right to the nearest stage that has cards, the card closest in height.
 */
export function neighbour(theory: Theory, fromId: Id | null, direction: Direction): Id | null {
  const cards = cardsInOrder(theory);
  if (cards.length === 0) return null;
  const from = fromId ? theory.cards[fromId] : undefined;
  if (!from) return cards[0]!.id;
  const s = stageIndex(from.stage);
  const closest = (list: Card[]) =>
    list.reduce<Card | null>((best, c) => (!best || Math.abs(c.position.y - from.position.y) < Math.abs(best.position.y - from.position.y) ? c : best), null);
  if (direction === 'up' || direction === 'down') {
    const lane = cards.filter((c) => c.stage === from.stage && c.id !== from.id);
    const candidates = lane.filter((c) => (direction === 'up' ? c.position.y < from.position.y : c.position.y > from.position.y));
    candidates.sort((a, b) => (direction === 'up' ? b.position.y - a.position.y : a.position.y - b.position.y));
    return candidates[0]?.id ?? null;
  }
  const step = direction === 'right' ? 1 : -1;
  for (let i = s + step; i >= 0 && i < 5; i += step) {
    const lane = cards.filter((c) => stageIndex(c.stage) === i);
    if (lane.length > 0) return closest(lane)!.id;
  }
  return null;
}

/**
 * Where the keyboard goes after cards are deleted: the next card below in the lane of the
 * first deleted card, else the one above it, else the nearest card in reading order.
 * `theory` is the theory before the delete.
 */
export function cardAfterRemoving(theory: Theory, removed: readonly Id[]): Id | null {
  const gone = new Set(removed);
  const order = cardsInOrder(theory);
  const first = order.findIndex((c) => gone.has(c.id));
  if (first < 0) return null;
  const stage = order[first]!.stage;
  const after = order.slice(first + 1).filter((c) => !gone.has(c.id));
  const before = order.slice(0, first).filter((c) => !gone.has(c.id)).reverse();
  return (
    after.find((c) => c.stage === stage)?.id ??
    before.find((c) => c.stage === stage)?.id ??
    after[0]?.id ??
    before[0]?.id ??
    null
  );
}

export interface Move {
  id: Id;
  position: Position;
}

/**
 * Alt+Up/Down: a card changes places with its nearest neighbour above or below in the lane
 * (the order of a lane is its meaning: short term above long term), or moves one slot
 * when there is none, never above the lane's top. Empty when it cannot move.
 */
export function moveInLane(theory: Theory, id: Id, direction: 'up' | 'down'): Move[] {
  const card = theory.cards[id];
  if (!card) return [];
  const other = neighbour(theory, id, direction);
  const swap = other ? theory.cards[other] : undefined;
  if (swap && swap.stage === card.stage) {
    return [
      { id, position: { x: card.position.x, y: swap.position.y } },
      { id: swap.id, position: { x: swap.position.x, y: card.position.y } },
    ];
  }
  const step = CARD_HEIGHT + CARD_GAP_Y;
  const y = direction === 'up' ? Math.max(LANE_TOP, card.position.y - step) : card.position.y + step;
  return y === card.position.y ? [] : [{ id, position: { x: card.position.x, y } }];
}

/**
 * Alt+Left/Right: the cards go to the previous or next stage, each into the first free
 * slot of that lane at its own height. Empty when a card is already in the first or last stage.
 */
export function moveToStage(theory: Theory, ids: readonly Id[], step: -1 | 1, heights?: Heights): Move[] {
  const cards = ids.map((id) => theory.cards[id]).filter((c): c is Card => Boolean(c));
  if (cards.length === 0 || cards.some((c) => !STAGES[stageIndex(c.stage) + step])) return [];
  const occupied = occupiedRects(Object.values(theory.cards).filter((c) => !ids.includes(c.id)), heights);
  const moves: Move[] = [];
  for (const card of [...cards].sort((a, b) => a.position.y - b.position.y)) {
    const stage: StageKey = STAGES[stageIndex(card.stage) + step]!;
    const position = freeSpotInLane(occupied, stage, card.position.y, heightOf(heights, card.id));
    occupied.push(cardRect({ id: card.id, position }, heights));
    moves.push({ id: card.id, position });
  }
  return moves;
}

/** Where a new card goes that is added next to `beside`: the first free slot below it in its lane. */
export function slotBelow(theory: Theory, beside: Card, heights?: Heights): Position {
  return freeSpotBelow(occupiedRects(Object.values(theory.cards), heights), beside.stage, beside.position.y + heightOf(heights, beside.id) + CARD_GAP_Y);
}

export interface LinkCandidate {
  id: Id;
  /** The link would run to an earlier stage. */
  backwards: boolean;
}

/**
 * The cards a card can be linked to (`to`) or from (`from`), the likeliest first: the
 * neighbouring stage in the link's direction, then further stages, then its own stage, and
 * last the ones that would make the link run backwards. Cards already linked that way are left out.
 */
export function linkCandidates(theory: Theory, cardId: Id, direction: 'to' | 'from'): LinkCandidate[] {
  const card = theory.cards[cardId];
  if (!card) return [];
  const linked = new Set(
    Object.values(theory.links)
      .filter((l) => (direction === 'to' ? l.from === cardId : l.to === cardId))
      .map((l) => (direction === 'to' ? l.to : l.from)),
  );
  const here = stageIndex(card.stage);
  // Steps along the link's direction: 1 = the next stage that way, 0 = the same stage, < 0 = backwards.
  const steps = (c: Card) => (direction === 'to' ? 1 : -1) * (stageIndex(c.stage) - here);
  const rank = (c: Card) => (steps(c) > 0 ? steps(c) : steps(c) === 0 ? 10 : 20 - steps(c));
  return cardsInOrder(theory)
    .filter((c) => c.id !== cardId && !linked.has(c.id))
    .map((c, order) => ({ c, order }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.order - b.order)
    .map(({ c }) => ({ id: c.id, backwards: steps(c) < 0 }));
}

export interface CardLink {
  id: Id;
  /** The link leaves this card (else it arrives). */
  outgoing: boolean;
  /** The card at the other end. */
  other: Id;
  hasRationale: boolean;
}

/** A card's links, outgoing and incoming, in link order: what its inspector lists. */
export function cardLinks(theory: Theory, cardId: Id): CardLink[] {
  return Object.values(theory.links)
    .filter((l) => l.from === cardId || l.to === cardId)
    .map((l) => ({ id: l.id, outgoing: l.from === cardId, other: l.from === cardId ? l.to : l.from, hasRationale: l.rationale.trim() !== '' }));
}
