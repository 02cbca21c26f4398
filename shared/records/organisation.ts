import { defineRecord, field, type RecordOf } from './define';

/**
 * Provenance in a generic theory (issue #12): a theory merged from several organisations'
 * theories lists those organisations, and each card and link says which of them it came
 * from, with what each called it, so the generic card's wording can be weighed against the
 * originals and the report can say who contributed what.
 */
export const organisationRecord = defineRecord({
  type: 'organisation',
  label: { nl: 'Organisatie', en: 'Organisation' },
  fields: {
    id: field.id(),
    name: field.text({ label: { nl: 'Naam', en: 'Name' } }),
    /** The title of the organisation's own theory. */
    theory: field.text({ label: { nl: 'Eigen theorie', en: 'Own theory' } }),
    /** The file it was read from, when it was one. */
    file: field.text({ label: { nl: 'Bestand', en: 'File' }, shown: 'internal', omitDefault: true }),
  },
});
export type Organisation = RecordOf<typeof organisationRecord>;

/** Where a card of a generic theory came from: one organisation's card, as that organisation wrote it. */
export const cardOriginRecord = defineRecord({
  type: 'cardOrigin',
  label: { nl: 'Herkomst', en: 'Origin' },
  fields: {
    id: field.id(),
    /** The id of one of the theory's organisations: shown as its badge on the card. */
    organisation: field.id({ required: true, shown: 'canvas', label: { nl: 'Organisatie', en: 'Organisation' } }),
    /** The card's id in the organisation's own theory. */
    card: field.id({ shown: 'internal', omitDefault: true }),
    title: field.text({ label: { nl: 'Titel', en: 'Title' } }),
    description: field.text({ label: { nl: 'Beschrijving', en: 'Description' }, omitDefault: true }),
  },
});
export type CardOrigin = RecordOf<typeof cardOriginRecord>;

/** Where a link of a generic theory came from. */
export const linkOriginRecord = defineRecord({
  type: 'linkOrigin',
  label: { nl: 'Herkomst', en: 'Origin' },
  fields: {
    id: field.id(),
    organisation: field.id({ required: true, shown: 'canvas', label: { nl: 'Organisatie', en: 'Organisation' } }),
    /** The link's id in the organisation's own theory. */
    link: field.id({ shown: 'internal', omitDefault: true }),
    rationale: field.text({ label: { nl: 'Onderbouwing', en: 'Rationale' }, omitDefault: true }),
  },
});
export type LinkOrigin = RecordOf<typeof linkOriginRecord>;
