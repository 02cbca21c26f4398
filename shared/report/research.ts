import type { Card } from '../model';
import type { Indicator } from '../records/indicator';
import type { Instrument } from '../records/instrument';
import { measurementRecord, type Measurement } from '../records/measurement';
import { LOCALES, translator } from '../i18n/core';
import { measurementStrings } from '../i18n/measurements';
import { instrumentName } from '../research/instruments';
import { formatTarget, parseMeasuredNumber, scaleRange, summariseSeries, type SeriesSummary } from '../research/series';
import { seriesChart } from '../research/seriesChart';
import type { Context } from './build';
import type { Block, ChartBlock, TableBlock } from './model';

/**
 * The report's research parts (issue #11): the indicator table with measured values, the
 * appendix of charts, and the instruments in use. A theory without measurements, target
 * dates or library instruments gets the tables it had before, column for column, so its
 * report keeps its bytes; a part with nothing to show is left out.
 */

/** Points per mm, for text sizes in the chart's mm geometry. */
const PT = 0.352778;
/** A chart in the appendix, mm (portrait text width is 170). */
export const CHART_SIZE = { width: 120, height: 52, fontSize: 6.5 * PT } as const;

const hasSeries = (i: Indicator) => i.measurements.length > 0 || i.targetDate.trim() !== '';

/** A measurement's value as the report prints it: a number in the report's language, a text as written. */
function valueText(m: Measurement, number: Intl.NumberFormat): string {
  const v = parseMeasuredNumber(m.value);
  return v === null ? m.value.trim() : number.format(v);
}

function instrumentOf(ctx: Context, indicator: Indicator): Instrument | undefined {
  const id = indicator.instrument.trim();
  return id ? ctx.theory.instruments.find((i) => i.id === id) : undefined;
}

/** The source column: the indicator's own text, and the library instrument and factor it points at when the text does not name them. */
function sourceText(ctx: Context, indicator: Indicator): string {
  const own = indicator.source.trim();
  const instrument = instrumentOf(ctx, indicator);
  if (!instrument) return own;
  const factor = indicator.factor.trim();
  const named = [instrument.abbreviation, instrument.name].map((x) => x.trim()).filter(Boolean);
  const parts: string[] = [];
  if (own) parts.push(own);
  if (!named.some((n) => own.toLowerCase().includes(n.toLowerCase()))) parts.push(instrumentName(instrument) || instrument.id);
  if (factor && !own.toLowerCase().includes(factor.toLowerCase())) parts.push(factor);
  return parts.join(' – ');
}

/** "↑ toward target": the arrow shows how the value moved, the words what that means. */
export function directionText(summary: SeriesSummary, language: Context['language']): string {
  if (summary.direction === 'unknown') return '';
  const m = translator(measurementStrings, language);
  const b = parseMeasuredNumber(summary.baseline?.value ?? '');
  const l = parseMeasuredNumber(summary.latest?.value ?? '');
  const arrow = b === null || l === null || l === b ? '→' : l > b ? '↑' : '↓';
  return `${arrow} ${m(`direction_${summary.direction}`)}`;
}

export function indicatorTable(ctx: Context): Block[] {
  const { t, cards, cardLabel, language } = ctx;
  const all = cards.flatMap((card) => card.indicators.map((i) => ({ card, i })));
  if (all.length === 0) return [];
  const measured = all.some(({ i }) => hasSeries(i));
  if (!measured) {
    return [
      {
        kind: 'table',
        headers: [t('colCard'), t('colIndicator'), t('colDefinition'), t('colUnit'), t('colBaseline'), t('colTarget'), t('colSource'), t('colFrequency'), t('colOwner')],
        rows: all.map(({ card, i }) => [cardLabel(card.id), i.name, i.definition, i.unit, i.baseline, i.target, sourceText(ctx, i), i.frequency, i.owner]),
        columns: [{ width: 40 }, { width: 32 }, { width: 40 }, { fitHeading: true }, { fitHeading: true }, { fitHeading: true }, { width: 30 }, { fitHeading: true }, { fitHeading: true }],
      },
    ];
  }
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 6, useGrouping: false });
  const at = (m: Measurement) => t('valueAt', { value: valueText(m, number), date: m.date.trim() });
  return [
    {
      kind: 'table',
      headers: [
        t('colCard'),
        t('colIndicator'),
        t('colDefinition'),
        t('colUnit'),
        t('colBaseline'),
        t('colLatest'),
        t('colTarget'),
        t('colDirection'),
        t('colSource'),
        t('colFrequency'),
        t('colOwner'),
      ],
      rows: all.map(({ card, i }) => {
        const s = summariseSeries(i);
        // A measured baseline wins over the free text; without one, the text as the user wrote it.
        const baseline = s.baseline ? at(s.baseline) : i.baseline;
        // The target's number written as the values are, in the report's language.
        const targetValue = formatTarget(i.target, i.unit, number);
        const target = i.target.trim() && i.targetDate.trim() ? t('valueAt', { value: targetValue.trim(), date: i.targetDate.trim() }) : targetValue;
        return [cardLabel(card.id), i.name, i.definition, i.unit, baseline, s.latest ? at(s.latest) : '', target, directionText(s, language), sourceText(ctx, i), i.frequency, i.owner];
      }),
      columns: [
        { width: 34 },
        { width: 32 },
        { width: 34 },
        { fitHeading: true },
        { fitHeading: true },
        { fitHeading: true },
        { fitHeading: true },
        { width: 24 },
        { width: 30 },
        { fitHeading: true },
        { fitHeading: true },
      ],
    },
  ];
}

/** The appendix of charts: one per indicator with measurements, in the cards' reading order. */
export function measurementsAppendix(ctx: Context): Block[] {
  const { t, cards, cardLabel, language, measure } = ctx;
  const kinds = measurementRecord.fields.kind.valueLabels?.[language];
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 6, useGrouping: false });
  const blocks: Block[] = [];
  const charts = cards.flatMap((card: Card) => card.indicators.filter((i) => i.measurements.length > 0).map((i) => ({ card, i })));
  if (charts.length === 0) return [];
  blocks.push({ kind: 'paragraph', text: t('measurementsIntro'), note: true });
  for (const { card, i } of charts) {
    const instrument = instrumentOf(ctx, i);
    const range = instrument ? scaleRange(instrument.scale) : null;
    const chart = seriesChart(i, {
      width: CHART_SIZE.width,
      height: CHART_SIZE.height,
      language,
      fontSize: CHART_SIZE.fontSize,
      measure: (text, size) => measure.width(text, size / PT, false),
      ...(range ? { range } : {}),
    });
    const caption: string[] = [];
    if (i.unit.trim()) caption.push(t('captionUnit', { unit: i.unit.trim() }));
    if (instrument) {
      const parts = [t('captionInstrument', { instrument: instrumentName(instrument) || instrument.id })];
      if (i.factor.trim()) parts.push(t('captionFactor', { factor: i.factor.trim() }));
      if (instrument.scale.trim()) parts.push(t('captionScale', { scale: instrument.scale.trim() }));
      caption.push(parts.join(', '));
    }
    const table: TableBlock = {
      kind: 'table',
      headers: [t('colDateOrPeriod'), t('colMeasurementKind'), t('colValue'), t('colRespondents'), t('colNote')],
      rows: summariseSeries(i).sorted.map((m) => [m.date.trim(), kinds?.[m.kind] ?? m.kind, valueText(m, number), m.n > 0 ? String(m.n) : '', m.note.trim()]),
      columns: [{ width: 30 }, { width: 26 }, { width: 22 }, { width: 12, align: 'center' }, {}],
      keepTogether: true,
    };
    const block: ChartBlock = {
      kind: 'chart',
      title: `${cardLabel(card.id)} – ${i.name.trim() || '—'}`,
      caption: caption.join(' · '),
      summary: chart.summary,
      chart: chart.points.length > 0 ? chart : null,
      table,
    };
    blocks.push(block);
  }
  return blocks;
}

/**
 * The instruments in use: each library instrument an indicator points at, with what it
 * measures, its factors and scale, its reference and the cards using it; then the other
 * sources the indicators name. Without library instruments in use, the sources table as before.
 */
export function instrumentsAppendix(ctx: Context): Block[] {
  const { t, refs, cards, language } = ctx;
  const sources = new Map<string, Set<string>>();
  const inUse = new Map<Instrument, Set<string>>();
  for (const card of cards) {
    for (const indicator of card.indicators) {
      const instrument = instrumentOf(ctx, indicator);
      if (instrument) {
        const users = inUse.get(instrument) ?? new Set<string>();
        users.add(refs.ref(card.id));
        inUse.set(instrument, users);
      }
      const source = indicator.source.trim();
      if (!source) continue;
      const users = sources.get(source) ?? new Set<string>();
      users.add(refs.ref(card.id));
      sources.set(source, users);
    }
  }
  const sorted = (map: Map<string, Set<string>>) => [...map].sort(([a], [b]) => a.localeCompare(b, language));
  if (inUse.size === 0) {
    if (sources.size === 0) return [];
    return [
      { kind: 'paragraph', text: t('instrumentsIntro'), note: true },
      {
        kind: 'table',
        headers: [t('colInstrument'), t('colUsedBy')],
        rows: sorted(sources).map(([source, users]) => [source, [...users].join(', ')]),
        columns: [{}, { width: 50 }],
      },
    ];
  }
  // A source text that only names a library instrument in use ("MPE") is that instrument's row.
  const names = new Set([...inUse.keys()].flatMap((i) => [i.abbreviation, i.name, instrumentName(i)].map((x) => x.trim().toLowerCase()).filter(Boolean)));
  const library = ctx.theory.instruments.filter((i) => inUse.has(i));
  const rows = library.map((i) => {
    const measures = [i.measures.trim()];
    if (i.factors.length > 0) measures.push(t('instrumentFactors', { factors: i.factors.join(', ') }));
    if (i.scale.trim()) measures.push(t('instrumentScale', { scale: i.scale.trim() }));
    return [instrumentName(i) || i.id, measures.filter(Boolean).join('\n'), i.reference.trim(), [...inUse.get(i)!].join(', ')];
  });
  for (const [source, users] of sorted(sources)) if (!names.has(source.toLowerCase())) rows.push([source, '', '', [...users].join(', ')]);
  return [
    { kind: 'paragraph', text: t('instrumentsInUseIntro'), note: true },
    {
      kind: 'table',
      headers: [t('colInstrument'), t('colMeasures'), t('colReference'), t('colUsedBy')],
      rows,
      columns: [{ width: 42 }, {}, { width: 50 }, { width: 24 }],
      keepTogether: true,
    },
  ];
}
