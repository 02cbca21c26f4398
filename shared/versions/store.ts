import {
  COLLECTIONS,
  COLLECTION_TYPES,
  applyDiff,
  diffDocuments,
  emptyDiff,
  sameValue,
  theoryRecordOf,
  type CollectionType,
  type RecordDiff,
  type RecordTypes,
} from '../diff';
import { listChanges, type FieldChange } from '../diffListing';
import { CURRENT_VERSION, FORMAT_NAME, emptyTheory, type Id, type Theory, type WerkzaamDocument } from '../model';
import { nextId } from '../ids';
import { MAX_VERSIONS, type Version } from '../records/version';

/**
 * Versions inside the file (issue #12), built on the core's record diffs: a version is the
 * diff from the version before it (diffDocuments), stored one way (./../records/version.ts);
 * reading a version applies the stored diffs one after the other (applyDiff); restoring one
 * is the diff from now to it, applied as one undo step; comparing two is the diff between
 * them, listed field by field (listChanges).
 *
 * Saving a version is not an undo step: it records the theory, it does not change it, and
 * an undo should never take a saved version away. It does make the file unsaved.
 */

export type VersionMeta = Pick<Version, 'label' | 'author' | 'note' | 'created'>;

/** What the first version is stored against: a theory with nothing in it. */
export const VERSION_BASE: Theory = { ...emptyTheory('nl'), title: '' };
const BASE = VERSION_BASE;

const ORDER_FIELD = { card: 'cardOrder', link: 'linkOrder', assumption: 'assumptionOrder' } as const;
const REMOVED_FIELD = { card: 'removedCards', link: 'removedLinks', assumption: 'removedAssumptions' } as const;
const RECORDS_FIELD = COLLECTIONS;

const wrap = (theory: Theory): WerkzaamDocument => ({ format: FORMAT_NAME, version: CURRENT_VERSION, theory, versions: [] });
const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);

type Changes = Omit<Version, 'id' | 'label' | 'author' | 'note' | 'created'>;

/** The order a collection has after `changes` when the version stores none: the rest in place, new records at the end. */
function impliedOrder(before: Record<Id, unknown>, type: CollectionType, changes: Changes): Id[] {
  const removed = new Set<Id>(changes[REMOVED_FIELD[type]]);
  const kept = Object.keys(before).filter((id) => !removed.has(id));
  const have = new Set(kept);
  for (const record of changes[RECORDS_FIELD[type]] as { id: Id }[]) if (!have.has(record.id)) kept.push(record.id);
  return kept;
}

/** The stored form of the change from one theory to the next. */
export function changesBetween(before: Theory, after: Theory): Changes {
  const diff = diffDocuments(wrap(before), wrap(after));
  const out = { theory: theoryRecordOf(after) } as Changes;
  for (const type of COLLECTION_TYPES) {
    const records = after[COLLECTIONS[type]] as Record<Id, RecordTypes[typeof type]>;
    const changed = (id: Id) => hasOwn(diff.added[type] ?? {}, id) || hasOwn(diff.updated[type] ?? {}, id);
    (out as Record<string, unknown>)[RECORDS_FIELD[type]] = Object.keys(records).filter(changed).map((id) => records[id]);
    (out as Record<string, unknown>)[REMOVED_FIELD[type]] = Object.keys(diff.removed[type] ?? {});
    const implied = impliedOrder(before[COLLECTIONS[type]], type, out);
    const actual = Object.keys(records);
    (out as Record<string, unknown>)[ORDER_FIELD[type]] = implied.length === actual.length && implied.every((id, i) => id === actual[i]) ? [] : actual;
  }
  return out;
}

/** The record diff that takes `before` to the theory a version's changes describe (order aside). */
export function diffOfChanges(before: Theory, changes: Changes): RecordDiff {
  const diff = emptyDiff('import');
  diff.updated.theory = { theory: [theoryRecordOf(before), changes.theory as RecordTypes['theory']] };
  for (const type of COLLECTION_TYPES) {
    const old = before[COLLECTIONS[type]] as Record<Id, RecordTypes[typeof type]>;
    const added: Record<Id, unknown> = {};
    const updated: Record<Id, [unknown, unknown]> = {};
    const removed: Record<Id, unknown> = {};
    for (const record of changes[RECORDS_FIELD[type]] as RecordTypes[typeof type][]) {
      if (hasOwn(old, record.id)) updated[record.id] = [old[record.id], record];
      else added[record.id] = record;
    }
    for (const id of changes[REMOVED_FIELD[type]]) if (hasOwn(old, id)) removed[id] = old[id];
    (diff.added as Record<string, unknown>)[type] = added;
    (diff.updated as Record<string, unknown>)[type] = updated;
    (diff.removed as Record<string, unknown>)[type] = removed;
  }
  return diff;
}

/** The records in the order given; any the order leaves out follow in their own order (the reader refuses such a file). */
function reorder<R>(records: Record<Id, R>, order: readonly Id[]): Record<Id, R> {
  if (order.length === 0) return records;
  const out: Record<Id, R> = {};
  for (const id of order) if (hasOwn(records, id)) out[id] = records[id]!;
  for (const id of Object.keys(records)) if (!hasOwn(out, id)) out[id] = records[id]!;
  return out;
}

/** Whether a version's order lists exactly the records it holds. */
export function orderFits(records: object, order: readonly Id[]): boolean {
  return order.length === 0 || (new Set(order).size === order.length && order.length === Object.keys(records).length && order.every((id) => hasOwn(records, id)));
}

/** The theory a version's changes make of the one before it. */
export function applyChanges(before: Theory, changes: Changes): Theory {
  const theory = applyDiff(wrap(before), diffOfChanges(before, changes)).theory;
  const ordered = { ...theory };
  for (const type of COLLECTION_TYPES) {
    (ordered as Record<string, unknown>)[COLLECTIONS[type]] = reorder(theory[COLLECTIONS[type]] as Record<Id, unknown>, changes[ORDER_FIELD[type]]);
  }
  return ordered;
}

// Reading a version replays every diff before it: keep what was read, per list of versions.
const cache = new WeakMap<readonly Version[], Theory[]>();

/** Every version's theory, oldest first. */
export function versionTheories(versions: readonly Version[]): Theory[] {
  let theories = cache.get(versions);
  if (!theories) {
    theories = [];
    let current = BASE;
    for (const v of versions) theories.push((current = applyChanges(current, v)));
    cache.set(versions, theories);
  }
  return theories;
}

export function versionIndex(doc: WerkzaamDocument, id: Id): number {
  const at = doc.versions.findIndex((v) => v.id === id);
  if (at < 0) throw new Error(`no version "${id}"`);
  return at;
}

/** The theory as it was when the version was saved. */
export function theoryAt(doc: WerkzaamDocument, id: Id | 'now'): Theory {
  return id === 'now' ? doc.theory : versionTheories(doc.versions)[versionIndex(doc, id)]!;
}

/** A document showing a version (read-only views, compare, the report). */
export function documentAt(doc: WerkzaamDocument, id: Id | 'now'): WerkzaamDocument {
  return id === 'now' ? doc : { ...doc, theory: theoryAt(doc, id) };
}

function withVersions(doc: WerkzaamDocument, versions: Version[]): RecordDiff {
  const { theory: _t, ...before } = doc;
  const diff = emptyDiff('user');
  diff.updated.document = { document: [before, { ...before, versions }] };
  return diff;
}

/**
 * Save the theory as it is now as a new version. The diff changes the file's list of
 * versions only (apply it with `history: false`: see the note at the top).
 */
export function saveVersion(doc: WerkzaamDocument, meta: VersionMeta): { diff: RecordDiff; id: Id } {
  if (doc.versions.length >= MAX_VERSIONS) throw new Error(`a theory keeps at most ${MAX_VERSIONS} versions`);
  const previous = doc.versions.length > 0 ? versionTheories(doc.versions).at(-1)! : BASE;
  const id = nextId('v', doc.versions.map((v) => v.id));
  const version: Version = { id, ...meta, ...changesBetween(previous, doc.theory) };
  const versions = [...doc.versions, version];
  // What was read of the earlier versions holds for the longer list too.
  cache.set(versions, [...versionTheories(doc.versions), doc.theory]);
  return { diff: withVersions(doc, versions), id };
}

/** Rename a version or change its note. */
export function editVersion(doc: WerkzaamDocument, id: Id, changes: Partial<Pick<Version, 'label' | 'note' | 'author'>>): RecordDiff {
  const at = versionIndex(doc, id);
  const versions = doc.versions.map((v, i) => (i === at ? { ...v, ...changes } : v));
  cache.set(versions, versionTheories(doc.versions));
  return withVersions(doc, versions);
}

/** Delete a version: the one after it is stored against the one before instead, so every other version stays as it was. */
export function deleteVersion(doc: WerkzaamDocument, id: Id): RecordDiff {
  const at = versionIndex(doc, id);
  const theories = versionTheories(doc.versions);
  const versions = doc.versions.filter((_, i) => i !== at);
  const next = doc.versions[at + 1];
  if (next) {
    const { id: nextVersionId, label, author, note, created } = next;
    versions[at] = { id: nextVersionId, label, author, note, created, ...changesBetween(at > 0 ? theories[at - 1]! : BASE, theories[at + 1]!) };
  }
  cache.set(versions, theories.filter((_, i) => i !== at));
  return withVersions(doc, versions);
}

/**
 * Restore a version: the diff from the theory now to the theory then (the file's own
 * bookkeeping, when it was made and last changed, stays). Applied as one undo step, so an
 * undo brings back what there was before the restore.
 */
export function restoreVersion(doc: WerkzaamDocument, id: Id): RecordDiff {
  const then = theoryAt(doc, id);
  const theory: Theory = { ...then, created: doc.theory.created, modified: doc.theory.modified };
  return diffDocuments(doc, { ...doc, theory }, 'user');
}

/** What changed from one version (or now) to another, as a record diff and field by field. */
export function compareVersions(doc: WerkzaamDocument, from: Id | 'now', to: Id | 'now'): { diff: RecordDiff; changes: FieldChange[] } {
  const diff = diffDocuments(wrap(theoryAt(doc, from)), wrap(theoryAt(doc, to)));
  // The file's bookkeeping (when it was last changed) is not a change to report.
  const own = diff.updated.theory?.theory;
  if (own) {
    const [before, after] = own;
    const { created: _c1, modified: _m1, ...b } = before;
    const { created: _c2, modified: _m2, ...a } = after;
    if (sameValue(b, a)) delete diff.updated.theory;
  }
  return { diff, changes: listChanges(diff).filter((c) => !(c.type === 'theory' && (c.field === 'created' || c.field === 'modified'))) };
}

/** The version with this label (the newest of that name), or with this id. */
export function findVersion(doc: WerkzaamDocument, labelOrId: string): Version | undefined {
  const byLabel = [...doc.versions].reverse().find((v) => v.label === labelOrId);
  return byLabel ?? doc.versions.find((v) => v.id === labelOrId);
}
