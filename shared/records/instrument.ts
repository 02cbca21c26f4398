import { defineRecord, field, newRecord, type RecordOf } from './define';
import { MODEL_LIMITS } from './limits';

/**
 * A measurement instrument in a theory's library (issue #11, file version 3): a validated
 * scale an indicator can point at, with one of its factors. Kept in the theory
 * (theory.instruments), so a file carries the instruments its indicators use.
 */
export const instrumentRecord = defineRecord({
  type: 'instrument',
  label: { nl: 'Meetinstrument', en: 'Measurement instrument' },
  fields: {
    id: field.id(),
    name: field.text({ label: { nl: 'Naam van het instrument', en: 'Name of the instrument' } }),
    abbreviation: field.text({ label: { nl: 'Afkorting', en: 'Abbreviation' } }),
    measures: field.text({ label: { nl: 'Wat het meet', en: 'What it measures' } }),
    reference: field.text({ label: { nl: 'Referentie / bron', en: 'Reference / source' } }),
    factors: field.list('text', { max: MODEL_LIMITS.factorsPerInstrument, label: { nl: 'Factoren of items', en: 'Factors or items' } }),
    /** As the instrument states it, e.g. "1–5"; an indicator on it takes this as its range. */
    scale: field.text({ label: { nl: 'Schaalbereik', en: 'Scale range' } }),
  },
});
export type Instrument = RecordOf<typeof instrumentRecord>;

export function emptyInstrument(id: string): Instrument {
  return newRecord(instrumentRecord, { id });
}
