import { bisectLeft } from 'd3-array';
import { COLLECTIONS, type CollectionType, type RecordDiff } from './diff';
import { insertSorted } from './insertSorted';
import type { Id, Link, WerkzaamDocument } from './model';

/**
 * Lookups that commands need and a document does not give directly: the links at a card,
 * the links resting on an assumption, and the highest numbered id per prefix (for c1, c2, …).
 * Built once per document (O(n)), then carried along the chain of diffs in O(change), so
 * no command scans the whole theory for them (paste of 3,000 cards allocates ids in O(1)
 * amortised each instead of rescanning every key per card).
 */
const indexes = new WeakMap<WerkzaamDocument, DocIndex>();

const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);

function add(map: Map<Id, Set<Id>>, key: Id, value: Id): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function drop(map: Map<Id, Set<Id>>, key: Id, value: Id): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

const EMPTY: ReadonlySet<Id> = new Set();

/** The number after `prefix` in an id such as c12, or undefined. */
export function idNumber(id: Id, prefix: string): number | undefined {
  if (!id.startsWith(prefix)) return undefined;
  const n = Number(id.slice(prefix.length));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export class DocIndex {
  private readonly byCard = new Map<Id, Set<Id>>();
  private readonly byAssumption = new Map<Id, Set<Id>>();
  /**
   * The id numbers in use per `type:prefix`, ascending; absent = not known (gathered when
   * asked). Kept whole, not only the highest, so removing the highest id (a new card
   * cancelled, the newest card deleted) finds the next one down without a scan of every id.
   */
  private readonly numbers = new Map<string, number[]>();

  private constructor(private doc: WerkzaamDocument) {
    for (const link of Object.values(doc.theory.links)) this.addLink(link);
  }

  /** The index of a document, built on first use. */
  static of(doc: WerkzaamDocument): DocIndex {
    let index = indexes.get(doc);
    if (!index) indexes.set(doc, (index = new DocIndex(doc)));
    return index;
  }

  /**
   * `next` is `previous` with `diff` applied: move the index along (O(diff)) instead of
   * building a new one. The previous document loses its index (rebuilt if ever asked for).
   */
  static advance(previous: WerkzaamDocument, next: WerkzaamDocument, diff: RecordDiff): void {
    const index = indexes.get(previous);
    if (!index || previous === next) return;
    indexes.delete(previous);
    index.apply(diff, next);
    indexes.set(next, index);
  }

  linksOf(cardId: Id): ReadonlySet<Id> {
    return this.byCard.get(cardId) ?? EMPTY;
  }

  linksUsing(assumptionId: Id): ReadonlySet<Id> {
    return this.byAssumption.get(assumptionId) ?? EMPTY;
  }

  /** The highest n such that `${prefix}${n}` is an id of that type (0 for none). */
  highestNumber(type: CollectionType, prefix: string): number {
    const key = `${type}:${prefix}`;
    let numbers = this.numbers.get(key);
    if (!numbers) {
      numbers = [];
      for (const id of Object.keys(this.doc.theory[COLLECTIONS[type]])) {
        const n = idNumber(id, prefix);
        if (n !== undefined) numbers.push(n);
      }
      numbers.sort((a, b) => a - b);
      this.numbers.set(key, numbers);
    }
    return numbers.at(-1) ?? 0;
  }

  private addLink(link: Link): void {
    add(this.byCard, link.from, link.id);
    add(this.byCard, link.to, link.id);
    for (const a of link.assumptions) add(this.byAssumption, a, link.id);
  }

  private dropLink(link: Link): void {
    drop(this.byCard, link.from, link.id);
    drop(this.byCard, link.to, link.id);
    for (const a of link.assumptions) drop(this.byAssumption, a, link.id);
  }

  private apply(diff: RecordDiff, next: WerkzaamDocument): void {
    this.doc = next;
    for (const link of Object.values(diff.removed.link ?? {})) this.dropLink(link);
    for (const [before, after] of Object.values(diff.updated.link ?? {})) {
      this.dropLink(before);
      this.addLink(after);
    }
    for (const link of Object.values(diff.added.link ?? {})) this.addLink(link);
    for (const [key, numbers] of this.numbers) {
      const [type, prefix] = key.split(/:(.*)/s) as [CollectionType, string];
      for (const id of Object.keys(diff.removed[type] ?? {})) {
        const n = idNumber(id, prefix);
        const at = n === undefined ? -1 : bisectLeft(numbers, n);
        if (at >= 0 && numbers[at] === n) numbers.splice(at, 1);
      }
      const added = Object.keys(diff.added[type] ?? {}).flatMap((id) => idNumber(id, prefix) ?? []);
      insertSorted(numbers, added, (a, b) => a - b);
    }
  }

  /** For tests: whether the index agrees with a fresh one of the same document. */
  matches(doc: WerkzaamDocument): boolean {
    const fresh = new DocIndex(doc);
    const same = (a: Map<Id, Set<Id>>, b: Map<Id, Set<Id>>) =>
      a.size === b.size && [...a].every(([k, v]) => b.has(k) && b.get(k)!.size === v.size && [...v].every((x) => b.get(k)!.has(x)));
    if (!same(this.byCard, fresh.byCard) || !same(this.byAssumption, fresh.byAssumption)) return false;
    return [...this.numbers].every(([key, numbers]) => {
      const [type, prefix] = key.split(/:(.*)/s) as [CollectionType, string];
      fresh.highestNumber(type, prefix);
      const expected = fresh.numbers.get(key)!;
      return numbers.length === expected.length && numbers.every((n, i) => n === expected[i]);
    });
  }
}

