import type { RecordMigration } from './define';

/**
 * The migration of a field that a file version adds: nothing to do going up (an older
 * file simply has none: the default), and going down (for an older Werkzaam) the field
 * is left out, as that version has no place for it.
 */
export function fieldAdded(version: number, field: string, name: string): RecordMigration {
  return fieldsAdded(version, [field], name);
}

/** The same for several fields one version adds to a record type (a type has one migration per version). */
export function fieldsAdded(version: number, fields: readonly string[], name: string): RecordMigration {
  return {
    version,
    name,
    up: (raw) => raw,
    down: (raw) => {
      if (!fields.some((f) => Object.prototype.hasOwnProperty.call(raw, f))) return raw;
      const rest = { ...raw };
      for (const f of fields) delete rest[f];
      return rest;
    },
  };
}
