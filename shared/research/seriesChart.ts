import { nice, tickStep, ticks } from 'd3-array';
import type { Indicator } from '../records/indicator';
import type { Measurement } from '../records/measurement';
import type { Language } from '../records/vocabulary';
import { LOCALES, translator } from '../i18n/core';
import { measurementStrings } from '../i18n/measurements';
import { textWidth } from '../textWidth';
import { formatTarget, parseMeasuredNumber, parsePeriod, summariseSeries, type SeriesDirection, type SeriesSummary } from './series';

/**
 * The chart of an indicator's measured values (issue #11) as plain numbers: no DOM, no
 * drawing library. The inspector draws it as SVG, the PDF report as vector lines, from
 * the same geometry, so both show the same thing. Coordinates are in the caller's units
 * (px or pt), origin top left, y downwards; a text's y is its baseline.
 *
 * x is time: each measurement at the middle of its period (a day at that day, "2025-Q1"
 * mid-February), so uneven gaps between measurements stay visible; the target date, when
 * it names a period, is on the same axis. y is the value, on "nice" round ticks (d3-array)
 * over the values, the target and, when given, the instrument's scale range.
 */

export interface ChartOptions {
  width: number;
  height: number;
  language: Language;
  /** Text size of tick and value labels; 9 by default. */
  fontSize?: number;
  /** Text width at a size; an estimate of DejaVu Sans by default (the PDF passes its font's metrics). */
  measure?: (text: string, size: number) => number;
  /** The instrument's scale range, kept in view (scaleRange of its "1–5"). */
  range?: readonly [number, number];
}

export type TextAlign = 'start' | 'middle' | 'end';

export interface ChartText {
  x: number;
  /** The text's baseline. */
  y: number;
  text: string;
  align: TextAlign;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  /** The value in the chart's language ("3,5" in Dutch). */
  valueLabel: string;
  /** The date or period as the measurement gives it. */
  dateLabel: string;
  /** Where the value label goes, above the point; left out where it would overlap another. */
  label?: ChartText;
  baseline: boolean;
  measurement: Measurement;
}

export interface ChartTick {
  /** x of a tick on the time axis, y of one on the value axis. */
  at: number;
  /** Left out where it would overlap a neighbour's. */
  label?: ChartText;
}

export interface ChartTarget {
  value: number;
  /** The value in the chart's language. */
  valueLabel: string;
  y: number;
  /** x of the target date, when it names a period. */
  x?: number;
  dateLabel?: string;
  /** "Target 4 (2026)", at the right end of the line, above it. */
  label: ChartText;
}

export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  /** Length of a tick mark: down from the time axis, left of the value axis. */
  tickLength: number;
  /** The plot area: the axes run along its left and bottom edges. */
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: ChartTick[];
  yTicks: (ChartTick & { value: number })[];
  /** Measurements with a number and a date that names a period, in time order. */
  points: ChartPoint[];
  /** The line through the points, in time order. */
  line: { x: number; y: number }[];
  target: ChartTarget | null;
  /** Measurements the chart cannot place: a text value or a date that names no period. */
  unplotted: Measurement[];
  direction: SeriesDirection;
  /** One sentence for screen readers and the PDF's alt text: baseline, latest, target, direction. */
  summary: string;
}

type Translate = ReturnType<typeof translator<typeof measurementStrings.nl>>;

/** Lengths in ninths of the text size: a tick of 3 at size 9 px, proportionally smaller in mm. */
const TICK = 3 / 9;
const GAP = 3 / 9;

export function seriesChart(indicator: Pick<Indicator, 'measurements' | 'target' | 'targetDate' | 'unit'>, options: ChartOptions): ChartGeometry {
  const { width, height, language } = options;
  const fontSize = options.fontSize ?? 9;
  const u = fontSize / 9;
  const tickLen = TICK * fontSize;
  const gap = GAP * fontSize;
  const measure = options.measure ?? textWidth;
  const t = translator(measurementStrings, language);
  const summary = summariseSeries(indicator);
  // Three decimals at most on the chart: a label, not the record (the report's table has the value as written).
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 3, useGrouping: false });

  const placed: { m: Measurement; value: number; time: number }[] = [];
  const unplotted: Measurement[] = [];
  for (const m of summary.sorted) {
    const value = parseMeasuredNumber(m.value);
    const period = parsePeriod(m.date);
    if (value === null || period === null) unplotted.push(m);
    else placed.push({ m, value, time: period.mid });
  }
  const targetPeriod = summary.target !== null ? parsePeriod(indicator.targetDate ?? '') : null;

  // The value axis: every value, the target and the scale range in view, on round ticks.
  const values = placed.map((p) => p.value);
  if (summary.target !== null) values.push(summary.target);
  if (options.range) values.push(...options.range);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  const min = lo;
  const max = hi;
  // Values equal but for rounding noise (3.0000000001 beside 3) are drawn as one level.
  if (hi - lo <= Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9) {
    const spread = Math.abs(lo) >= 10 ? Math.abs(lo) / 10 : 1;
    lo -= spread;
    hi += spread;
  }
  const top = fontSize + 4 * u;
  const bottom = height - (fontSize + tickLen + gap + 2 * u);
  const count = Math.max(2, Math.min(6, Math.round((bottom - top) / (fontSize * 2.5))));
  const [niceLo, niceHi] = nice(lo, hi, count);
  // nice() widens the domain to round ticks; floating-point steps must not narrow it past a value.
  if (niceLo <= min && niceHi >= max) [lo, hi] = [niceLo, niceHi];
  const yValues = ticks(lo, hi, count);
  const step = tickStep(lo, hi, count);
  const decimals = step >= 1 ? 0 : Math.ceil(-Math.log10(step) - 1e-9);
  const tickFormat = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
  const yLabels = yValues.map((v) => tickFormat.format(v));
  const left = Math.max(0, ...yLabels.map((l) => measure(l, fontSize))) + tickLen + gap + u;
  const right = width - 4 * u;
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);

  // The time axis: inset so the first and last date labels stay inside the chart.
  const times = [...new Set([...placed.map((p) => p.time), ...(targetPeriod ? [targetPeriod.mid] : [])])].sort((a, b) => a - b);
  const dateText = new Map<number, string>();
  for (const p of placed) if (!dateText.has(p.time)) dateText.set(p.time, p.m.date.trim());
  if (targetPeriod && !dateText.has(targetPeriod.mid)) dateText.set(targetPeriod.mid, (indicator.targetDate ?? '').trim());
  const widest = Math.max(0, ...[...dateText.values()].map((l) => measure(l, fontSize)));
  const inset = Math.min(Math.max(fontSize, widest / 2 + u), (right - left) / 4);
  const x0 = left + inset;
  const x1 = right - inset;
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 0;
  const x = (time: number) => (last === first ? (left + right) / 2 : x0 + ((time - first) / (last - first)) * (x1 - x0));

  const points: ChartPoint[] = placed.map(({ m, value, time }) => ({
    x: x(time),
    y: y(value),
    value,
    valueLabel: number.format(value),
    dateLabel: m.date.trim(),
    baseline: m === summary.baseline,
    measurement: m,
  }));

  const plot0 = { left, top, right, bottom };
  const xTickList: ChartTick[] = times.map((time) => ({ at: x(time) }));
  const targetX = targetPeriod ? x(targetPeriod.mid) : undefined;
  // The first, the last and the target date keep their labels before the others are fitted in.
  const byPriority = xTickList
    .map((tick, i) => ({ tick, i, rank: i === 0 || i === times.length - 1 || tick.at === targetX ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  keepApart(
    byPriority.map(({ tick, i }) => ({
      box: { x: tick.at, y: bottom + tickLen + gap + fontSize * 0.8, text: dateText.get(times[i] ?? NaN) ?? '', align: 'middle' as const },
      set: (label: ChartText) => (tick.label = label),
    })),
    measure,
    fontSize,
  );

  const yTicks = yValues.map((value, i) => ({
    at: y(value),
    value,
    label: { x: left - tickLen - gap, y: y(value) + fontSize * 0.35, text: yLabels[i] ?? '', align: 'end' as const },
  }));

  let target: ChartTarget | null = null;
  if (summary.target !== null) {
    // As the user wrote it ("≥ 3,5 punten"), in the report's number format (formatTarget).
    const value = formatTarget(indicator.target, indicator.unit, number);
    const dateLabel = targetPeriod ? (indicator.targetDate ?? '').trim() : undefined;
    const text = dateLabel ? t('chartTargetDated', { value, date: dateLabel }) : t('chartTarget', { value });
    const ty = y(summary.target);
    // The label ends just left of the target date's cross when there is room, else at the right end.
    const beforeCross = targetX !== undefined ? targetX - fontSize * 0.6 : right;
    const labelX = beforeCross - measure(text, fontSize) >= left ? beforeCross : right;
    target = { value: summary.target, valueLabel: value, y: ty, x: targetX, dateLabel, label: { x: labelX, y: ty - 2 * u, text, align: 'end' } };
  }

  // Value labels: the baseline, the latest, the highest and the lowest first; the others only
  // in a short series. Each above its point, or below it where above would cover the target
  // line, its label or another label; left out where neither fits.
  const byValue = [...points].sort((a, b) => a.value - b.value);
  const leading = [points.find((p) => p.baseline), points[points.length - 1], byValue[byValue.length - 1], byValue[0]];
  const order = [...new Set([...leading, ...(points.length <= 8 ? points : [])].filter((p): p is ChartPoint => p !== undefined))];
  keepApart(
    order.map((p) => ({
      box: { x: p.x, y: p.y - fontSize * 0.8, text: p.valueLabel, align: 'middle' as const },
      alternative: { x: p.x, y: p.y + fontSize * 1.5, text: p.valueLabel, align: 'middle' as const },
      set: (label: ChartText) => (p.label = label),
    })),
    measure,
    fontSize,
    [...(target ? [textRect(target.label, measure, fontSize), { l: plot0.left, r: plot0.right, t: target.y - u / 2, b: target.y + u / 2 }] : [])],
    plot0,
  );

  return {
    width,
    height,
    fontSize,
    tickLength: tickLen,
    plot: { left, top, right, bottom },
    xTicks: xTickList,
    yTicks,
    points,
    line: points.map((p) => ({ x: p.x, y: p.y })),
    target,
    unplotted,
    direction: summary.direction,
    summary: describe(points, summary, target, t, number),
  };
}

type Rect = { l: number; r: number; t: number; b: number };

function textRect(box: ChartText, measure: (text: string, size: number) => number, size: number): Rect {
  const w = measure(box.text, size);
  const l = box.align === 'middle' ? box.x - w / 2 : box.align === 'end' ? box.x - w : box.x;
  const pad = size / 6;
  return { l: l - pad, r: l + w + pad, t: box.y - size, b: box.y + size * 0.25 };
}

/**
 * Accept labels in the order given, each where it overlaps nothing accepted before (nor
 * what `taken` already holds): at its place, else at its alternative, else not at all. With
 * `within`, a label must also stay inside the chart's box (the plot, the margins above it).
 */
function keepApart(
  candidates: { box: ChartText; alternative?: ChartText; set: (label: ChartText) => void }[],
  measure: (text: string, size: number) => number,
  size: number,
  taken: Rect[] = [],
  within?: { left: number; top: number; right: number; bottom: number },
): void {
  const kept: Rect[] = [...taken];
  const fits = (rect: Rect) =>
    !kept.some((k) => rect.l < k.r && k.l < rect.r && rect.t < k.b && k.t < rect.b) &&
    (!within || (rect.t >= within.top - size && rect.b <= within.bottom && rect.l >= within.left - size && rect.r <= within.right + size));
  for (const { box, alternative, set } of candidates) {
    if (!box.text) continue;
    for (const option of alternative ? [box, alternative] : [box]) {
      const rect = textRect(option, measure, size);
      if (!fits(rect)) continue;
      kept.push(rect);
      set(option);
      break;
    }
  }
}

/** Baseline and latest as the summary has them (the latest may be a text value the chart cannot place). */
function describe(points: ChartPoint[], summary: SeriesSummary, target: ChartTarget | null, t: Translate, number: Intl.NumberFormat): string {
  if (points.length === 0) return t('summaryNone');
  const shown = (x: Measurement) => {
    const v = parseMeasuredNumber(x.value);
    return v === null ? x.value.trim() : number.format(v);
  };
  const parts: string[] = [points.length === 1 ? t('summaryOnePoint') : t('summaryPoints', { n: points.length })];
  const { baseline, latest, direction } = summary;
  if (baseline) parts.push(t('summaryBaseline', { value: shown(baseline), date: baseline.date.trim() }).toLowerCase());
  if (latest) parts.push(t('summaryLatest', { value: shown(latest), date: latest.date.trim() }));
  if (target) {
    const value = target.valueLabel;
    parts.push(target.dateLabel ? t('summaryTargetDated', { value, date: target.dateLabel }) : t('summaryTarget', { value }));
  }
  if (direction !== 'unknown') parts.push(t('summaryDirection', { direction: t(`direction_${direction}`) }));
  return `${parts.join('; ')}.`;
}
