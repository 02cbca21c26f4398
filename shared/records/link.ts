import { defineRecord, field, type RecordOf } from './define';
import { MODEL_LIMITS } from './limits';
import { linkOriginRecord } from './organisation';
import { fieldAdded } from './added';

export const linkRecord = defineRecord({
  type: 'link',
  label: { nl: 'Verbinding', en: 'Link' },
  fields: {
    id: field.id({ required: true }),
    from: field.id({ required: true, shown: 'inspector', label: { nl: 'Van', en: 'From' } }),
    to: field.id({ required: true, shown: 'inspector', label: { nl: 'Naar', en: 'To' } }),
    /** Why does `from` lead to `to`? */
    rationale: field.text({ label: { nl: 'Onderbouwing', en: 'Rationale' } }),
    /** Strength of, or source for, the evidence behind this link. */
    evidence: field.text({ label: { nl: 'Bewijs of sterkte', en: 'Evidence or strength' } }),
    /** Ids of assumptions this link rests on. */
    assumptions: field.list('id', { max: MODEL_LIMITS.assumptionsPerLink, unique: true, label: { nl: 'Aannames', en: 'Assumptions' } }),
    /** In a generic theory: the organisations' links this link was merged from. */
    origins: field.nested(linkOriginRecord, {
      max: MODEL_LIMITS.organisations,
      idPrefix: (linkId) => `${linkId}-o`,
      omitDefault: true,
      label: { nl: 'Herkomst', en: 'Origins' },
    }),
  },
  migrations: [fieldAdded(2, 'origins', 'where a link of a generic theory came from')],
});
export type Link = RecordOf<typeof linkRecord>;
