import { RECORD_TYPES, sameValue, type RecordDiff, type RecordType } from './diff';
import { RECORDS } from './records';
import type { AnyDecl, AnyField } from './records/define';
import type { Id } from './model';

/**
 * A diff field by field, for change reports, "Changes since version X" and `werkzaam diff`:
 * one entry per added or removed record and per changed field, nested records (a card's
 * indicators) listed as records of their own with their parent named.
 */
export interface FieldChange {
  change: 'added' | 'removed' | 'updated';
  /** Record type: document, theory, card, link, assumption, indicator. */
  type: RecordType | NestedType;
  id: Id;
  /** The record it is nested in (an indicator's card; a measurement's indicator, in its card). */
  parent?: ParentRef;
  /** The field that changed; absent for an added or removed record (then before/after is the record). Unknown keys are named as they are in the file. */
  field?: string;
  before?: unknown;
  after?: unknown;
}

/** A record kept in a list inside another record (a card's indicators, an indicator's measurements, the theory's sticky notes). */
export type NestedType = 'indicator' | 'measurement' | 'note' | 'instrument' | 'organisation';

/** The record a nested one is in, and the record that one is in, up to a record of the diff. */
export interface ParentRef {
  type: RecordType | NestedType;
  id: Id;
  parent?: ParentRef;
}

// Provenance, shown as badges: a card's or link's origins change as one field.
const PROVENANCE = new Set(['cardOrigin', 'linkOrigin']);

/**
 * Records kept inside another record's field, by the field's name: read off the
 * declarations (every `nested` field under the theory and its collections), so a nested
 * record type added later is listed field by field without a change here.
 */
export const NESTED: Partial<Record<RecordType | NestedType, Record<string, NestedType>>> = nestedFields();

function nestedFields(): Partial<Record<RecordType | NestedType, Record<string, NestedType>>> {
  const out: Partial<Record<RecordType | NestedType, Record<string, NestedType>>> = {};
  const walk = (decl: AnyDecl) => {
    for (const key of decl.keys) {
      const f = decl.fields[key] as AnyField;
      if (f.kind !== 'nested' || PROVENANCE.has(f.decl.type)) continue;
      (out[decl.type as RecordType | NestedType] ??= {})[key] = f.decl.type as NestedType;
      walk(f.decl);
    }
  };
  // Not the document: its versions are compared as versions (versions/fileDiff.ts).
  for (const decl of [RECORDS.theory, RECORDS.card, RECORDS.link, RECORDS.assumption]) walk(decl);
  return out;
}

type Fields = Record<string, unknown> & { extra?: Record<string, unknown> };

const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);

function fieldChanges(
  type: RecordType | NestedType,
  id: Id,
  before: Fields,
  after: Fields,
  out: FieldChange[],
  parent?: ParentRef,
): void {
  const nested = NESTED[type] ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    if (field === 'extra') continue;
    const a = before[field];
    const b = after[field];
    if (sameValue(a, b)) continue;
    const childType = nested[field];
    if (childType && Array.isArray(a) && Array.isArray(b)) {
      listNested(childType, { type, id, ...(parent ? { parent } : {}) }, a as Fields[], b as Fields[], out);
      continue;
    }
    out.push({ change: 'updated', type, id, field, before: a, after: b, ...(parent ? { parent } : {}) });
  }
  // Unknown keys (kept from the file) are fields too, named as in the file.
  const extraBefore = before.extra ?? {};
  const extraAfter = after.extra ?? {};
  for (const field of new Set([...Object.keys(extraBefore), ...Object.keys(extraAfter)])) {
    const a = hasOwn(extraBefore, field) ? extraBefore[field] : undefined;
    const b = hasOwn(extraAfter, field) ? extraAfter[field] : undefined;
    if (!sameValue(a, b)) out.push({ change: 'updated', type, id, field, before: a, after: b, ...(parent ? { parent } : {}) });
  }
}

function listNested(type: NestedType, parent: ParentRef, before: Fields[], after: Fields[], out: FieldChange[]): void {
  const byId = (list: Fields[]) => new Map(list.map((r) => [String(r.id), r]));
  const a = byId(before);
  const b = byId(after);
  for (const [id, record] of a) {
    if (b.has(id)) continue;
    out.push({ change: 'removed', type, id, parent, before: record });
    listChildren(type, id, parent, record, 'removed', out);
  }
  for (const [id, record] of b) {
    const old = a.get(id);
    if (old) {
      fieldChanges(type, id, old, record, out, parent);
      continue;
    }
    out.push({ change: 'added', type, id, parent, after: record });
    listChildren(type, id, parent, record, 'added', out);
  }
}

/** The records nested in an added or removed one, each listed as added or removed too. */
function listChildren(type: RecordType | NestedType, id: Id, parent: ParentRef | undefined, record: unknown, change: 'added' | 'removed', out: FieldChange[]): void {
  for (const [field, childType] of Object.entries(NESTED[type] ?? {})) {
    const list = (record as Fields)[field];
    const children = Array.isArray(list) ? (list as Fields[]) : [];
    const here: ParentRef = { type, id, ...(parent ? { parent } : {}) };
    if (change === 'added') listNested(childType, here, [], children, out);
    else listNested(childType, here, children, [], out);
  }
}

/** Every change in a diff, in record-type order (document, theory, cards, links, assumptions). */
export function listChanges(diff: RecordDiff): FieldChange[] {
  const out: FieldChange[] = [];
  for (const type of RECORD_TYPES) {
    for (const [id, record] of Object.entries(diff.removed[type] ?? {})) {
      out.push({ change: 'removed', type, id, before: record });
      listChildren(type, id, undefined, record, 'removed', out);
    }
    for (const [id, record] of Object.entries(diff.added[type] ?? {})) {
      out.push({ change: 'added', type, id, after: record });
      listChildren(type, id, undefined, record, 'added', out);
    }
    for (const [id, [before, after]] of Object.entries(diff.updated[type] ?? {}) as [Id, [Fields, Fields]][]) {
      fieldChanges(type, id, before, after, out);
    }
  }
  return out;
}
