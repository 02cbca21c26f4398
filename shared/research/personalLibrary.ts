import { instrumentRecord, type Instrument } from '../records/instrument';
import { labelOf, readLenient, writeRecord } from '../records/define';
import type { Language } from '../model';
import { translator } from '../i18n/core';
import { researchStrings } from '../i18n/research';
import { MODEL_LIMITS } from '../records/limits';
import { instrumentKey } from './instrumentClipboard';

/**
 * The user's own instruments, kept in the app's settings rather than in a theory (issue #11:
 * "kept in a personal library in the app's settings"), to add to any theory. An entry is an
 * instrument's fields without an id: the theory it goes into gives it one of its own.
 * Pure: the desktop app keeps the list in its preferences, the browser in localStorage.
 */
export type PersonalInstrument = Omit<Instrument, 'id' | 'extra'>;

/** At most as many as a theory's library holds. */
export const MAX_PERSONAL_INSTRUMENTS = MODEL_LIMITS.instruments;

/**
 * What was wrong with the stored library, entry by entry (numbered from 1). The library is
 * read all the same: a bad field is left empty, an entry that is no instrument is left out,
 * and each is named so the user knows what was not kept.
 */
export type PersonalLibraryProblem =
  | { code: 'not-json' }
  | { code: 'not-a-list' }
  | { code: 'not-an-instrument'; entry: number }
  /** `why`: a value of the wrong kind (a number for text), longer than the model allows, or otherwise not valid. */
  | { code: 'bad-field'; entry: number; name: string; field: string; why: BadFieldReason }
  | { code: 'unnamed'; entry: number }
  | { code: 'duplicate'; entry: number; name: string }
  | { code: 'too-many'; dropped: number };

export type BadFieldReason = 'kind' | 'too-long' | 'invalid';

export interface PersonalLibraryRead {
  instruments: PersonalInstrument[];
  problems: PersonalLibraryProblem[];
}

export const EMPTY_PERSONAL_LIBRARY: PersonalLibraryRead = { instruments: [], problems: [] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An instrument (from a theory, or read from storage) as a library entry: declared fields only, in the file's order. */
export function toPersonalInstrument(instrument: Omit<Instrument, 'id'> & { id?: string }): PersonalInstrument {
  const { id: _id, ...fields } = writeRecord(instrumentRecord, { ...instrument, id: 'm1', extra: undefined } as Instrument);
  return fields as PersonalInstrument;
}

const label = (i: Pick<Instrument, 'name' | 'abbreviation'>) => i.abbreviation.trim() || i.name.trim();

/**
 * The stored library (any JSON value) as instruments, checked with the instrument's own
 * declaration: each field of its kind and within the model's limits. Never throws.
 */
export function readPersonalLibrary(raw: unknown): PersonalLibraryRead {
  if (raw === undefined || raw === null) return { instruments: [], problems: [] };
  if (!Array.isArray(raw)) return { instruments: [], problems: [{ code: 'not-a-list' }] };
  const instruments: PersonalInstrument[] = [];
  const problems: PersonalLibraryProblem[] = [];
  const keys = new Set<string>();
  let dropped = 0;
  raw.forEach((entry, index) => {
    const number = index + 1;
    if (!isObject(entry)) return problems.push({ code: 'not-an-instrument', entry: number });
    if (instruments.length >= MAX_PERSONAL_INSTRUMENTS) return void dropped++;
    const candidate = { ...entry, id: 'm1' };
    const read = readLenient(instrumentRecord, candidate);
    if (!read) return problems.push({ code: 'not-an-instrument', entry: number });
    const checked = instrumentRecord.fileSchema.safeParse(candidate);
    // One problem per field (a list with ten bad items is one, not ten); the field is left at its default.
    const bad = new Map<string, BadFieldReason>();
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!bad.has(field)) bad.set(field, issue.code === 'invalid_type' ? 'kind' : issue.code === 'too_big' ? 'too-long' : 'invalid');
      }
    }
    const fields = read as Record<string, unknown>;
    for (const field of bad.keys()) {
      const declared = (instrumentRecord.fields as Record<string, { defaultValue(): unknown } | undefined>)[field];
      if (declared) fields[field] = declared.defaultValue();
    }
    const instrument = toPersonalInstrument(read);
    const name = label(instrument);
    for (const [field, why] of bad) problems.push({ code: 'bad-field', entry: number, name, field, why });
    if (!name) return problems.push({ code: 'unnamed', entry: number });
    const key = instrumentKey(instrument);
    if (keys.has(key)) return problems.push({ code: 'duplicate', entry: number, name });
    keys.add(key);
    instruments.push(instrument);
  });
  if (dropped > 0) problems.push({ code: 'too-many', dropped });
  return { instruments, problems };
}

/** The library as the browser keeps it (JSON text in localStorage); null: nothing kept yet. */
export function readPersonalLibraryText(text: string | null): PersonalLibraryRead {
  if (text === null || text === '') return { instruments: [], problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { instruments: [], problems: [{ code: 'not-json' }] };
  }
  return readPersonalLibrary(raw);
}

export type KeepOutcome = 'added' | 'replaced' | 'full' | 'unnamed';

/**
 * Keep an instrument in the library: an entry with the same abbreviation and name is
 * replaced where it stands (the newer wording wins), otherwise it is added at the end.
 */
export function keepInPersonalLibrary(library: readonly PersonalInstrument[], instrument: Omit<Instrument, 'id'> & { id?: string }): { library: PersonalInstrument[]; outcome: KeepOutcome } {
  const entry = toPersonalInstrument(instrument);
  if (!label(entry)) return { library: [...library], outcome: 'unnamed' };
  const key = instrumentKey(entry);
  const at = library.findIndex((i) => instrumentKey(i) === key);
  if (at >= 0) return { library: library.map((i, n) => (n === at ? entry : i)), outcome: 'replaced' };
  if (library.length >= MAX_PERSONAL_INSTRUMENTS) return { library: [...library], outcome: 'full' };
  return { library: [...library, entry], outcome: 'added' };
}

/** The library without the entry kept under `key` (unchanged when there is none). */
export function forgetFromPersonalLibrary(library: readonly PersonalInstrument[], key: string): PersonalInstrument[] {
  return library.filter((i) => instrumentKey(i) !== key);
}

/** The entry kept under `key`, if any. */
export function personalInstrument(library: readonly PersonalInstrument[], key: string): PersonalInstrument | undefined {
  return library.find((i) => instrumentKey(i) === key);
}

/** One problem of the stored library in words, in the UI language. */
export function describePersonalLibraryProblem(problem: PersonalLibraryProblem, language: Language): string {
  const r = translator(researchStrings, language);
  switch (problem.code) {
    case 'not-json':
    case 'not-a-list':
      return r(`personal_${problem.code}`);
    case 'not-an-instrument':
    case 'unnamed':
      return r(`personal_${problem.code}`, { entry: problem.entry });
    case 'duplicate':
      return r('personal_duplicate', { entry: problem.entry, name: problem.name });
    case 'too-many':
      return r('personal_too-many', { dropped: problem.dropped });
    case 'bad-field': {
      const field = (instrumentRecord.keys as readonly string[]).includes(problem.field) ? labelOf(instrumentRecord, problem.field, language) : problem.field;
      return r('personal_bad-field', { entry: problem.entry, name: problem.name || '?', field, why: r(`personalWhy_${problem.why}`) });
    }
  }
}
