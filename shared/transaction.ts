import {
  COLLECTIONS,
  emptyDiff,
  sameValue,
  theoryRecordOf,
  type CollectionType,
  type DiffSource,
  type RecordDiff,
  type RecordTypes,
  type TheoryRecord,
} from './diff';
import { DocIndex } from './docIndex';
import { highestInVersions } from './versions/ids';
import type { Id, Link, WerkzaamDocument } from './model';

const REMOVED = Symbol('removed');
type Slot<T> = T | typeof REMOVED;

const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * What a command writes with (tldraw's store.put / store.remove): reads see the
 * transaction's own writes, and `diff()` gives exactly the records it changed. Nothing
 * touches the document itself, so a command that throws leaves no trace.
 */
export class Transaction {
  private readonly writes: { [T in CollectionType]: Map<Id, Slot<RecordTypes[T]>> } = {
    card: new Map(),
    link: new Map(),
    assumption: new Map(),
  };
  private theoryWrite: TheoryRecord | undefined;
  private readonly counters = new Map<string, number>();

  constructor(readonly base: WerkzaamDocument) {}

  private get index(): DocIndex {
    return DocIndex.of(this.base);
  }

  get<T extends CollectionType>(type: T, id: Id): RecordTypes[T] | undefined {
    const written = this.writes[type].get(id);
    if (written !== undefined) return written === REMOVED ? undefined : (written as RecordTypes[T]);
    const records = this.base.theory[COLLECTIONS[type]] as Record<Id, RecordTypes[T]>;
    return hasOwn(records, id) ? records[id] : undefined;
  }

  has(type: CollectionType, id: Id): boolean {
    return this.get(type, id) !== undefined;
  }

  /** Add a record, or replace the one with its id. */
  put<T extends CollectionType>(type: T, record: RecordTypes[T]): void {
    this.writes[type].set(record.id, record as never);
  }

  /** Replace some fields of an existing record. */
  update<T extends CollectionType>(type: T, id: Id, changes: Partial<RecordTypes[T]>): RecordTypes[T] {
    const current = this.get(type, id);
    if (!current) throw new Error(`update of a missing ${type} "${id}"`);
    const next = { ...current, ...changes } as RecordTypes[T];
    this.put(type, next);
    return next;
  }

  remove(type: CollectionType, id: Id): void {
    if (this.has(type, id)) this.writes[type].set(id, REMOVED);
  }

  /** The theory's own fields (title, authors, …) as they are now in this transaction. */
  get theory(): TheoryRecord {
    return this.theoryWrite ?? this.base.theory;
  }

  updateTheory(changes: Partial<TheoryRecord>): void {
    this.theoryWrite = { ...(this.theoryWrite ?? theoryRecordOf(this.base.theory)), ...changes };
  }

  /** Every record of a type (base and own writes). A scan: for rare, whole-theory commands only. */
  *all<T extends CollectionType>(type: T): Iterable<RecordTypes[T]> {
    const records = this.base.theory[COLLECTIONS[type]] as Record<Id, RecordTypes[T]>;
    for (const id of Object.keys(records)) {
      const record = this.get(type, id);
      if (record) yield record;
    }
    for (const [id, written] of this.writes[type]) {
      if (written !== REMOVED && !hasOwn(records, id)) yield written as RecordTypes[T];
    }
  }

  /** Links from or to a card, from the document's index and this transaction's own writes. */
  linksOf(cardId: Id): Link[] {
    return this.linksWhere(this.index.linksOf(cardId), (l) => l.from === cardId || l.to === cardId);
  }

  /** Links that rest on an assumption. */
  linksUsing(assumptionId: Id): Link[] {
    return this.linksWhere(this.index.linksUsing(assumptionId), (l) => l.assumptions.includes(assumptionId));
  }

  private linksWhere(indexed: ReadonlySet<Id>, test: (link: Link) => boolean): Link[] {
    const ids = new Set(indexed);
    for (const id of this.writes.link.keys()) ids.add(id);
    const out: Link[] = [];
    for (const id of ids) {
      const link = this.get('link', id);
      if (link && test(link)) out.push(link);
    }
    return out;
  }

  /**
   * The next free id with a prefix (c1, c2, …): one past the highest in use, as files have
   * always been numbered. Deterministic, and O(1) amortised over a paste of many cards.
   */
  newId(type: CollectionType, prefix: string): Id {
    const key = `${type}:${prefix}`;
    // Above the ids saved versions hold too (shared/versions/ids.ts): a saved id is never reused.
    let n = (this.counters.get(key) ?? Math.max(this.index.highestNumber(type, prefix), highestInVersions(this.base.versions, type, prefix))) + 1;
    while (this.has(type, `${prefix}${n}`)) n++;
    this.counters.set(key, n);
    return `${prefix}${n}`;
  }

  /** What this transaction changed; empty when every write put back what was there. */
  diff(source: DiffSource = 'user'): RecordDiff {
    const diff = emptyDiff(source);
    const base = this.base.theory;
    if (this.theoryWrite) {
      const before = theoryRecordOf(base);
      const after = this.theoryWrite;
      if (!sameValue(before, after)) diff.updated.theory = { theory: [before, after] };
    }
    for (const type of Object.keys(this.writes) as CollectionType[]) {
      const writes = this.writes[type];
      if (writes.size === 0) continue;
      const records = base[COLLECTIONS[type]] as Record<Id, unknown>;
      const added: Record<Id, unknown> = {};
      const updated: Record<Id, [unknown, unknown]> = {};
      const removed: Record<Id, unknown> = {};
      for (const [id, written] of writes) {
        const existed = hasOwn(records, id);
        if (written === REMOVED) {
          if (existed) removed[id] = records[id];
        } else if (!existed) added[id] = written;
        else if (!sameValue(records[id], written)) updated[id] = [records[id], written];
      }
      if (Object.keys(added).length) (diff.added as Record<string, unknown>)[type] = added;
      if (Object.keys(updated).length) (diff.updated as Record<string, unknown>)[type] = updated;
      if (Object.keys(removed).length) {
        (diff.removed as Record<string, unknown>)[type] = removed;
        // Where each removed record stood, so undo puts it back in its place in the file.
        const displaced: Record<Id, number> = {};
        let i = 0;
        for (const id in records) {
          if (hasOwn(removed, id)) displaced[id] = i;
          i++;
        }
        (diff.displaced ??= {})[type] = displaced;
      }
    }
    return diff;
  }
}
