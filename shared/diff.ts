import type { Assumption, Card, Id, Link, Theory, WerkzaamDocument } from './model';

/**
 * Record diffs: the one unit of change (tldraw's store diffs). A command, an undo, an
 * import, a migration or a co-editor's change is a RecordDiff: records added, updated
 * ([before, after]) and removed, by record type and id. Versions (#12), compare/merge and
 * co-editing are built on the same thing.
 *
 * Records are immutable and shared between documents, so a diff holds references, not
 * copies: its memory is the changed records, never the document.
 *
 * The two singletons (the file root and the theory's own fields) have one fixed id each
 * and are only ever updated. Nested records (a card's indicators) travel inside their
 * parent; `listChanges` names them as records of their own.
 */
export type DiffSource = 'user' | 'import' | 'migration' | 'remote';

/** The file root without the theory: format, version and unknown root keys. */
export type DocumentRecord = Omit<WerkzaamDocument, 'theory'>;
/** The theory's own fields, without its collections. */
export type TheoryRecord = Omit<Theory, CollectionKey>;

export interface RecordTypes {
  document: DocumentRecord;
  theory: TheoryRecord;
  card: Card;
  link: Link;
  assumption: Assumption;
}
export type RecordType = keyof RecordTypes;

export const COLLECTIONS = { card: 'cards', link: 'links', assumption: 'assumptions' } as const;
export type CollectionType = keyof typeof COLLECTIONS;
export type CollectionKey = (typeof COLLECTIONS)[CollectionType];
export const COLLECTION_TYPES = Object.keys(COLLECTIONS) as CollectionType[];
export type SingletonType = 'document' | 'theory';
export const SINGLETON_TYPES: readonly SingletonType[] = ['document', 'theory'];
export const RECORD_TYPES: readonly RecordType[] = [...SINGLETON_TYPES, ...COLLECTION_TYPES];
/** The id a singleton record goes by in a diff. */
export const SINGLETON_ID: { [T in SingletonType]: T } = { document: 'document', theory: 'theory' };

export type RecordsOf<T extends RecordType> = Record<Id, RecordTypes[T]>;

export interface RecordDiff {
  source: DiffSource;
  added: { [T in RecordType]?: RecordsOf<T> };
  updated: { [T in RecordType]?: Record<Id, [RecordTypes[T], RecordTypes[T]]> };
  removed: { [T in RecordType]?: RecordsOf<T> };
  /**
   * Order within a collection is the order of the file, so it is kept exactly. Added
   * records without a `placed` index go to the end, in the order listed. `placed` gives the
   * index after the change of an added or moved record; `displaced` the index before the
   * change of a removed or moved record (what the inverse needs to put it back). A moved
   * record is listed in `updated` with both.
   */
  placed?: { [T in CollectionType]?: Record<Id, number> };
  displaced?: { [T in CollectionType]?: Record<Id, number> };
}

export function emptyDiff(source: DiffSource = 'user'): RecordDiff {
  return { source, added: {}, updated: {}, removed: {} };
}

const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);
const isEmptyObject = (object: object | undefined) => {
  if (!object) return true;
  for (const key in object) if (hasOwn(object, key)) return false;
  return true;
};
const someNonEmpty = (part: Record<string, object | undefined> | undefined) =>
  part !== undefined && Object.values(part).some((records) => !isEmptyObject(records));

export function isEmptyDiff(diff: RecordDiff): boolean {
  return !someNonEmpty(diff.added) && !someNonEmpty(diff.updated) && !someNonEmpty(diff.removed) && !someNonEmpty(diff.placed);
}

/** Structural equality of JSON-like values (records, their fields, unknown keys). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function documentRecordOf(doc: WerkzaamDocument): DocumentRecord {
  const { theory: _theory, ...rest } = doc;
  return rest;
}

export function theoryRecordOf(theory: Theory): TheoryRecord {
  const { cards: _c, links: _l, assumptions: _a, ...rest } = theory;
  return rest;
}

/** The records of one type in a document, by id (a singleton as its one record). */
export function recordsOf<T extends RecordType>(doc: WerkzaamDocument, type: T): RecordsOf<T> {
  if (type === 'document') return { document: documentRecordOf(doc) } as unknown as RecordsOf<T>;
  if (type === 'theory') return { theory: theoryRecordOf(doc.theory) } as unknown as RecordsOf<T>;
  return doc.theory[COLLECTIONS[type as CollectionType]] as unknown as RecordsOf<T>;
}

/**
 * Records per collection object, carried from a collection to the one a diff makes of it, so
 * the count limits (limitCheck.ts) need not count 3,000 keys on every change.
 */
const sizes = new WeakMap<object, number>();

/** How many records a collection holds. */
export function collectionSize(collection: Record<Id, unknown>): number {
  let n = sizes.get(collection);
  if (n === undefined) sizes.set(collection, (n = Object.keys(collection).length));
  return n;
}

/** The changes one diff makes to one collection, applied to a copy of it (order kept exactly). */
function applyToCollection<R>(old: Record<Id, R>, diff: RecordDiff, type: CollectionType): Record<Id, R> {
  const added = (diff.added[type] ?? {}) as Record<Id, R>;
  const updated = (diff.updated[type] ?? {}) as Record<Id, [R, R]>;
  const removed = (diff.removed[type] ?? {}) as Record<Id, R>;
  const placed = diff.placed?.[type];
  if (isEmptyObject(placed) && isEmptyObject(removed)) {
    // The common case (edits and appends): one shallow copy, order unchanged.
    const out = { ...old };
    for (const id of Object.keys(updated)) out[id] = updated[id]![1];
    let grown = 0;
    for (const id of Object.keys(added)) {
      if (!hasOwn(old, id)) grown++;
      out[id] = added[id]!;
    }
    const size = sizes.get(old);
    if (size !== undefined) sizes.set(out, size + grown);
    return out;
  }
  const moved = (id: Id) => placed !== undefined && hasOwn(placed, id) && hasOwn(updated, id);
  const base = Object.keys(old).filter((id) => !hasOwn(removed, id) && !moved(id));
  for (const id of Object.keys(added)) if (!placed || !hasOwn(placed, id)) base.push(id);
  const inserts = Object.entries(placed ?? {}).sort((a, b) => a[1] - b[1]);
  const order: Id[] = [];
  let next = 0;
  for (const [id, at] of inserts) {
    while (order.length < at && next < base.length) order.push(base[next++]!);
    order.push(id);
  }
  while (next < base.length) order.push(base[next++]!);
  const out: Record<Id, R> = {};
  for (const id of order) out[id] = hasOwn(updated, id) ? updated[id]![1] : hasOwn(added, id) ? added[id]! : old[id]!;
  sizes.set(out, order.length);
  return out;
}

/**
 * The document with the diff applied. Unchanged records and collections are shared with
 * `doc`; a changed collection is one shallow copy (see DEVELOPERS.md for the cost).
 */
export function applyDiff(doc: WerkzaamDocument, diff: RecordDiff): WerkzaamDocument {
  const theoryUpdate = diff.updated.theory?.theory;
  const documentUpdate = diff.updated.document?.document;
  const collections: Partial<Pick<Theory, CollectionKey>> = {};
  for (const type of COLLECTION_TYPES) {
    const touched =
      !isEmptyObject(diff.added[type]) || !isEmptyObject(diff.updated[type]) || !isEmptyObject(diff.removed[type]) || !isEmptyObject(diff.placed?.[type]);
    if (touched) (collections as Record<string, unknown>)[COLLECTIONS[type]] = applyToCollection<unknown>(doc.theory[COLLECTIONS[type]], diff, type);
  }
  if (!theoryUpdate && !documentUpdate && Object.keys(collections).length === 0) return doc;
  const old = doc.theory;
  const theory: Theory = theoryUpdate
    ? { ...theoryUpdate[1], cards: old.cards, links: old.links, assumptions: old.assumptions, ...collections }
    : Object.keys(collections).length > 0
      ? { ...old, ...collections }
      : old;
  return documentUpdate ? { ...documentUpdate[1], theory } : { ...doc, theory };
}

const swapPairs = (part: RecordDiff['updated']): RecordDiff['updated'] => {
  const out: RecordDiff['updated'] = {};
  for (const [type, records] of Object.entries(part) as [RecordType, Record<Id, [unknown, unknown]>][]) {
    const swapped: Record<Id, [unknown, unknown]> = {};
    for (const id of Object.keys(records)) swapped[id] = [records[id]![1], records[id]![0]];
    (out as Record<string, unknown>)[type] = swapped;
  }
  return out;
};

/** The diff that undoes `diff`: applyDiff(applyDiff(a, d), invertDiff(d)) equals a, order included. */
export function invertDiff(diff: RecordDiff, source: DiffSource = diff.source): RecordDiff {
  const inverse: RecordDiff = { source, added: diff.removed, updated: swapPairs(diff.updated), removed: diff.added };
  if (diff.displaced) inverse.placed = diff.displaced;
  if (diff.placed) inverse.displaced = diff.placed;
  return inverse;
}

function indexOf(keys: Id[]): Map<Id, number> {
  const at = new Map<Id, number>();
  keys.forEach((id, i) => at.set(id, i));
  return at;
}

/** Positions (in `sequence`) of a longest strictly increasing subsequence: the records that kept their order. */
function longestIncreasing(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(sequence.length);
  for (let i = 0; i < sequence.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < sequence[i]!) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}

function setPart(part: Record<string, unknown>, type: RecordType, id: Id, value: unknown): void {
  ((part[type] ??= {}) as Record<Id, unknown>)[id] = value;
}

function diffSingletons(a: WerkzaamDocument, b: WerkzaamDocument, diff: RecordDiff): void {
  for (const type of SINGLETON_TYPES) {
    const before = recordsOf(a, type)[type];
    const after = recordsOf(b, type)[type];
    if (!sameValue(before, after)) setPart(diff.updated, type, type, [before, after]);
  }
}

/**
 * What changed from `a` to `b`, by record: applyDiff(a, diffDocuments(a, b)) equals b,
 * with every collection in b's order. Unchanged records are found by reference first, so
 * two versions of one document diff in time proportional to their size, cheaply.
 */
export function diffDocuments(a: WerkzaamDocument, b: WerkzaamDocument, source: DiffSource = 'user'): RecordDiff {
  const diff = emptyDiff(source);
  if (a === b) return diff;
  diffSingletons(a, b, diff);
  for (const type of COLLECTION_TYPES) {
    const before = a.theory[COLLECTIONS[type]] as Record<Id, unknown>;
    const after = b.theory[COLLECTIONS[type]] as Record<Id, unknown>;
    if (before === after) continue;
    const keysA = Object.keys(before);
    const keysB = Object.keys(after);
    const atA = indexOf(keysA);
    const atB = indexOf(keysB);
    const placed: Record<Id, number> = {};
    const displaced: Record<Id, number> = {};
    keysA.forEach((id, i) => {
      if (!atB.has(id)) {
        setPart(diff.removed, type, id, before[id]);
        displaced[id] = i;
      } else if (!sameValue(before[id], after[id])) setPart(diff.updated, type, id, [before[id], after[id]]);
    });
    const common: Id[] = [];
    keysB.forEach((id, i) => {
      if (!atA.has(id)) {
        setPart(diff.added, type, id, after[id]);
        placed[id] = i;
      } else common.push(id);
    });
    // Records that both have but in another order: keep the longest run in order, move the rest.
    const kept = longestIncreasing(common.map((id) => atA.get(id)!));
    common.forEach((id, i) => {
      if (kept.has(i)) return;
      if (!diff.updated[type] || !hasOwn(diff.updated[type]!, id)) setPart(diff.updated, type, id, [before[id], after[id]]);
      placed[id] = atB.get(id)!;
      displaced[id] = atA.get(id)!;
    });
    if (!isEmptyObject(placed)) (diff.placed ??= {})[type] = placed;
    if (!isEmptyObject(displaced)) (diff.displaced ??= {})[type] = displaced;
  }
  return diff;
}

/** The ids a diff touches, per record type. */
export function touchedIds(diff: RecordDiff): Map<RecordType, Set<Id>> {
  const out = new Map<RecordType, Set<Id>>();
  for (const part of [diff.added, diff.updated, diff.removed, diff.placed ?? {}, diff.displaced ?? {}]) {
    for (const [type, records] of Object.entries(part) as [RecordType, object][]) {
      let ids = out.get(type);
      if (!ids) out.set(type, (ids = new Set()));
      for (const id of Object.keys(records)) ids.add(id);
    }
  }
  return out;
}

/**
 * One diff for a run of diffs applied one after the other to `base` (a drag, a typing run,
 * everything since a history mark). `current` is the result when the caller has it.
 * Only the records the diffs touch are compared, so the cost follows the run, not the document.
 */
export function squashDiffs(
  base: WerkzaamDocument,
  diffs: readonly RecordDiff[],
  current: WerkzaamDocument = diffs.reduce(applyDiff, base),
  source: DiffSource = diffs[0]?.source ?? 'user',
): RecordDiff {
  const diff = emptyDiff(source);
  const touched = new Map<RecordType, Set<Id>>();
  // A record removed and added again (or moved) within the run may come back elsewhere: place it anew.
  const reinserted = new Map<RecordType, Set<Id>>();
  for (const d of diffs) {
    for (const [type, ids] of touchedIds(d)) {
      const all = touched.get(type) ?? new Set<Id>();
      for (const id of ids) all.add(id);
      touched.set(type, all);
    }
    for (const part of [d.added, d.removed, d.placed ?? {}]) {
      for (const [type, records] of Object.entries(part) as [RecordType, object][]) {
        const ids = reinserted.get(type) ?? new Set<Id>();
        for (const id of Object.keys(records)) ids.add(id);
        reinserted.set(type, ids);
      }
    }
  }
  for (const [type, ids] of touched) {
    if (type === 'document' || type === 'theory') {
      const before = recordsOf(base, type)[type];
      const after = recordsOf(current, type)[type];
      if (!sameValue(before, after)) setPart(diff.updated, type, type, [before, after]);
      continue;
    }
    const before = recordsOf(base, type) as Record<Id, unknown>;
    const after = recordsOf(current, type) as Record<Id, unknown>;
    let atBefore: Map<Id, number> | undefined;
    let atAfter: Map<Id, number> | undefined;
    const beforeIndex = (id: Id) => (atBefore ??= indexOf(Object.keys(before))).get(id)!;
    const afterIndex = (id: Id) => (atAfter ??= indexOf(Object.keys(after))).get(id)!;
    const placed: Record<Id, number> = {};
    const displaced: Record<Id, number> = {};
    for (const id of ids) {
      const was = hasOwn(before, id);
      const is = hasOwn(after, id);
      if (was && !is) {
        setPart(diff.removed, type, id, before[id]);
        displaced[id] = beforeIndex(id);
      } else if (!was && is) {
        setPart(diff.added, type, id, after[id]);
        placed[id] = afterIndex(id);
      } else if (was && is) {
        const maybeMoved = reinserted.get(type)?.has(id) === true;
        if (maybeMoved || !sameValue(before[id], after[id])) setPart(diff.updated, type, id, [before[id], after[id]]);
        if (maybeMoved) {
          placed[id] = afterIndex(id);
          displaced[id] = beforeIndex(id);
        }
      }
    }
    if (!isEmptyObject(placed)) (diff.placed ??= {})[type as CollectionType] = placed;
    if (!isEmptyObject(displaced)) (diff.displaced ??= {})[type as CollectionType] = displaced;
  }
  return diff;
}
