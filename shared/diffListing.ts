import { RECORD_TYPES, sameValue, type RecordDiff, type RecordType } from './diff';
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
  /** The record it is nested in (an indicator's card). */
  parent?: { type: RecordType; id: Id };
  /** The field that changed; absent for an added or removed record (then before/after is the record). Unknown keys are named as they are in the file. */
  field?: string;
  before?: unknown;
  after?: unknown;
}

/** Records kept inside another record's field, by the field's name. Each has an `id`. */
export const NESTED: { [T in RecordType]?: Record<string, NestedType> } = { card: { indicators: 'indicator' } };
export type NestedType = 'indicator';

type Fields = Record<string, unknown> & { extra?: Record<string, unknown> };

const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);

function fieldChanges(
  type: RecordType | NestedType,
  id: Id,
  before: Fields,
  after: Fields,
  out: FieldChange[],
  parent?: FieldChange['parent'],
): void {
  const nested = NESTED[type as RecordType] ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    if (field === 'extra') continue;
    const a = before[field];
    const b = after[field];
    if (sameValue(a, b)) continue;
    const childType = nested[field];
    if (childType && Array.isArray(a) && Array.isArray(b)) {
      listNested(childType, { type: type as RecordType, id }, a as Fields[], b as Fields[], out);
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

function listNested(type: NestedType, parent: { type: RecordType; id: Id }, before: Fields[], after: Fields[], out: FieldChange[]): void {
  const byId = (list: Fields[]) => new Map(list.map((r) => [String(r.id), r]));
  const a = byId(before);
  const b = byId(after);
  for (const [id, record] of a) if (!b.has(id)) out.push({ change: 'removed', type, id, parent, before: record });
  for (const [id, record] of b) {
    const old = a.get(id);
    if (!old) out.push({ change: 'added', type, id, parent, after: record });
    else fieldChanges(type, id, old, record, out, parent);
  }
}

/** Every change in a diff, in record-type order (document, theory, cards, links, assumptions). */
export function listChanges(diff: RecordDiff): FieldChange[] {
  const out: FieldChange[] = [];
  for (const type of RECORD_TYPES) {
    const children = (record: unknown, field: string) => {
      const list = (record as Fields)[field];
      return Array.isArray(list) ? (list as Fields[]) : [];
    };
    for (const [id, record] of Object.entries(diff.removed[type] ?? {})) {
      out.push({ change: 'removed', type, id, before: record });
      for (const [field, childType] of Object.entries(NESTED[type] ?? {})) listNested(childType, { type, id }, children(record, field), [], out);
    }
    for (const [id, record] of Object.entries(diff.added[type] ?? {})) {
      out.push({ change: 'added', type, id, after: record });
      for (const [field, childType] of Object.entries(NESTED[type] ?? {})) listNested(childType, { type, id }, [], children(record, field), out);
    }
    for (const [id, [before, after]] of Object.entries(diff.updated[type] ?? {}) as [Id, [Fields, Fields]][]) {
      fieldChanges(type, id, before, after, out);
    }
  }
  return out;
}
