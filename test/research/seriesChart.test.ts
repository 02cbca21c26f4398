import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyIndicator } from '../../shared/model';
import type { Measurement } from '../../shared/records/measurement';
import { seriesChart, type ChartGeometry } from '../../shared/research/seriesChart';

let seq = 0;
const m = (date: string, value: string, kind: Measurement['kind'] = 'followUp'): Measurement => ({ id: `i1-m${++seq}`, date, value, n: 0, note: '', kind });
const indicator = (target: string, measurements: Measurement[], targetDate = '') => ({ ...emptyIndicator('i1'), target, targetDate, measurements });
const kdg = indicator('4', [m('2024-01', '3.1', 'baseline'), m('2024-07', '3,4'), m('2025-01', '3.6'), m('2025-03', 'beter'), m('ooit', '3')], '2026');

/** Every drawn thing inside the chart; labels of a kind apart from one another. */
function expectInside(g: ChartGeometry) {
  const { plot } = g;
  expect(plot.left).toBeGreaterThan(0);
  expect(plot.right).toBeLessThanOrEqual(g.width);
  expect(plot.top).toBeGreaterThan(0);
  expect(plot.bottom).toBeLessThan(g.height);
  for (const p of g.points) {
    expect(p.x).toBeGreaterThanOrEqual(plot.left);
    expect(p.x).toBeLessThanOrEqual(plot.right);
    expect(p.y).toBeGreaterThanOrEqual(plot.top - 1e-9);
    expect(p.y).toBeLessThanOrEqual(plot.bottom + 1e-9);
  }
  for (const t of g.yTicks) {
    expect(t.at).toBeGreaterThanOrEqual(plot.top - 1e-9);
    expect(t.at).toBeLessThanOrEqual(plot.bottom + 1e-9);
  }
  for (const t of g.xTicks) {
    expect(t.at).toBeGreaterThanOrEqual(plot.left);
    expect(t.at).toBeLessThanOrEqual(plot.right);
  }
}

describe('seriesChart', () => {
  const g = seriesChart(kdg, { width: 320, height: 160, language: 'nl' });

  it('places the numeric, dated measurements in time order, left to right, higher values higher', () => {
    expect(g.points.map((p) => [p.dateLabel, p.valueLabel, p.baseline])).toEqual([
      ['2024-01', '3,1', true],
      ['2024-07', '3,4', false],
      ['2025-01', '3,6', false],
    ]);
    const xs = g.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(g.points[0]!.y).toBeGreaterThan(g.points[1]!.y);
    expect(g.points[1]!.y).toBeGreaterThan(g.points[2]!.y);
    expect(g.line).toEqual(g.points.map((p) => ({ x: p.x, y: p.y })));
    expect(g.unplotted.map((u) => u.value)).toEqual(['beter', '3']);
    expectInside(g);
  });

  it('spaces by time: half a year is half as wide as a year', () => {
    const [a, b, c] = g.points;
    expect(b!.x - a!.x).toBeCloseTo((c!.x - a!.x) * (182 / 366), 0);
  });

  it('draws the target line across the plot with its date on the time axis', () => {
    expect(g.target).toMatchObject({ value: 4, valueLabel: '4', dateLabel: '2026' });
    expect(g.target!.y).toBeLessThan(g.points[2]!.y);
    expect(g.target!.x).toBeGreaterThan(g.points[2]!.x);
    expect(g.target!.label.text).toBe('Streefwaarde 4 (2026)');
    expect(g.xTicks.some((t) => t.at === g.target!.x && t.label?.text === '2026')).toBe(true);
  });

  it('labels the target as written: its comparison and unit kept, its number in the language', () => {
    const written = { ...kdg, target: '≥ 3,8 punten', unit: 'punten' };
    expect(seriesChart(written, { width: 320, height: 160, language: 'nl' }).target!.label.text).toBe('Streefwaarde ≥ 3,8 punten (2026)');
    const en = seriesChart(written, { width: 320, height: 160, language: 'en' });
    expect(en.target!.label.text).toBe('Target ≥ 3.8 punten (2026)');
    expect(en.target!.value).toBe(3.8);
    expect(en.summary).toContain('target ≥ 3.8 punten (2026)');
  });

  it('has round value ticks covering every value and the target, labelled in the language', () => {
    const values = g.yTicks.map((t) => t.value);
    expect(values[0]).toBeLessThanOrEqual(3.1);
    expect(values[values.length - 1]).toBeGreaterThanOrEqual(4);
    const steps = values.slice(1).map((v, i) => +(v - values[i]!).toFixed(9));
    expect(new Set(steps).size).toBe(1);
    expect([0.1, 0.2, 0.25, 0.5, 1]).toContain(steps[0]);
    expect(g.yTicks.map((t) => t.label!.text).every((l) => /^\d+(,\d+)?$/.test(l))).toBe(true);
    const en = seriesChart(kdg, { width: 320, height: 160, language: 'en' });
    expect(en.yTicks.map((t) => t.label!.text)).toEqual(g.yTicks.map((t) => t.label!.text.replace(',', '.')));
    expect(en.target!.label.text).toBe('Target 4 (2026)');
    // Higher ticks are higher up, and the bottom tick sits on the axis.
    expect(g.yTicks[0]!.at).toBeCloseTo(g.plot.bottom);
    expect(g.yTicks[g.yTicks.length - 1]!.at).toBeCloseTo(g.plot.top);
  });

  it('tells the series in one sentence, in the language', () => {
    // The latest measurement is a text: the chart cannot place it, the sentence names it, and no direction is told.
    expect(g.summary).toBe('3 metingen; nulmeting 3,1 (2024-01); laatste meting beter (2025-03); streefwaarde 4 (2026).');
    const numeric = { ...kdg, measurements: kdg.measurements.filter((x) => x.value !== 'beter') };
    expect(seriesChart(numeric, { width: 320, height: 160, language: 'nl' }).summary).toBe(
      '3 metingen; nulmeting 3,1 (2024-01); laatste meting 3,6 (2025-01); streefwaarde 4 (2026); verloop: richting streefwaarde.',
    );
    expect(seriesChart(numeric, { width: 320, height: 160, language: 'en' }).summary).toBe(
      '3 measurements; baseline 3.1 (2024-01); latest 3.6 (2025-01); target 4 (2026); direction: toward target.',
    );
  });

  it('keeps an instrument scale range in view', () => {
    const ranged = seriesChart(kdg, { width: 320, height: 160, language: 'en', range: [1, 5] });
    expect(ranged.yTicks[0]!.value).toBe(1);
    expect(ranged.yTicks[ranged.yTicks.length - 1]!.value).toBe(5);
  });

  it('one measurement sits in the middle; no measurement leaves an empty plot with the target', () => {
    const one = seriesChart(indicator('', [m('2025', '7')]), { width: 200, height: 100, language: 'en' });
    expect(one.points).toHaveLength(1);
    expect(one.points[0]!.x).toBeCloseTo((one.plot.left + one.plot.right) / 2);
    expect(one.target).toBeNull();
    expect(one.yTicks.length).toBeGreaterThanOrEqual(2);
    expect(one.summary).toBe('1 measurement; latest 7 (2025).');
    expectInside(one);
    const none = seriesChart(indicator('4', []), { width: 200, height: 100, language: 'nl' });
    expect(none.points).toEqual([]);
    expect(none.target!.value).toBe(4);
    expect(none.summary).toBe('Nog geen metingen met een getal en een datum.');
  });

  it('drops labels that would overlap, never the first and the last date', () => {
    const dense = indicator('', Array.from({ length: 24 }, (_, i) => m(`2024-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12) * 14 + 1).padStart(2, '0')}`, String(i))));
    const small = seriesChart(dense, { width: 200, height: 100, language: 'en' });
    const labelled = small.xTicks.filter((t) => t.label);
    expect(labelled.length).toBeLessThan(small.xTicks.length);
    expect(small.xTicks[0]!.label).toBeDefined();
    expect(small.xTicks[small.xTicks.length - 1]!.label).toBeDefined();
    const widths = (text: string) => text.length * 5;
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.at - labelled[i - 1]!.at).toBeGreaterThan(widths('2024-01-01') * 0.9);
  });

  it('values equal but for rounding noise sit on one level inside the plot (found by the property below)', () => {
    const g = seriesChart(indicator('', [m('2025-Q1', '-999999.9999999979', 'baseline'), m('2000-01-01', '-999999.999999998')]), { width: 240, height: 120, language: 'nl' });
    expectInside(g);
    expect(g.yTicks.every((t) => t.label!.text.length < 12)).toBe(true);
  });

  it('stays inside its box for any series: a property', () => {
    const measurement = fc.record({
      date: fc.oneof(fc.constantFrom('2025-Q1', '2024', '2026-H2', 'x'), fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      value: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String), fc.constantFrom('goed', '')),
      kind: fc.constantFrom('baseline' as const, 'followUp' as const),
    });
    fc.assert(
      fc.property(fc.array(measurement, { maxLength: 15 }), fc.oneof(fc.constant(''), fc.integer({ min: -100, max: 100 }).map(String)), (ms, target) => {
        const g = seriesChart(indicator(target, ms.map((x) => m(x.date, x.value, x.kind)), '2030'), { width: 240, height: 120, language: 'nl' });
        expectInside(g);
        if (g.target) {
          expect(g.target.y).toBeGreaterThanOrEqual(g.plot.top - 1e-9);
          expect(g.target.y).toBeLessThanOrEqual(g.plot.bottom + 1e-9);
        }
        for (const p of g.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        // Value labels overlap neither one another nor the target's label.
        const boxes = [...g.points.flatMap((p) => (p.label ? [p.label] : [])), ...(g.target ? [g.target.label] : [])].map((l) => {
          const w = l.text.length * 9 * 0.45;
          const left = l.align === 'middle' ? l.x - w / 2 : l.align === 'end' ? l.x - w : l.x;
          return { l: left, r: left + w, t: l.y - 9 * 0.7, b: l.y };
        });
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            expect(a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b, `${i} and ${j} overlap`).toBe(false);
          }
      }),
      { numRuns: Number(process.env.CHART_RUNS ?? 100) },
    );
  });
});
