import { getOwn, type Id, type Theory } from '../../shared/model';

/** A card seen in the last theory asked about: while it is still there, the theory has cards. */
let witness: Id | undefined;

/**
 * Whether a theory has any card. Asked on every document change (the empty-canvas hint):
 * listing the cards' ids each time cost a walk of all cards per edit (issue #9), so a card
 * found once is looked up by id instead, and the ids are listed only when it is gone.
 */
export function hasCards(theory: Theory): boolean {
  if (witness !== undefined && getOwn(theory.cards, witness)) return true;
  witness = Object.keys(theory.cards)[0];
  return witness !== undefined;
}
