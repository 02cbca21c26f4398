import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import {
  applyMeasurementsCsv,
  describeMeasurementProblem,
  measurementImport,
  measurementsToCsv,
  normaliseDate,
  normaliseValue,
  parseMeasurementsCsv,
} from '../../shared/import/measurements';
import { MODEL_LIMITS } from '../../shared/records/limits';

/** Two outcome cards: "Zelfvertrouwen" (c1-i1) and "Netwerk" (c2-i1), and "Deelname" on both (c1-i2, c2-i2). */
function theory(language: 'nl' | 'en' = 'nl'): Editor {
  const e = new Editor(emptyDocument(language));
  e.run('addCard', { stage: 'outcome', title: 'Intrapersoonlijk', position: { x: 1000, y: 100 } });
  e.run('addCard', { stage: 'outcome', title: 'Gedrag', position: { x: 1000, y: 300 } });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'Zelfvertrouwen', target: '4' } });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'Deelname' } });
  e.run('addIndicator', { cardId: 'c2', indicator: { name: 'Netwerk' } });
  e.run('addIndicator', { cardId: 'c2', indicator: { name: 'deelname ' } });
  return e;
}
const series = (doc: WerkzaamDocument, card: string, i: number) => doc.theory.cards[card]!.indicators[i]!.measurements.map(({ id: _id, ...m }) => m);

describe('CSV measurement import (#11)', () => {
  it('reads Dutch headers, ";" and a decimal comma; indicators by name or id; n, note and kind', () => {
    const e = theory();
    const csv = ['Indicator;Datum;Waarde;Aantal respondenten (n);Toelichting;Soort', 'Zelfvertrouwen;2024-01;3,1;42;voor de start;nulmeting', 'zelfvertrouwen ;10-3-2025;3,60;35;"na de training; groep 2";vervolgmeting', 'c2-i1;2025-q1;goed;;;', ''].join('\r\n');
    const parsed = parseMeasurementsCsv(csv, e.theory);
    expect(parsed.problems).toEqual([]);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows.map((r) => [r.row, r.indicatorId, r.indicatorLabel])).toEqual([
      [2, 'c1-i1', '4.1 Intrapersoonlijk – Zelfvertrouwen'],
      [3, 'c1-i1', '4.1 Intrapersoonlijk – Zelfvertrouwen'],
      [4, 'c2-i1', '4.2 Gedrag – Netwerk'],
    ]);
    const args = measurementImport(parsed)!;
    e.run('addMeasurements', args);
    expect(series(e.document, 'c1', 0)).toEqual([
      { date: '2024-01', value: '3.1', n: 42, note: 'voor de start', kind: 'baseline' },
      { date: '2025-03-10', value: '3.60', n: 35, note: 'na de training; groep 2', kind: 'followUp' },
    ]);
    expect(series(e.document, 'c2', 0)).toEqual([{ date: '2025-Q1', value: 'goed', n: 0, note: '', kind: 'followUp' }]);
    // One undo step takes the whole import back.
    e.undo();
    expect(series(e.document, 'c1', 0)).toEqual([]);
    expect(series(e.document, 'c2', 0)).toEqual([]);
  });

  it('reads English headers with "," and a baseline column of yes/no; other columns are ignored and listed', () => {
    const e = theory('en');
    const csv = 'card,indicator,date,value,baseline,n\nX,Netwerk,2024,"1,5",yes,\nX,Netwerk,2025,2.25,no,12\n';
    const parsed = parseMeasurementsCsv(csv, e.theory);
    expect(parsed.problems).toEqual([]);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.ignored).toEqual([{ column: 1, header: 'card' }]);
    expect(parsed.columns).toEqual({ indicator: 2, date: 3, value: 4, kind: 5, n: 6 });
    const { outcome } = applyMeasurementsCsv(e.document, csv);
    expect(series(outcome!.document, 'c2', 0)).toEqual([
      { date: '2024', value: '1.5', n: 0, note: '', kind: 'baseline' },
      { date: '2025', value: '2.25', n: 12, note: '', kind: 'followUp' },
    ]);
  });

  it('names each kind of bad row with its row, column and why, in Dutch and English; nothing is applied', () => {
    const e = theory();
    const csv = [
      'indicator;datum;waarde;n;soort',
      'Zelfvertrouwen;2024-01;3,1;10;nulmeting', // good
      ';2024-02;3;;', // no indicator
      'Onbekend;2024-03;3;;', // unknown indicator
      'Deelname;2024-04;3;;', // on two cards
      'Zelfvertrouwen;;3;;', // no date
      'Zelfvertrouwen;2024-13;3;;', // no such month
      'Zelfvertrouwen;2024-05;;;', // no value
      'Zelfvertrouwen;2024-06;3;12,5;', // n not whole
      'Zelfvertrouwen;2024-07;3;-1;', // n negative
      'Zelfvertrouwen;2024-08;3;;misschien', // kind
      '',
      'Netwerk;2024-09;4;;', // good, after a blank line
    ].join('\n');
    const parsed = parseMeasurementsCsv(csv, e.theory);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 13]);
    expect(parsed.dataRows).toBe(11);
    expect(parsed.problems.map((p) => [p.key, p.row, p.column])).toEqual([
      ['missingIndicator', 3, 1],
      ['unknownIndicator', 4, 1],
      ['ambiguousIndicator', 5, 1],
      ['missingDate', 6, 2],
      ['badDate', 7, 2],
      ['missingValue', 8, 3],
      ['badN', 9, 4],
      ['badN', 10, 4],
      ['badKind', 11, 5],
    ]);
    const nl = parsed.problems.map((p) => describeMeasurementProblem(p, 'nl', 'metingen.csv'));
    expect(nl[1]).toBe('metingen.csv:4:1: rij 4, kolom A ("indicator"): de theorie heeft geen indicator met de naam of het id "Onbekend"');
    // The ambiguous name names both indicators, with their cards and ids.
    expect(nl[2]).toBe(
      'metingen.csv:5:1: rij 5, kolom A ("indicator"): de naam "Deelname" hoort bij meer dan één indicator: 4.1 Intrapersoonlijk – Deelname (c1-i2); 4.2 Gedrag – deelname (c2-i2); gebruik het id van de indicator',
    );
    expect(nl[4]).toContain('rij 7, kolom B ("datum"): "2024-13" is geen datum of periode');
    const en = parsed.problems.map((p) => describeMeasurementProblem(p, 'en'));
    expect(en[6]).toBe('row 9, column D ("n"): "12,5" is not a number of respondents: write a whole number (0 or more), or leave the cell empty');
    expect(en[8]).toContain('"misschien" is not a kind of measurement');
    for (const line of [...nl, ...en]) expect(line).not.toMatch(/\{\w+\}/);
    // Nothing is applied while a row is bad…
    expect(measurementImport(parsed)).toBeNull();
    expect(applyMeasurementsCsv(e.document, csv).outcome).toBeNull();
    // …unless bad rows are skipped: then the good ones, in one step.
    const { outcome } = applyMeasurementsCsv(e.document, csv, { skipBad: true });
    expect(series(outcome!.document, 'c1', 0).map((m) => m.date)).toEqual(['2024-01']);
    expect(series(outcome!.document, 'c2', 0).map((m) => m.date)).toEqual(['2024-09']);
    expect(outcome!.result.created).toEqual(['c1-i1-m1', 'c2-i1-m1']);
  });

  it('file problems: missing or repeated columns, no rows, an unclosed quote, an empty file', () => {
    const t = theory().theory;
    const missing = parseMeasurementsCsv('indicator;wanneer;waarde\nZelfvertrouwen;2024;3\n', t);
    expect(missing.problems).toMatchObject([{ key: 'missingColumns', row: 0, params: { missing: 'date', found: 'indicator, wanneer, waarde' } }]);
    expect(describeMeasurementProblem(missing.problems[0]!, 'nl', 'm.csv')).toBe('m.csv: de kolommen date ontbreken (nodig zijn indicator, datum en waarde; gevonden: indicator, wanneer, waarde)');
    const twice = parseMeasurementsCsv('indicator,date,period,value\n', t);
    expect(twice.problems).toMatchObject([{ key: 'duplicateColumn', row: 0, column: 3, header: 'period' }]);
    expect(describeMeasurementProblem(twice.problems[0]!, 'en')).toBe('column C ("period"): this column is a date column too, like column B ("date"); keep one');
    expect(parseMeasurementsCsv('indicator,date,value\n\n', t).problems).toMatchObject([{ key: 'noRows' }]);
    const quote = parseMeasurementsCsv('indicator,date,value,note\nZelfvertrouwen,2024,3,"open\n', t);
    expect(describeMeasurementProblem(quote.problems[0]!, 'en')).toBe('row 2 opens a quote that is never closed; everything after it would end up in one cell');
    expect(describeMeasurementProblem(parseMeasurementsCsv('  \n', t).problems[0]!, 'nl')).toBe('het bestand is leeg');
    for (const p of [missing, twice, quote]) expect(measurementImport(p, { skipBad: true })).toBeNull();
  });

  it('refuses rows past the limit of measurements per indicator', () => {
    const e = theory();
    const rows = Array.from({ length: MODEL_LIMITS.measurementsPerIndicator + 1 }, (_, i) => `c1-i1,2024,${i}`);
    const parsed = parseMeasurementsCsv(['indicator,date,value', ...rows].join('\n'), e.theory);
    expect(parsed.rows).toHaveLength(MODEL_LIMITS.measurementsPerIndicator);
    expect(parsed.problems).toMatchObject([{ key: 'tooManyMeasurements', row: MODEL_LIMITS.measurementsPerIndicator + 2 }]);
  });

  it('normalises values and dates as the file keeps them', () => {
    expect(['3,50', '1.234,5', '1,234.5', '-2', '+2', '\u22121,5', '1.234.567', 'goed', ' 7 '].map(normaliseValue)).toEqual(['3.50', '1234.5', '1234.5', '-2', '2', '-1.5', '1234567', 'goed', '7']);
    expect(['2025-03-10', '10-3-2025', '10/03/2025', '1.2.2024', '2025-q1', '2025-h2', '2025', '31-2-2025', '2025/03/10', 'voorjaar'].map(normaliseDate)).toEqual([
      '2025-03-10',
      '2025-03-10',
      '2025-03-10',
      '2024-02-01',
      '2025-Q1',
      '2025-H2',
      '2025',
      null,
      null,
      null,
    ]);
  });

  it('exports CSV that reads back: Dutch with ";" and a decimal comma, English with "," and a point', () => {
    const e = theory();
    e.run('addMeasurements', {
      items: [
        { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2024-01', value: '3.1', n: 42, note: 'voor de start; "nul"', kind: 'baseline' } },
        { cardId: 'c2', indicatorId: 'c2-i2', measurement: { date: '2025-Q1', value: 'beter', note: 'regel 1\nregel 2' } },
      ],
    });
    const nl = measurementsToCsv(e.document);
    expect(nl.split('\r\n')[0]).toBe('indicator;kaart en indicator;datum;waarde;n;toelichting;soort');
    expect(nl.split('\r\n')[1]).toBe('c1-i1;4.1 Intrapersoonlijk – Zelfvertrouwen;2024-01;3,1;42;"voor de start; ""nul""";nulmeting');
    expect(measurementsToCsv(e.document, { language: 'en' }).split('\r\n')[1]).toBe('c1-i1,4.1 Intrapersoonlijk – Zelfvertrouwen,2024-01,3.1,42,"voor de start; ""nul""",baseline');
    for (const language of ['nl', 'en'] as const) {
      const fresh = theory();
      const { parsed, outcome } = applyMeasurementsCsv(fresh.document, measurementsToCsv(e.document, { language }));
      expect(parsed.problems).toEqual([]);
      expect(outcome!.document.theory.cards).toEqual(e.document.theory.cards);
    }
  });
});

describe('property: random series round-trip (#11)', () => {
  const dateArb = fc.oneof(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.record({ y: fc.integer({ min: 1990, max: 2040 }), p: fc.constantFrom('', '-Q1', '-Q4', '-H1', '-H2', '-01', '-12') }).map(({ y, p }) => `${y}${p}`),
  );
  // Values as the file keeps them: a number with a point (any precision), or a text that is no number.
  const text = fc.string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(...'abc xyz;,."\n\'é€=-+'.split('')) }).map((s) => s.trim()).filter((s) => s !== '');
  const valueArb = fc.oneof(
    fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }).map((n) => String(n)).filter((s) => !/e/i.test(s)),
    fc.integer({ min: 0, max: 999 }).map((n) => `${n}.50`),
    text.filter((s) => normaliseValue(s) === s && !/^[+\-\u2212]?\d/.test(s)),
  );
  const measurementArb = fc.record({
    indicator: fc.constantFrom('c1-i1', 'c1-i2', 'c2-i1', 'c2-i2'),
    date: dateArb,
    value: valueArb,
    n: fc.oneof(fc.constant(0), fc.nat({ max: 100_000 })),
    note: fc.oneof(fc.constant(''), text),
    kind: fc.constantFrom('baseline' as const, 'followUp' as const),
  });

  it('through save and load, and through CSV export and import (Dutch and English)', () => {
    fc.assert(
      fc.property(fc.array(measurementArb, { maxLength: 20 }), fc.constantFrom('nl' as const, 'en' as const), (list, language) => {
        const e = theory();
        e.run('addMeasurements', { items: list.map(({ indicator, ...measurement }) => ({ cardId: indicator.slice(0, 2), indicatorId: indicator, measurement })) });
        const saved = parseDocument(serializeDocument(e.document));
        expect(saved.ok).toBe(true);
        if (!saved.ok) return;
        expect(saved.document).toEqual(e.document);
        const csv = measurementsToCsv(e.document, { language });
        const { parsed, outcome } = applyMeasurementsCsv(theory().document, csv);
        if (list.length === 0) {
          // A theory without measurements exports the header row alone, which imports as nothing.
          expect(parsed.problems).toMatchObject([{ key: 'noRows' }]);
          expect(outcome).toBeNull();
          return;
        }
        expect(parsed.problems).toEqual([]);
        // The same series, indicator by indicator, in the same order (ids given afresh in the same way).
        expect(outcome!.document.theory.cards).toEqual(e.document.theory.cards);
      }),
      { numRuns: 150 },
    );
  });
});
