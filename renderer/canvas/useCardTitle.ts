import { getOwn, type Id } from '../../shared/model';
import { useTheoryPart } from '../state/services';

/**
 * One card's title, from the document: re-renders only when that title changes. What an
 * arrow is named by (LinkEdge), so the arrow's edge object need not carry it.
 */
export function useCardTitle(id: Id | undefined): string | undefined {
  return useTheoryPart((theory) => (id === undefined ? undefined : getOwn(theory.cards, id)?.title));
}
