import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyIndicator } from '../../shared/model';
import type { Measurement } from '../../shared/records/measurement';
import {
  cardProgress,
  formatTarget,
  parseMeasuredNumber,
  parsePeriod,
  parseTarget,
  periodSortKey,
  scaleRange,
  sortMeasurements,
  summariseSeries,
} from '../../shared/research/series';

let seq = 0;
const m = (date: string, value: string, kind: Measurement['kind'] = 'followUp', extra: Partial<Measurement> = {}): Measurement => ({
  id: `i1-m${++seq}`,
  date,
  value,
  n: 0,
  note: '',
  kind,
  ...extra,
});
const indicator = (target: string, measurements: Measurement[], unit = '') => ({ ...emptyIndicator('i1'), target, unit, measurements });

describe('parseMeasuredNumber', () => {
  it.each([
    ['3.5', 3.5],
    ['3,5', 3.5],
    [' 7 ', 7],
    ['-2', -2],
    ['+2', 2],
    ['\u22122,25', -2.25],
    ['0', 0],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    // One mark alone is the decimal separator: the file writes a point, Dutch users a comma.
    ['1.234', 1.234],
    ['1,234', 1.234],
    ['0,05', 0.05],
  ])('%j is %d', (text, value) => {
    expect(parseMeasuredNumber(text)).toBe(value);
  });

  it.each(['', ' ', 'goed', 'n.v.t.', '45%', '3 punten', '1e3', '3.', ',5', '.5', '3..5', '1,2,3', '1.23.456', '1.234,5,6', '1,234.5.6', '12 345', 'NaN', 'Infinity', '--2', '0x10'])(
    '%j is text (null)',
    (text) => {
      expect(parseMeasuredNumber(text)).toBeNull();
    },
  );

  it('reads back every number the file writes (String(n) of a finite number without an exponent)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const text = String(n);
        fc.pre(!/e/i.test(text));
        expect(parseMeasuredNumber(text)).toBe(n === 0 ? 0 : n);
        expect(parseMeasuredNumber(text.replace('.', ','))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('parseTarget', () => {
  it('takes a plain number, or one after a comparison and before a percent sign or the unit', () => {
    expect(parseTarget('4')).toBe(4);
    expect(parseTarget('≥ 3,5')).toBe(3.5);
    expect(parseTarget('>= 70%')).toBe(70);
    expect(parseTarget('min. 12 deelnemers', 'deelnemers')).toBe(12);
    expect(parseTarget('≤2')).toBe(2);
    expect(parseTarget('')).toBeNull();
    expect(parseTarget('meer zelfvertrouwen')).toBeNull();
    expect(parseTarget('12 deelnemers')).toBeNull(); // a unit the indicator does not have
  });
});

describe('formatTarget', () => {
  const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6, useGrouping: false });
  const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6, useGrouping: false });
  it('writes the number as the values are written in the report’s language, keeping the comparison and the unit', () => {
    expect(formatTarget('3,8', '', en)).toBe('3.8');
    expect(formatTarget('3.8', '', nl)).toBe('3,8');
    expect(formatTarget(' 3,80 ', 'gemiddelde score', en)).toBe('3.8');
    expect(formatTarget('≥ 3,5', '', en)).toBe('≥ 3.5');
    expect(formatTarget('>=70,5%', '', en)).toBe('>=70.5%');
    expect(formatTarget('min. 12,5 deelnemers', 'deelnemers', en)).toBe('min. 12.5 deelnemers');
    expect(formatTarget('4', '', nl)).toBe('4');
  });

  it('leaves a target that is no number as it was written', () => {
    for (const text of ['', 'stijging ten opzichte van de beginmeting', '12 deelnemers', '3,8 of hoger']) expect(formatTarget(text, '', en), text).toBe(text);
  });

  it('a property: the formatted target reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom('', '≥ ', '<= ', 'ca. '), fc.constantFrom('', '%'), (value, comparison, suffix) => {
        const rounded = Math.round(value * 1000) / 1000;
        const typed = `${comparison}${String(rounded).replace('.', ',')}${suffix}`;
        for (const number of [en, nl]) expect(parseTarget(formatTarget(typed, '', number))).toBe(parseTarget(typed));
      }),
    );
  });
});

describe('periods', () => {
  it('reads days, months, quarters, halves and years, and refuses the rest', () => {
    expect(parsePeriod('2025-03-10')).toMatchObject({ kind: 'day', start: Date.UTC(2025, 2, 10) });
    expect(parsePeriod('2025-02')).toMatchObject({ kind: 'month', start: Date.UTC(2025, 1, 1), end: Date.UTC(2025, 1, 28) });
    expect(parsePeriod('2025-Q2')).toMatchObject({ kind: 'quarter', start: Date.UTC(2025, 3, 1), end: Date.UTC(2025, 5, 30) });
    expect(parsePeriod('2025-q4')).toMatchObject({ kind: 'quarter', start: Date.UTC(2025, 9, 1), end: Date.UTC(2025, 11, 31) });
    expect(parsePeriod('2025-H2')).toMatchObject({ kind: 'half', start: Date.UTC(2025, 6, 1), end: Date.UTC(2025, 11, 31) });
    expect(parsePeriod(' 2025 ')).toMatchObject({ kind: 'year', start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 11, 31) });
    for (const bad of ['', '2025-02-30', '2025-13', '2025-00', '2025-Q5', '2025-Q0', '2025-H3', '0999', '25', '2025/03/10', '10-03-2025', 'Q1 2025', 'voorjaar', '2024-02-29x'])
      expect(parsePeriod(bad), bad).toBeNull();
    expect(parsePeriod('2024-02-29')).not.toBeNull(); // a leap day
    expect(parsePeriod('2023-02-29')).toBeNull();
  });

  it('sort keys order periods by their middle, broader periods before a day at the same middle', () => {
    const texts = ['2026', '2025-Q4', '2025-03-10', '2025', '2025-01', '2024-H2', '2025-07-02'];
    const sorted = [...texts].sort((a, b) => (periodSortKey(a)! < periodSortKey(b)! ? -1 : 1));
    expect(sorted).toEqual(['2024-H2', '2025-01', '2025-03-10', '2025', '2025-07-02', '2025-Q4', '2026']);
    expect(periodSortKey('2025-02-30')).toBeNull();
    expect(periodSortKey('2025-03-10')).toBe('2025-03-10/4');
  });

  it('sorting measurements is stable: ties keep the file order, dates naming no period come last in file order', () => {
    const a = m('2025-Q1', '1');
    const b = m('later', '2');
    const c = m('2024', '3');
    const d = m('2025-Q1', '4');
    const e = m('', '5');
    expect(sortMeasurements([a, b, c, d, e]).map((x) => x.value)).toEqual(['3', '1', '4', '2', '5']);
  });

  it('sorting is a stable sort by key: a property', () => {
    const date = fc.oneof(
      fc.constantFrom('', 'x', '2025-02-30'),
      fc.record({ y: fc.integer({ min: 2020, max: 2026 }), k: fc.constantFrom('', '-Q1', '-Q3', '-H1', '-06', '-11-15') }).map(({ y, k }) => `${y}${k}`),
    );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 12 }), (dates) => {
        const ms = dates.map((d, i) => m(d, String(i)));
        const sorted = sortMeasurements(ms);
        expect([...sorted].sort((x, y) => Number(x.value) - Number(y.value))).toEqual(ms);
        for (let i = 1; i < sorted.length; i++) {
          const [ka, kb] = [periodSortKey(sorted[i - 1]!.date), periodSortKey(sorted[i]!.date)];
          if (ka === null) expect(kb).toBeNull();
          else if (kb !== null) expect(ka <= kb).toBe(true);
          if (ka === kb) expect(Number(sorted[i - 1]!.value)).toBeLessThan(Number(sorted[i]!.value));
        }
      }),
    );
  });
});

describe('summariseSeries', () => {
  it('finds the baseline (the earliest of several), the latest follow-up in time, the target and the direction', () => {
    const s = summariseSeries(indicator('4', [m('2025-Q2', '3,6'), m('2024-06', '3.0', 'baseline'), m('2024-01', '2.9', 'baseline'), m('2025-Q1', '3.4')]));
    expect(s.baseline?.date).toBe('2024-01');
    expect(s.latest?.date).toBe('2025-Q2');
    expect(s.sorted.map((x) => x.date)).toEqual(['2024-01', '2024-06', '2025-Q1', '2025-Q2']);
    expect(s.target).toBe(4);
    expect(s.direction).toBe('toward');
  });

  it('a target below the baseline: going down is toward it', () => {
    expect(summariseSeries(indicator('10', [m('2024', '20', 'baseline'), m('2025', '15')])).direction).toBe('toward');
    expect(summariseSeries(indicator('10', [m('2024', '20', 'baseline'), m('2025', '25')])).direction).toBe('away');
    expect(summariseSeries(indicator('10', [m('2024', '20', 'baseline'), m('2025', '10')])).direction).toBe('reached');
    expect(summariseSeries(indicator('10', [m('2024', '20', 'baseline'), m('2025', '8')])).direction).toBe('reached');
  });

  it('a target above: up is toward, down away, equal steady, at or past the target reached', () => {
    const at = (latest: string) => summariseSeries(indicator('≥ 4', [m('2024', '3', 'baseline'), m('2025', latest)])).direction;
    expect(at('3.5')).toBe('toward');
    expect(at('2.5')).toBe('away');
    expect(at('3')).toBe('steady');
    expect(at('4')).toBe('reached');
    expect(at('4,5')).toBe('reached');
  });

  it('a target equal to the baseline (hold the level): reached while it holds, away otherwise', () => {
    expect(summariseSeries(indicator('3', [m('2024', '3', 'baseline'), m('2025', '3')])).direction).toBe('reached');
    expect(summariseSeries(indicator('3', [m('2024', '3', 'baseline'), m('2025', '3.2')])).direction).toBe('away');
  });

  it('unknown without a baseline, a later measurement, a number or a target', () => {
    expect(summariseSeries(indicator('4', [m('2024', '3'), m('2025', '3.5')]))).toMatchObject({ baseline: undefined, direction: 'unknown' });
    const only = summariseSeries(indicator('4', [m('2024', '3', 'baseline')]));
    expect(only.latest).toBeUndefined();
    expect(only.direction).toBe('unknown');
    expect(summariseSeries(indicator('4', [m('2024', '3', 'baseline'), m('2025', 'beter')])).direction).toBe('unknown');
    expect(summariseSeries(indicator('', [m('2024', '3', 'baseline'), m('2025', '3.5')])).direction).toBe('unknown');
    expect(summariseSeries(indicator('hoger', [m('2024', '3', 'baseline'), m('2025', '3.5')])).direction).toBe('unknown');
    // A follow-up whose date names no period is not "the latest".
    const undated = summariseSeries(indicator('4', [m('2024', '3', 'baseline'), m('ooit', '3.9')]));
    expect(undated.latest).toBeUndefined();
    expect(undated.sorted.map((x) => x.date)).toEqual(['2024', 'ooit']);
  });

  it('no measurements: nothing but the target', () => {
    expect(summariseSeries(indicator('4', []))).toEqual({ baseline: undefined, latest: undefined, sorted: [], target: 4, direction: 'unknown' });
  });
});

describe('cardProgress', () => {
  const up = indicator('4', [m('2024', '3', 'baseline'), m('2025', '3.5')]);
  const reached = indicator('4', [m('2024', '3', 'baseline'), m('2025', '4')]);
  const down = indicator('4', [m('2024', '3', 'baseline'), m('2025', '2')]);
  const steady = indicator('4', [m('2024', '3', 'baseline'), m('2025', '3')]);
  const unmeasured = indicator('4', []);
  it('toward, away, mixed, or null when nothing moved', () => {
    expect(cardProgress({ indicators: [up, reached, steady, unmeasured] })).toBe('toward');
    expect(cardProgress({ indicators: [down, steady] })).toBe('away');
    expect(cardProgress({ indicators: [up, down] })).toBe('mixed');
    expect(cardProgress({ indicators: [steady, unmeasured] })).toBeNull();
    expect(cardProgress({ indicators: [] })).toBeNull();
  });
});

describe('scaleRange', () => {
  it('reads an instrument scale such as "1–5"', () => {
    expect(scaleRange('1–5')).toEqual([1, 5]);
    expect(scaleRange('1 - 7')).toEqual([1, 7]);
    expect(scaleRange('0 tot 100')).toEqual([0, 100]);
    expect(scaleRange('0 to 10')).toEqual([0, 10]);
    expect(scaleRange('1 t/m 5')).toEqual([1, 5]);
    expect(scaleRange('-3–3')).toEqual([-3, 3]);
    expect(scaleRange('5-1')).toEqual([1, 5]);
    expect(scaleRange('')).toBeNull();
    expect(scaleRange('Likert')).toBeNull();
    expect(scaleRange('3-3')).toBeNull();
  });
});
