import { defineRecord, field, type RecordOf } from './define';
import { theoryRecord } from './theory';

export const FORMAT_NAME = 'werkzaam' as const;
/** The newest file-format version this build reads and writes. */
export const CURRENT_VERSION = 1 as const;

/** The file root. */
export const documentRecord = defineRecord({
  type: 'document',
  label: { nl: 'Bestand', en: 'File' },
  fields: {
    format: field.literal(FORMAT_NAME, { required: true }),
    version: field.literal(CURRENT_VERSION, { required: true }),
    theory: field.struct(theoryRecord, { required: true, default: () => ({}) as never, shown: 'internal' }),
  },
});
export type WerkzaamDocument = RecordOf<typeof documentRecord>;
