import { getOwn, type Id, type Theory } from './model';

/** A card's title as shown in lists: trimmed, or undefined when it has none (or no such card). */
export function cardTitle(theory: Theory, id: Id): string | undefined {
  return getOwn(theory.cards, id)?.title.trim() || undefined;
}
