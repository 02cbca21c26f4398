import type { z } from 'zod';
import { assumptionRecord } from './assumption';
import { cardRecord } from './card';
import { writeRecord, type AnyDecl, type AnyField, type RecordMigration } from './define';
import { documentRecord } from './document';
import { indicatorRecord } from './indicator';
import { linkRecord } from './link';
import { positionRecord } from './position';
import { theoryRecord } from './theory';
import { cardOriginRecord, linkOriginRecord, organisationRecord } from './organisation';
import { versionRecord } from './version';
import { noteRecord } from './note';
import { instrumentRecord } from './instrument';
import { measurementRecord } from './measurement';

/**
 * Every record type, by the name diffs and listings use. Nested types (indicator, and
 * the position struct) are declared with their parent's field; they are listed here so a
 * test can walk every field of every type.
 */
export const RECORDS = {
  document: documentRecord,
  theory: theoryRecord,
  card: cardRecord,
  link: linkRecord,
  assumption: assumptionRecord,
  indicator: indicatorRecord,
  position: positionRecord,
  organisation: organisationRecord,
  cardOrigin: cardOriginRecord,
  linkOrigin: linkOriginRecord,
  version: versionRecord,
  note: noteRecord,
  instrument: instrumentRecord,
  measurement: measurementRecord,
} as const;
export type DeclaredType = keyof typeof RECORDS;

/** Each declaration reachable from `root`, with the path of fields that leads to it. */
export function declarationsUnder(root: AnyDecl = documentRecord): { decl: AnyDecl; path: string[] }[] {
  const out: { decl: AnyDecl; path: string[] }[] = [];
  const walk = (decl: AnyDecl, path: string[]) => {
    out.push({ decl, path });
    for (const key of decl.keys) {
      const f = decl.fields[key] as AnyField;
      if (f.kind === 'struct' || f.kind === 'nested' || f.kind === 'collection') walk(f.decl, [...path, key]);
    }
  };
  walk(root, []);
  return out;
}

/** Fields with a fixed set of values, named in messages ("is not a stage"; see shared/i18n/errors.ts). */
export const ENUM_FIELDS: ReadonlySet<string> = new Set(
  declarationsUnder().flatMap(({ decl }) => decl.keys.filter((k) => (decl.fields[k] as AnyField & { values?: unknown }).values !== undefined)),
);

export interface RecordIssue {
  /** Path inside the record, such as `indicators[3].name`. */
  path: (string | number)[];
  code: string;
  message: string;
}

/**
 * Does a record keep to its declaration — the same schema, limits included, that the
 * reader applies to the file? The editor can refuse a change the reader would refuse
 * with this (issue #10, D1). Collections are counted by `checkCounts`, not here.
 */
export function validateRecord<T extends DeclaredType>(type: T, record: unknown): RecordIssue[] {
  const decl = RECORDS[type] as AnyDecl;
  const file = writeRecord(decl, record as never);
  for (const key of decl.keys) if ((decl.fields[key] as AnyField).kind === 'collection') delete file[key];
  const result = (decl.fileSchema as z.ZodType).safeParse(file);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path as (string | number)[], code: i.code, message: i.message }));
}

/** Collections of the theory over their declared maximum (cards, links, assumptions). */
export function checkCounts(theory: { cards: object; links: object; assumptions: object }): { field: string; count: number; limit: number }[] {
  const out: { field: string; count: number; limit: number }[] = [];
  for (const key of ['cards', 'links', 'assumptions'] as const) {
    const f = theoryRecord.fields[key];
    const count = Object.keys(theory[key]).length;
    if (count > f.max) out.push({ field: key, count, limit: f.max });
  }
  return out;
}

export type { RecordMigration };
export { assumptionRecord, cardRecord, documentRecord, indicatorRecord, linkRecord, positionRecord, theoryRecord, organisationRecord, cardOriginRecord, linkOriginRecord, versionRecord, noteRecord };
