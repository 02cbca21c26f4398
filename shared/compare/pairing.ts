import type { Card, Id } from '../model';
import { refKey, type CardRef, type PairScore, type TheoryInput } from './match';
import type { ComparedItem } from './model';

/**
 * What a compared item can be re-paired with: the cards of one theory, the likeliest first
 * (the best score any of the item's cards has with it among the proposal's candidates),
 * then by stage and title. The item's own card of that theory comes first, score or not.
 */
export interface PairOption {
  card: Id;
  title: string;
  stage: Card['stage'];
  score: number;
}

export function pairOptions(inputs: readonly TheoryInput[], candidates: readonly PairScore[], item: ComparedItem, theory: string): PairOption[] {
  const input = inputs.find((i) => i.key === theory);
  if (!input) return [];
  const own = item.cards.find((c) => c.theory === theory)?.card;
  const mine = new Set(item.cards.filter((c) => c.theory !== theory).map(refKey));
  const best = new Map<Id, number>();
  const consider = (other: CardRef, score: number) => {
    if (other.theory === theory) best.set(other.card, Math.max(best.get(other.card) ?? 0, score));
  };
  for (const p of candidates) {
    if (mine.has(refKey(p.a))) consider(p.b, p.score);
    if (mine.has(refKey(p.b))) consider(p.a, p.score);
  }
  return Object.values(input.document.theory.cards)
    .map((c) => ({ card: c.id, title: c.title, stage: c.stage, score: best.get(c.id) ?? 0 }))
    .sort((x, y) => Number(y.card === own) - Number(x.card === own) || y.score - x.score || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
}
