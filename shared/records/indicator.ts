import { defineRecord, field, newRecord, type RecordOf } from './define';

/**
 * An indicator, as funders ask for it (domain.md): nested in its card, in the file and in
 * memory. Measurements (issue #11) will nest in an indicator the same way.
 */
export const indicatorRecord = defineRecord({
  type: 'indicator',
  label: { nl: 'Indicator', en: 'Indicator' },
  fields: {
    id: field.id(),
    name: field.text({ label: { nl: 'Naam', en: 'Name' } }),
    definition: field.text({ label: { nl: 'Definitie', en: 'Definition' } }),
    unit: field.text({ label: { nl: 'Eenheid', en: 'Unit' } }),
    baseline: field.text({ label: { nl: 'Nulmeting', en: 'Baseline' } }),
    target: field.text({ label: { nl: 'Streefwaarde', en: 'Target' } }),
    /** Data source or measurement instrument (e.g. MPE). */
    source: field.text({ label: { nl: 'Bron / instrument', en: 'Source / instrument' } }),
    frequency: field.text({ label: { nl: 'Frequentie', en: 'Frequency' } }),
    /** Who measures it. */
    owner: field.text({ label: { nl: 'Wie meet', en: 'Who measures' } }),
  },
});
export type Indicator = RecordOf<typeof indicatorRecord>;

export function emptyIndicator(id: string): Indicator {
  return newRecord(indicatorRecord, { id });
}
