import { assumptionRecord } from './assumption';
import { cardRecord } from './card';
import { defineRecord, field, type AnyField, type RecordOf } from './define';
import { linkRecord } from './link';
import { MODEL_LIMITS } from './limits';
import { theoryRecord } from './theory';

/**
 * A named version of the theory, kept inside its file (issue #12). Versions are stored as
 * record diffs, each from the version before it (the first from an empty theory), so a file
 * with many versions stays small and no version depends on the theory as it is now: editing
 * the theory, by hand or in another program, cannot change what an old version holds.
 *
 * A version holds the theory's own fields as they were (they are few), the cards, links and
 * assumptions added or changed since the version before (whole records, as in the file),
 * the ids of those removed, and, only when records were put in another order than
 * "the rest in place, new ones at the end", that order. The records inside a version are
 * declared by their own declarations, so a later file version migrates them too.
 */
const ownFields = Object.fromEntries(Object.entries(theoryRecord.fields).filter(([, f]) => (f as AnyField).kind !== 'collection')) as {
  [K in keyof typeof theoryRecord.fields as (typeof theoryRecord.fields)[K] extends { kind: 'collection' } ? never : K]: (typeof theoryRecord.fields)[K];
};

/** The theory's own fields (title, authors, …) without its cards, links and assumptions. */
export const theoryFieldsRecord = defineRecord({
  type: 'theory',
  label: theoryRecord.label,
  fields: ownFields,
  migrations: theoryRecord.migrations,
});

const ids = (max: number) => field.list('id', { max, omitDefault: true, shown: 'internal' });
const records = <D extends typeof cardRecord | typeof linkRecord | typeof assumptionRecord>(decl: D, max: number) =>
  field.nested(decl, { max, idPrefix: () => 'r', omitDefault: true, shown: 'internal' });

export const versionRecord = defineRecord({
  type: 'version',
  label: { nl: 'Versie', en: 'Version' },
  fields: {
    id: field.id(),
    label: field.text({ label: { nl: 'Naam', en: 'Name' } }),
    /** Who saved it. */
    author: field.text({ label: { nl: 'Door', en: 'By' } }),
    /** When it was saved (ISO 8601). */
    created: field.text({ label: { nl: 'Opgeslagen', en: 'Saved' }, shown: 'internal' }),
    note: field.text({ label: { nl: 'Notitie', en: 'Note' } }),
    theory: field.struct(theoryFieldsRecord, { required: true, default: () => ({}) as never, shown: 'internal' }),
    cards: records(cardRecord, MODEL_LIMITS.cards),
    links: records(linkRecord, MODEL_LIMITS.links),
    assumptions: records(assumptionRecord, MODEL_LIMITS.assumptions),
    removedCards: ids(MODEL_LIMITS.cards),
    removedLinks: ids(MODEL_LIMITS.links),
    removedAssumptions: ids(MODEL_LIMITS.assumptions),
    /** The order of all cards, when it is not the order before with new cards at the end. */
    cardOrder: ids(MODEL_LIMITS.cards),
    linkOrder: ids(MODEL_LIMITS.links),
    assumptionOrder: ids(MODEL_LIMITS.assumptions),
  },
});
export type Version = RecordOf<typeof versionRecord>;

/** At most this many versions in one file. */
export const MAX_VERSIONS = 1_000;
