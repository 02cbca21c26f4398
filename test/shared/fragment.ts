import type { Fragment } from '../../shared/commands';
import type { Id, Theory } from '../../shared/model';

/** The selected cards with the links between them and those links' assumptions. */
export function fragmentOf(theory: Theory, ids: Id[]): Fragment {
  const set = new Set(ids);
  const links = Object.values(theory.links).filter((l) => set.has(l.from) && set.has(l.to));
  const used = new Set(links.flatMap((l) => l.assumptions));
  return {
    cards: ids.map((id) => theory.cards[id]!),
    links,
    assumptions: Object.values(theory.assumptions).filter((a) => used.has(a.id)),
  };
}
