import type { FieldChange } from '../diffListing';
import { getOwn, type Card, type Id, type Link, type Position, type Theory, type WerkzaamDocument } from '../model';
import { CARD_HEIGHT, CARD_WIDTH } from '../layout';
import { compareVersions, theoryAt } from './store';

/**
 * One version compared with a later one or with the theory now, as the canvas and the change
 * list show it: each card added since or changed (its indicators included), the cards
 * removed since (drawn as grey ghosts where they were), links alike, and every change field
 * by field. Kept for the last document and pair asked, so every card and link on the canvas
 * reads the same result.
 */
export type ChangeMark = 'added' | 'changed';

export interface VersionComparison {
  /** The older side: a saved version. */
  version: Id;
  /** The newer side: another saved version, or the theory now. */
  to: Id | 'now';
  changes: FieldChange[];
  cards: Map<Id, ChangeMark>;
  links: Map<Id, ChangeMark>;
  removedCards: Card[];
  removedLinks: Link[];
}

let last: { theory: object | null; versions: object; id: Id; to: Id | 'now'; result: VersionComparison } | null = null;

export function versionComparison(doc: WerkzaamDocument, id: Id, to: Id | 'now' = 'now'): VersionComparison {
  // Two saved versions do not depend on the theory now (a read-only view holds another one).
  const theory = to === 'now' ? doc.theory : null;
  if (last && last.theory === theory && last.versions === doc.versions && last.id === id && last.to === to) return last.result;
  const { diff, changes } = compareVersions(doc, id, to);
  const then = theoryAt(doc, id);
  const marks = (type: 'card' | 'link') => {
    const out = new Map<Id, ChangeMark>();
    for (const key of Object.keys(diff.added[type] ?? {})) out.set(key, 'added');
    for (const key of Object.keys(diff.updated[type] ?? {})) out.set(key, 'changed');
    return out;
  };
  const result: VersionComparison = {
    version: id,
    to,
    changes,
    cards: marks('card'),
    links: marks('link'),
    removedCards: Object.keys(diff.removed.card ?? {}).map((key) => getOwn(then.cards, key)!).filter(Boolean),
    removedLinks: Object.keys(diff.removed.link ?? {}).map((key) => getOwn(then.links, key)!).filter(Boolean),
  };
  last = { theory, versions: doc.versions, id, to, result };
  return result;
}

/**
 * Where a removed link is drawn as a ghost: from the right edge of its source card to the
 * left edge of its target, each where it stands on the canvas shown (`shown`) or, removed
 * too, where it stood then. Cards at both ends are needed; null when one is in neither.
 */
export function ghostLinkEnds(link: Link, then: Theory, shown: Theory): { from: Position; to: Position } | null {
  const at = (id: Id) => getOwn(shown.cards, id) ?? getOwn(then.cards, id);
  const from = at(link.from);
  const to = at(link.to);
  if (!from || !to) return null;
  return {
    from: { x: from.position.x + CARD_WIDTH, y: from.position.y + CARD_HEIGHT / 2 },
    to: { x: to.position.x, y: to.position.y + CARD_HEIGHT / 2 },
  };
}
