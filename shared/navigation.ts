import { stageIndex, type Card, type Id, type Theory } from './model';
import { cardsInOrder } from './model';

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
