import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { instrumentKey } from '../../shared/research/instrumentClipboard';
import {
  MAX_PERSONAL_INSTRUMENTS,
  describePersonalLibraryProblem,
  forgetFromPersonalLibrary,
  keepInPersonalLibrary,
  personalInstrument,
  readPersonalLibrary,
  readPersonalLibraryText,
} from '../../shared/research/personalLibrary';

function mpe() {
  const editor = new Editor(emptyDocument('nl'));
  editor.run('addInstrument', { preset: 'mpe' });
  editor.run('updateInstrument', { id: 'm1', changes: { scale: '1–5' } });
  return editor.theory.instruments[0]!;
}

describe('the personal instrument library (#11)', () => {
  it('keeps an instrument without its id, replaces one of the same name where it stands, and forgets it', () => {
    const instrument = mpe();
    const kept = keepInPersonalLibrary([], instrument);
    expect(kept.outcome).toBe('added');
    const { id: _id, ...fields } = instrument;
    expect(kept.library).toEqual([fields]);
    expect(kept.library[0]).not.toHaveProperty('id');

    const other = keepInPersonalLibrary(kept.library, { ...instrument, id: 'm7', name: 'Eigen schaal', abbreviation: 'ES', factors: [] });
    expect(other.outcome).toBe('added');
    // The same abbreviation and name (case and spaces aside) is the same entry: the newer wording replaces it in place.
    const again = keepInPersonalLibrary(other.library, { ...instrument, abbreviation: ' mpe ', scale: '1–7' });
    expect(again.outcome).toBe('replaced');
    expect(again.library.map((i) => [i.abbreviation, i.scale])).toEqual([[' mpe ', '1–7'], ['ES', '1–5']]);

    const key = instrumentKey(again.library[1]!);
    expect(personalInstrument(again.library, key)?.name).toBe('Eigen schaal');
    expect(forgetFromPersonalLibrary(again.library, key).map((i) => i.abbreviation)).toEqual([' mpe ']);
    expect(forgetFromPersonalLibrary(again.library, 'nothing')).toHaveLength(2);
  });

  it('refuses an instrument without name or abbreviation, and one more when the library is full', () => {
    const instrument = mpe();
    expect(keepInPersonalLibrary([], { ...instrument, name: ' ', abbreviation: '' }).outcome).toBe('unnamed');
    const full = Array.from({ length: MAX_PERSONAL_INSTRUMENTS }, (_, n) => ({ ...instrument, abbreviation: `S${n}` }));
    const { library } = keepInPersonalLibrary([], full[0]!);
    const many = full.reduce((lib, i) => keepInPersonalLibrary(lib, i).library, library);
    expect(many).toHaveLength(MAX_PERSONAL_INSTRUMENTS);
    expect(keepInPersonalLibrary(many, instrument)).toMatchObject({ outcome: 'full' });
    expect(keepInPersonalLibrary(many, { ...instrument, abbreviation: 'S3', scale: 'x' })).toMatchObject({ outcome: 'replaced' });
  });

  it('reads back what it keeps, through JSON as it is stored', () => {
    const { library } = keepInPersonalLibrary([], mpe());
    expect(readPersonalLibraryText(JSON.stringify(library))).toEqual({ instruments: library, problems: [] });
    expect(readPersonalLibraryText(null)).toEqual({ instruments: [], problems: [] });
    expect(readPersonalLibrary(undefined)).toEqual({ instruments: [], problems: [] });
  });

  it('tolerates bad stored data: reads what it can and names each problem by entry, field and why', () => {
    const good = keepInPersonalLibrary([], mpe()).library[0]!;
    const stored = [
      good,
      'MPE',
      { name: 'Schaal A', abbreviation: 'SA', scale: 5, factors: ['a', 7], unknown: true },
      { measures: 'iets' },
      { ...good, abbreviation: 'mpe' },
      { name: 'x'.repeat(100_001), abbreviation: 'LANG' },
      null,
    ];
    const read = readPersonalLibrary(stored);
    expect(read.instruments.map((i) => i.abbreviation)).toEqual(['MPE', 'SA', 'LANG']);
    // A bad field is left at its default; the unknown key does not come along.
    expect(read.instruments[1]).toEqual({ name: 'Schaal A', abbreviation: 'SA', measures: '', reference: '', factors: expect.any(Array), scale: '' });
    expect(read.instruments[1]).not.toHaveProperty('unknown');
    expect(read.instruments[2]!.name).toBe('');
    expect(read.problems).toEqual([
      { code: 'not-an-instrument', entry: 2 },
      { code: 'bad-field', entry: 3, name: 'SA', field: 'factors', why: 'kind' },
      { code: 'bad-field', entry: 3, name: 'SA', field: 'scale', why: 'kind' },
      { code: 'unnamed', entry: 4 },
      { code: 'duplicate', entry: 5, name: 'mpe' },
      { code: 'bad-field', entry: 6, name: 'LANG', field: 'name', why: 'too-long' },
      { code: 'not-an-instrument', entry: 7 },
    ]);
    expect(read.problems.map((p) => describePersonalLibraryProblem(p, 'en'))).toEqual([
      'entry 2 is not an instrument and was left out.',
      'entry 3 (SA): the field "Factors or items" was left empty: a value of the wrong kind.',
      'entry 3 (SA): the field "Scale range" was left empty: a value of the wrong kind.',
      'entry 4 has no name or abbreviation and was left out.',
      'entry 5 (mpe) is there already and was left out.',
      'entry 6 (LANG): the field "Name of the instrument" was left empty: too long.',
      'entry 7 is not an instrument and was left out.',
    ]);
    expect(describePersonalLibraryProblem(read.problems[1]!, 'nl')).toBe('item 3 (SA): het veld "Factoren of items" is leeg gelaten: verkeerd soort waarde.');
  });

  it('a stored value that is no list, or text that is no JSON, starts an empty library and says so', () => {
    for (const raw of [{ instruments: [] }, 'MPE', 42, true]) expect(readPersonalLibrary(raw), JSON.stringify(raw)).toEqual({ instruments: [], problems: [{ code: 'not-a-list' }] });
    expect(readPersonalLibraryText('[{"name": "MPE"')).toEqual({ instruments: [], problems: [{ code: 'not-json' }] });
    expect(describePersonalLibraryProblem({ code: 'not-json' }, 'nl')).toBe('de opgeslagen bibliotheek is geen JSON; ze begint opnieuw leeg.');
  });

  it('keeps at most the maximum and names how many were left out', () => {
    const stored = Array.from({ length: MAX_PERSONAL_INSTRUMENTS + 3 }, (_, n) => ({ abbreviation: `S${n}` }));
    const read = readPersonalLibrary(stored);
    expect(read.instruments).toHaveLength(MAX_PERSONAL_INSTRUMENTS);
    expect(read.instruments.at(-1)!.abbreviation).toBe(`S${MAX_PERSONAL_INSTRUMENTS - 1}`);
    expect(read.problems).toEqual([{ code: 'too-many', dropped: 3 }]);
    expect(describePersonalLibraryProblem(read.problems[0]!, 'en')).toBe('3 instruments over the maximum were left out.');
  });
});
