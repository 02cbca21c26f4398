import type { Card } from '../records/card';
import type { Indicator } from '../records/indicator';
import type { Measurement } from '../records/measurement';

/**
 * Measured values over time (issue #11): reading a measurement's number and period, the
 * order of a series, and whether an indicator moved toward its target. Pure: the
 * inspector's chart, the canvas's progress mark, the report and the CSV import share it.
 */

/**
 * A measured value as a number, or null when it is text ("goed", "n.v.t.", "45%").
 *
 * Accepted: an optional sign (`-`, `+`, or the minus sign `−`), digits, and a decimal
 * separator that may be a point or a comma ("3.5", "3,5", "-2", " 7 "). A number with both
 * marks reads the last one as the decimal separator and the others as thousands groups of
 * three ("1.234,5" and "1,234.5" are both 1234.5). With only one kind of mark: once, it is
 * the decimal separator ("1.234" is 1.234, as the file writes it, and "1,234" is 1.234, the
 * Dutch decimal comma); repeated, it groups thousands ("1.234.567" is 1234567). Anything
 * else (units, percent signs, exponents, spaces inside the number) is text.
 */
export function parseMeasuredNumber(text: string): number | null {
  const t = text.trim().replace(/^\u2212/, '-');
  const m = /^([+-]?)(\d[\d.,]*)$/.exec(t);
  if (!m) return null;
  const sign = m[1] ?? '';
  const body = m[2] ?? '';
  if (/[.,]$/.test(body) || /[.,]{2}/.test(body)) return null;
  const lastPoint = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let integer: string;
  let fraction = '';
  if (lastPoint >= 0 && lastComma >= 0) {
    const decimal = lastPoint > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimal);
    if (body.indexOf(decimal) !== at) return null;
    fraction = body.slice(at + 1);
    if (!groupedThousands(body.slice(0, at), group)) return null;
    integer = body.slice(0, at).split(group).join('');
  } else if (lastPoint >= 0 || lastComma >= 0) {
    const mark = lastPoint >= 0 ? '.' : ',';
    const parts = body.split(mark);
    if (parts.length === 2) {
      integer = parts[0] ?? '';
      fraction = parts[1] ?? '';
    } else {
      if (!groupedThousands(body, mark)) return null;
      integer = parts.join('');
    }
  } else {
    integer = body;
  }
  const value = Number(`${sign}${integer}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

/** "1.234.567" grouped by `mark`: a first group of 1–3 digits, then groups of exactly 3. */
function groupedThousands(text: string, mark: string): boolean {
  const parts = text.split(mark);
  return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

const COMPARISON = /^(?:≥|>=|>|≤|<=|<|=|~|ca\.|min\.|max\.)\s*/i;

/**
 * A target as it is shown beside measured values: its number written the way `number`
 * writes the values (so a Dutch "3,8" reads "3.8" in an English report, beside "3.1"),
 * with its comparison and its unit or percent sign as the user wrote them. A target that is
 * not a number (parseTarget) is shown as written.
 */
export function formatTarget(text: string, unit: string, number: Intl.NumberFormat): string {
  const value = parseTarget(text, unit);
  if (value === null) return text;
  const t = text.trim();
  const comparison = COMPARISON.exec(t)?.[0] ?? '';
  const rest = t.slice(comparison.length);
  const u = unit.trim();
  const suffix = u && rest.toLowerCase().endsWith(u.toLowerCase()) ? rest.slice(rest.length - u.length) : rest.endsWith('%') ? '%' : '';
  const gap = /\s*$/.exec(rest.slice(0, rest.length - suffix.length))?.[0] ?? '';
  return `${comparison}${number.format(value)}${gap}${suffix}`;
}

/**
 * A target as a number: the target field is free text, so besides a plain number it may
 * start with a comparison (≥ 4, >= 4, > 4, ≤, <=, <, =, ~, ca., min., max.) and end with a
 * percent sign or the indicator's own unit ("70%", "≥ 3,5 punten" with unit "punten").
 * Anything else is not a number (null): no target line is drawn and no direction is told.
 */
export function parseTarget(text: string, unit = ''): number | null {
  let t = text.trim().replace(COMPARISON, '');
  const u = unit.trim();
  if (u && t.toLowerCase().endsWith(u.toLowerCase())) t = t.slice(0, t.length - u.length).trimEnd();
  else if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
  return parseMeasuredNumber(t);
}

/** Which kind of time a date or period names. */
export type PeriodKind = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  kind: PeriodKind;
  /** First and last day, UTC milliseconds at midnight. */
  start: number;
  end: number;
  /** The middle of the period (UTC ms): where the chart places it and what it sorts by. */
  mid: number;
}

const DAY = 86_400_000;
const RANK: Record<PeriodKind, number> = { year: 0, half: 1, quarter: 2, month: 3, day: 4 };

/**
 * The period a measurement's date names: YYYY-MM-DD (a real calendar day), YYYY-MM,
 * YYYY-Qn (quarter 1–4), YYYY-Hn (half 1–2) or YYYY, years 1000–9999; Q and H in either
 * case, surrounding spaces ignored. Anything else is null.
 */
export function parsePeriod(dateOrPeriod: string): Period | null {
  const t = dateOrPeriod.trim();
  let m: RegExpExecArray | null;
  const span = (kind: PeriodKind, year: number, firstMonth: number, months: number): Period => {
    const start = Date.UTC(year, firstMonth - 1, 1);
    const end = Date.UTC(year, firstMonth - 1 + months, 1) - DAY;
    return { kind, start, end, mid: Math.round((start + end) / 2 / DAY) * DAY };
  };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const at = Date.UTC(y, mo - 1, d);
    const back = new Date(at);
    if (y < 1000 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
    return { kind: 'day', start: at, end: at, mid: at };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return y >= 1000 && mo >= 1 && mo <= 12 ? span('month', y, mo, 1) : null;
  }
  if ((m = /^(\d{4})-[Qq]([1-4])$/.exec(t))) {
    const y = Number(m[1]);
    return y >= 1000 ? span('quarter', y, (Number(m[2]) - 1) * 3 + 1, 3) : null;
  }
  if ((m = /^(\d{4})-[Hh]([12])$/.exec(t))) {
    const y = Number(m[1]);
    return y >= 1000 ? span('half', y, (Number(m[2]) - 1) * 6 + 1, 6) : null;
  }
  if ((m = /^(\d{4})$/.exec(t))) {
    const y = Number(m[1]);
    return y >= 1000 ? span('year', y, 1, 12) : null;
  }
  return null;
}

/**
 * A key that sorts dates and periods in time as plain strings, or null for a text that
 * names no period: the middle day of the period (YYYY-MM-DD), then the kind, broader first,
 * so "2025" (mid-year) sorts after "2025-03-10" and before "2025-Q4", and a period sorts
 * where the chart draws it.
 */
export function periodSortKey(dateOrPeriod: string): string | null {
  const p = parsePeriod(dateOrPeriod);
  if (!p) return null;
  return `${new Date(p.mid).toISOString().slice(0, 10)}/${RANK[p.kind]}`;
}

/**
 * Measurements in time order (periodSortKey); a stable sort, so measurements of the same
 * period keep their order in the file, and those whose date names no period come last, in
 * file order.
 */
export function sortMeasurements(measurements: readonly Measurement[]): Measurement[] {
  const keyed = measurements.map((m, index) => ({ m, index, key: periodSortKey(m.date) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index;
  });
  return keyed.map((k) => k.m);
}

export type SeriesDirection = 'toward' | 'away' | 'steady' | 'reached' | 'unknown';

export interface SeriesSummary {
  /** The measurement marked as baseline; of several, the earliest (then the first in the file). */
  baseline?: Measurement;
  /** The last measurement in time that is not the baseline and has a date that names a period. */
  latest?: Measurement;
  /** Every measurement in time order (sortMeasurements). */
  sorted: Measurement[];
  /** The indicator's target as a number (parseTarget), or null. */
  target: number | null;
  /**
   * Latest against baseline, seen from the target: with the target above the baseline,
   * going up is toward it; 'reached' once the latest is at or past the target; 'steady'
   * when the latest equals the baseline; 'unknown' without a baseline, a later measurement
   * or a target that are numbers. A target equal to the baseline (hold the level) is
   * 'reached' while the latest stays there and 'away' otherwise.
   */
  direction: SeriesDirection;
}

export function summariseSeries(indicator: Pick<Indicator, 'measurements' | 'target' | 'unit'>): SeriesSummary {
  const sorted = sortMeasurements(indicator.measurements);
  const baseline = sorted.find((m) => m.kind === 'baseline');
  let latest: Measurement | undefined;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i];
    if (m && m !== baseline && periodSortKey(m.date) !== null) {
      latest = m;
      break;
    }
  }
  const target = parseTarget(indicator.target, indicator.unit);
  return { baseline, latest, sorted, target, direction: directionOf(baseline, latest, target) };
}

function directionOf(baseline: Measurement | undefined, latest: Measurement | undefined, target: number | null): SeriesDirection {
  if (!baseline || !latest || target === null) return 'unknown';
  const b = parseMeasuredNumber(baseline.value);
  const l = parseMeasuredNumber(latest.value);
  if (b === null || l === null) return 'unknown';
  if (target === b) return l === target ? 'reached' : 'away';
  const up = target > b;
  if (up ? l >= target : l <= target) return 'reached';
  if (l === b) return 'steady';
  return (l > b) === up ? 'toward' : 'away';
}

export type CardProgress = 'toward' | 'away' | 'mixed';

/**
 * Whether a card's indicators moved: 'toward' when each that moved went toward (or reached)
 * its target, 'away' when each went away, 'mixed' for both; null when none moved (no
 * indicators, none measured twice against a target, or all steady).
 */
export function cardProgress(card: Pick<Card, 'indicators'>): CardProgress | null {
  let toward = false;
  let away = false;
  for (const indicator of card.indicators) {
    if (indicator.measurements.length < 2) continue;
    const { direction } = summariseSeries(indicator);
    if (direction === 'toward' || direction === 'reached') toward = true;
    else if (direction === 'away') away = true;
  }
  if (toward && away) return 'mixed';
  return toward ? 'toward' : away ? 'away' : null;
}

/**
 * An instrument's scale range as two numbers, low first: "1–5", "1-5", "1 - 5", "0 tot 100",
 * "0 to 100", "1 t/m 7", "-3–3"; null for anything else (the chart then fits the values).
 */
export function scaleRange(text: string): [number, number] | null {
  const m = /^\s*([+\-\u2212]?[\d.,]+)\s*(?:–|—|-|to|tot|t\/m)\s*([+\-\u2212]?[\d.,]+)\s*$/i.exec(text);
  if (!m) return null;
  const a = parseMeasuredNumber(m[1] ?? '');
  const b = parseMeasuredNumber(m[2] ?? '');
  if (a === null || b === null || a === b) return null;
  return a < b ? [a, b] : [b, a];
}
