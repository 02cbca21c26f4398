import type { AnyDecl, AnyField } from '../records/define';
import { assumptionRecord, cardRecord, documentRecord, indicatorRecord, linkRecord, positionRecord, theoryRecord } from '../records';

/**
 * The file shape (version 1), read off the record declarations in ../records: each
 * declaration's loose object schema (unknown keys pass through and are kept in `extra`
 * by the loader, so nothing is dropped). Defaults are applied by the loader, not here, so
 * the schema says exactly what a file may contain.
 */
export const fileSchemaV1 = documentRecord.fileSchema;

/**
 * What the schema accepted, as far as the reference checks need it (ids and what they
 * point at); the full shape is the declarations'.
 */
export interface FileV1 {
  theory: {
    cards?: { id: string; stage: string; position?: unknown; indicators?: { id?: string }[] }[];
    links?: { id: string; from: string; to: string; assumptions?: string[] }[];
    assumptions?: { id: string }[];
  } & Record<string, unknown>;
}

/** Keys every file writes for each object, in the order the file writes them (the declarations' field order; fields declared `omitDefault` are written only when set). */
const written = (decl: AnyDecl) => decl.keys.filter((key) => !(decl.fields[key] as AnyField).omitDefault);
export const KEY_ORDER = {
  file: written(documentRecord),
  theory: written(theoryRecord),
  card: written(cardRecord),
  position: written(positionRecord),
  indicator: written(indicatorRecord),
  link: written(linkRecord),
  assumption: written(assumptionRecord),
} as const;

export { ENUM_FIELDS } from '../records';
