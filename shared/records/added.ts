import type { RecordMigration } from './define';

/**
 * The migration of a field that a file version adds: nothing to do going up (an older
 * file simply has none: the default), and going down (for an older Werkzaam) the field
 * is left out, as that version has no place for it.
 */
export function fieldAdded(version: number, field: string, name: string): RecordMigration {
  return {
    version,
    name,
    up: (raw) => raw,
    down: (raw) => {
      if (!Object.prototype.hasOwnProperty.call(raw, field)) return raw;
      const { [field]: _dropped, ...rest } = raw;
      return rest;
    },
  };
}
