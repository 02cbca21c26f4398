import type { Language } from '../model';
import { emptyInstrument, type Instrument } from '../records/instrument';

/**
 * Instruments offered in the library before the user adds them (domain.md, issue #11).
 * MPE: Meetschaal voor Psychologisch Empowerment (KdG, validated 2017, European Journal of
 * Social Work 20(4)), three factors. MBE: named in the KdG talk beside MPE; its full name
 * is not known to us, so it is offered as "MBE" with the rest left for the user to fill in.
 */
export const PRESET_INSTRUMENTS = ['mpe', 'mbe'] as const;
export type PresetInstrument = (typeof PRESET_INSTRUMENTS)[number];

const MPE: Record<Language, Omit<Instrument, 'id'>> = {
  nl: {
    name: 'Meetschaal voor Psychologisch Empowerment',
    abbreviation: 'MPE',
    measures: 'Psychologisch empowerment',
    reference: 'KdG (Karel de Grote Hogeschool), gevalideerd 2017; European Journal of Social Work 20(4)',
    factors: ['intrapsychisch', 'interpsychisch', 'gedragsmatig'],
    scale: '',
  },
  en: {
    name: 'Meetschaal voor Psychologisch Empowerment (psychological empowerment scale)',
    abbreviation: 'MPE',
    measures: 'Psychological empowerment',
    reference: 'KdG (Karel de Grote University of Applied Sciences), validated 2017; European Journal of Social Work 20(4)',
    factors: ['intrapsychic', 'interpsychic', 'behavioural'],
    scale: '',
  },
};

/** A preset as a new instrument record with the given id, in the theory's language. */
export function presetInstrument(preset: PresetInstrument, id: string, language: Language): Instrument {
  if (preset === 'mpe') return { ...emptyInstrument(id), ...MPE[language], factors: [...MPE[language].factors] };
  return { ...emptyInstrument(id), name: 'MBE', abbreviation: 'MBE' };
}

/** How an instrument is named in lists and the report: its abbreviation and name, or whichever it has. */
export function instrumentName(instrument: Pick<Instrument, 'name' | 'abbreviation'>): string {
  const { name, abbreviation } = instrument;
  if (abbreviation && name && name !== abbreviation) return `${abbreviation} (${name})`;
  return abbreviation || name;
}
