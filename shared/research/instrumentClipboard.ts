import { instrumentRecord, type Instrument } from '../records/instrument';
import { readLenient } from '../records/define';
import { LIMITS } from '../format/limits';

/** Marker so that text copied from elsewhere is never taken for an instrument. */
const KIND = 'werkzaam/instrument';

/**
 * One instrument of a theory's library as clipboard text (issue #11: "copied between
 * theories"), to paste into another theory's library. Its id stays behind: the library it
 * goes into gives it one of its own.
 */
export function instrumentToClipboardText(instrument: Instrument): string {
  const { id: _id, extra: _extra, ...fields } = instrument;
  return JSON.stringify({ kind: KIND, version: 1, instrument: fields });
}

/**
 * Clipboard text back into an instrument's fields, read by the instrument's declaration
 * (only declared fields, each of its kind, within the limits); null for any other text.
 */
export function clipboardTextToInstrument(text: string): Omit<Instrument, 'id' | 'extra'> | null {
  if (text.length > LIMITS.fileBytes || !text.includes(KIND)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { kind?: unknown }).kind !== KIND) return null;
  const entry = (raw as { instrument?: unknown }).instrument;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const record = readLenient(instrumentRecord, { ...entry, id: 'm1' });
  if (!record) return null;
  const { id: _id, extra: _extra, ...fields } = record;
  return fields;
}

/** What tells two instruments apart: their abbreviation and name, case and spaces aside. */
export function instrumentKey(i: Pick<Instrument, 'name' | 'abbreviation'>): string {
  return `${i.abbreviation.trim().toLowerCase()}\u0000${i.name.trim().toLowerCase()}`;
}

/** Whether a library already holds this instrument: the same abbreviation and name, case and spaces aside. */
export function holdsInstrument(library: readonly Pick<Instrument, 'name' | 'abbreviation'>[], instrument: Pick<Instrument, 'name' | 'abbreviation'>): boolean {
  const key = instrumentKey(instrument);
  return library.some((i) => instrumentKey(i) === key);
}
