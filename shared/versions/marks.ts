import type { FieldChange } from '../diffListing';
import { getOwn, type Card, type Id, type Link, type WerkzaamDocument } from '../model';
import { compareVersions, theoryAt } from './store';

/**
 * A version compared with the theory now, as the canvas and the change list show it: each
 * card added since the version or changed (its indicators included), the cards removed
 * since (drawn as grey ghosts where they were), links alike, and every change field by
 * field. Kept for the last document and version asked, so every card on the canvas reads
 * the same result.
 */
export type ChangeMark = 'added' | 'changed';

export interface VersionComparison {
  version: Id;
  changes: FieldChange[];
  cards: Map<Id, ChangeMark>;
  links: Map<Id, ChangeMark>;
  removedCards: Card[];
  removedLinks: Link[];
}

let last: { theory: object; versions: object; id: Id; result: VersionComparison } | null = null;

export function versionComparison(doc: WerkzaamDocument, id: Id): VersionComparison {
  if (last && last.theory === doc.theory && last.versions === doc.versions && last.id === id) return last.result;
  const { diff, changes } = compareVersions(doc, id, 'now');
  const then = theoryAt(doc, id);
  const marks = (type: 'card' | 'link') => {
    const out = new Map<Id, ChangeMark>();
    for (const key of Object.keys(diff.added[type] ?? {})) out.set(key, 'added');
    for (const key of Object.keys(diff.updated[type] ?? {})) out.set(key, 'changed');
    return out;
  };
  const result: VersionComparison = {
    version: id,
    changes,
    cards: marks('card'),
    links: marks('link'),
    removedCards: Object.keys(diff.removed.card ?? {}).map((key) => getOwn(then.cards, key)!).filter(Boolean),
    removedLinks: Object.keys(diff.removed.link ?? {}).map((key) => getOwn(then.links, key)!).filter(Boolean),
  };
  last = { theory: doc.theory, versions: doc.versions, id, result };
  return result;
}
