import { assumptionRecord } from './assumption';
import { cardRecord } from './card';
import { defineRecord, field, type RecordOf } from './define';
import { linkRecord } from './link';
import { MODEL_LIMITS } from './limits';
import { organisationRecord } from './organisation';
import { instrumentRecord } from './instrument';
import { fieldAdded, fieldsAdded } from './added';
import { LADDER_RUNGS, LADDER_VARIANTS, LANGUAGES } from './vocabulary';
import { LADDER_VARIANT_LABELS, LANGUAGE_NAMES, RUNG_LABELS } from '../i18n/domain';
import { noteRecord } from './note';

/** The theory: one per file, its own fields and its three collections. */
export const theoryRecord = defineRecord({
  type: 'theory',
  label: { nl: 'Theorie', en: 'Theory' },
  fields: {
    title: field.text({ required: true, label: { nl: 'Titel', en: 'Title' } }),
    organisation: field.text({ label: { nl: 'Organisatie', en: 'Organisation' } }),
    authors: field.list('text', { max: MODEL_LIMITS.authors, label: { nl: 'Auteurs', en: 'Authors' } }),
    language: field.oneOf(LANGUAGES, { initial: 'nl', valueLabels: { nl: LANGUAGE_NAMES, en: LANGUAGE_NAMES }, label: { nl: 'Taal van de theorie', en: 'Language of the theory' } }),
    description: field.text({ label: { nl: 'Samenvatting', en: 'Summary' } }),
    /** A label the authors give this version of the theory, e.g. "2.1" or "werkversie mei". */
    revision: field.text({ label: { nl: 'Versie', en: 'Version' } }),
    /** ISO 8601 timestamps, set on saving; empty when unknown. */
    created: field.text({ shown: 'internal', label: { nl: 'Gemaakt', en: 'Created' } }),
    modified: field.text({ shown: 'internal', label: { nl: 'Gewijzigd', en: 'Modified' } }),
    /** In a generic theory: the organisations whose theories it was merged from (cards and links name them in their origins). */
    organisations: field.nested(organisationRecord, {
      max: MODEL_LIMITS.organisations,
      idPrefix: () => 'o',
      omitDefault: true,
      label: { nl: 'Organisaties', en: 'Organisations' },
    }),
    /** Issue #11, file version 3: which ladder names the rungs, where the target group stands and can grow to, its groups. */
    ladder: field.oneOf(LADDER_VARIANTS, {
      initial: 'flemish',
      omitDefault: true,
      label: { nl: 'Participatieladder', en: 'Participation ladder' },
      valueLabels: LADDER_VARIANT_LABELS,
    }),
    groupRungs: field.list(LADDER_RUNGS, {
      max: MODEL_LIMITS.tagsPerList,
      unique: true,
      omitDefault: true,
      label: { nl: 'Treden waarop de doelgroep staat', en: 'Rungs the target group stands on' },
      valueLabels: RUNG_LABELS,
    }),
    goalRungs: field.list(LADDER_RUNGS, {
      max: MODEL_LIMITS.tagsPerList,
      unique: true,
      omitDefault: true,
      label: { nl: 'Treden waarnaar de doelgroep kan groeien', en: 'Rungs the target group can grow to' },
      valueLabels: RUNG_LABELS,
    }),
    /** The theory's own list of target groups: the suggestions for its cards. */
    targetGroups: field.list('text', { max: MODEL_LIMITS.targetGroups, omitDefault: true, label: { nl: 'Doelgroepen van de theorie', en: 'Target groups of the theory' } }),
    /** Sticky notes: the workshop's parking lot, beside the chain (not part of it). Drawn on the canvas. */
    notes: field.nested(noteRecord, {
      max: MODEL_LIMITS.notes,
      idPrefix: () => 'n',
      omitDefault: true,
      shown: 'canvas',
      label: { nl: 'Parkeerplaats', en: 'Parking lot' },
    }),
    /** The theory's library of measurement instruments (MPE, …), which its indicators point at. */
    instruments: field.nested(instrumentRecord, { max: MODEL_LIMITS.instruments, idPrefix: () => 'm', omitDefault: true, label: { nl: 'Meetinstrumenten', en: 'Measurement instruments' } }),
    cards: field.collection(cardRecord, { max: MODEL_LIMITS.cards }),
    links: field.collection(linkRecord, { max: MODEL_LIMITS.links }),
    assumptions: field.collection(assumptionRecord, { max: MODEL_LIMITS.assumptions, shown: 'inspector' }),
  },
  migrations: [
    fieldAdded(2, 'organisations', 'the organisations a generic theory was merged from'),
    fieldAdded(4, 'notes', 'sticky notes on the canvas (the parking lot)'),
    fieldsAdded(3, ['ladder', 'groupRungs', 'goalRungs', 'targetGroups', 'instruments'], 'the participation ladder, the rungs its target group stands on and can grow to, its target groups, its instruments'),
  ],
});
export type Theory = RecordOf<typeof theoryRecord>;
