import { STAGES, cardsInOrder, stageIndex, type Card, type Id, type Link, type StageKey, type Theory } from '../model';

/**
 * Short reference numbers for cards ("2.3" = third card of the second stage), used in the
 * diagram, the narrative and the tables so a reader can cross-reference. Language-neutral.
 */
export interface CardRefs {
  ref(id: Id): string;
  byStage: Record<StageKey, Card[]>;
}

export function cardRefs(theory: Theory): CardRefs {
  const byStage = Object.fromEntries(STAGES.map((s) => [s, [] as Card[]])) as Record<StageKey, Card[]>;
  for (const card of cardsInOrder(theory)) byStage[card.stage].push(card);
  const refs = new Map<Id, string>();
  for (const stage of STAGES) {
    byStage[stage].forEach((card, i) => refs.set(card.id, `${stageIndex(stage) + 1}.${i + 1}`));
  }
  return { ref: (id) => refs.get(id) ?? id, byStage };
}

/** The links into and out of each card, in the order given: one pass, so a report of 50,000 links stays linear. */
export function linksByCard(links: readonly Link[]): { into(id: Id): Link[]; outOf(id: Id): Link[] } {
  const into = new Map<Id, Link[]>();
  const outOf = new Map<Id, Link[]>();
  const add = (map: Map<Id, Link[]>, id: Id, link: Link) => {
    const list = map.get(id);
    if (list) list.push(link);
    else map.set(id, [link]);
  };
  for (const link of links) {
    add(outOf, link.from, link);
    add(into, link.to, link);
  }
  return { into: (id) => into.get(id) ?? [], outOf: (id) => outOf.get(id) ?? [] };
}
