import { defineRecord, field, newRecord, type RecordOf } from './define';
import { fieldsAdded } from './added';
import { MODEL_LIMITS } from './limits';
import { measurementRecord } from './measurement';

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
    /** Issue #11, file version 3: the instrument in the theory's library (its id) and one of its factors. */
    // Text, not an id field: empty means none (imports and spreadsheets write an empty cell as "").
    instrument: field.text({ omitDefault: true, label: { nl: 'Meetinstrument', en: 'Measurement instrument' } }),
    factor: field.text({ omitDefault: true, label: { nl: 'Factor', en: 'Factor' } }),
    targetDate: field.text({ omitDefault: true, label: { nl: 'Streefdatum', en: 'Target date' } }),
    measurements: field.nested(measurementRecord, {
      max: MODEL_LIMITS.measurementsPerIndicator,
      idPrefix: (indicatorId) => `${indicatorId}-m`,
      omitDefault: true,
      label: { nl: 'Metingen', en: 'Measurements' },
    }),
  },
  migrations: [fieldsAdded(3, ['instrument', 'factor', 'targetDate', 'measurements'], 'the instrument and factor it reads, a target date, measured values')],
});
export type Indicator = RecordOf<typeof indicatorRecord>;

export function emptyIndicator(id: string): Indicator {
  return newRecord(indicatorRecord, { id });
}
