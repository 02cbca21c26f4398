import { defineRecord, field, type RecordOf } from './define';

export const MEASUREMENT_KINDS = ['followUp', 'baseline'] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

/**
 * One measured value of an indicator (issue #11, file version 3), nested in the indicator:
 * when (a date, YYYY-MM-DD, or a period such as 2025-Q1 or 2025), the value (a number
 * written with a point, or a text), how many respondents (0: not given), a note, and
 * whether it is the baseline.
 */
export const measurementRecord = defineRecord({
  type: 'measurement',
  label: { nl: 'Meting', en: 'Measurement' },
  fields: {
    id: field.id(),
    date: field.text({ label: { nl: 'Datum of periode', en: 'Date or period' } }),
    value: field.text({ label: { nl: 'Waarde', en: 'Value' } }),
    n: field.number({ label: { nl: 'Aantal respondenten (n)', en: 'Respondents (n)' } }),
    note: field.text({ label: { nl: 'Toelichting', en: 'Note' } }),
    kind: field.oneOf(MEASUREMENT_KINDS, {
      initial: 'followUp',
      label: { nl: 'Soort meting', en: 'Kind of measurement' },
      valueLabels: { nl: { followUp: 'Vervolgmeting', baseline: 'Nulmeting' }, en: { followUp: 'Follow-up', baseline: 'Baseline' } },
    }),
  },
});
export type Measurement = RecordOf<typeof measurementRecord>;
