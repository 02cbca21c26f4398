import type { Card, Id } from '../model';
import type { Organisation } from '../records/organisation';

/**
 * The organisation filter of a generic theory (issue #12): the organisations shown, each
 * toggled on its own, kept in the theory's order of organisations. A card passes when it
 * came from any organisation shown; with none shown there is no filter. It combines with
 * the AIO and stage highlights (renderer/canvas/derive.ts isDimmed): a card stays bright
 * only when it passes each.
 */
export function toggleOrganisation(shown: readonly Id[] | undefined, id: Id, organisations: readonly Organisation[]): Id[] {
  const on = new Set(shown ?? []);
  if (on.has(id)) on.delete(id);
  else on.add(id);
  return organisations.map((o) => o.id).filter((o) => on.has(o));
}

export function passesOrganisations(card: Pick<Card, 'origins'>, shown: readonly Id[] | undefined): boolean {
  return !shown || shown.length === 0 || card.origins.some((o) => shown.includes(o.organisation));
}
