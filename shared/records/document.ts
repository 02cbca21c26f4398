import { defineRecord, field, type RecordOf } from './define';
import { theoryRecord } from './theory';
import { MAX_VERSIONS, versionRecord } from './version';
import { fieldAdded } from './added';

export const FORMAT_NAME = 'werkzaam' as const;
/** The newest file-format version this build reads and writes. */
export const CURRENT_VERSION = 4 as const;

/** The file root. */
export const documentRecord = defineRecord({
  type: 'document',
  label: { nl: 'Bestand', en: 'File' },
  fields: {
    format: field.literal(FORMAT_NAME, { required: true }),
    version: field.literal(CURRENT_VERSION, { required: true }),
    theory: field.struct(theoryRecord, { required: true, default: () => ({}) as never, shown: 'internal' }),
    /** Named versions of the theory, oldest first, each stored as the diff from the one before (./version.ts). */
    versions: field.nested(versionRecord, { max: MAX_VERSIONS, idPrefix: () => 'v', omitDefault: true, shown: 'internal', label: { nl: 'Versies', en: 'Versions' } }),
  },
  migrations: [fieldAdded(2, 'versions', 'versions of the theory kept in the file')],
});
export type WerkzaamDocument = RecordOf<typeof documentRecord>;
