import Papa from 'papaparse';
import { cardsInOrder, type Card, type Language, type Theory, type WerkzaamDocument } from '../model';
import type { Indicator } from '../records/indicator';
import type { Measurement, MeasurementKind } from '../records/measurement';
import { LIMITS } from '../format/limits';
import { MODEL_LIMITS } from '../records/limits';
import { runCommand, type CommandArgs, type CommandOutcome } from '../commands';
import { format } from '../i18n/core';
import { measurementStrings } from '../i18n/measurements';
import { parseMeasuredNumber, parsePeriod } from '../research/series';
import { readCsv } from './csv';
import { columnName } from './table';

/**
 * Measured values from a CSV file (issue #11): one row per measurement, columns indicator
 * (its name or id), date (or period), value, and optionally n, note and kind. Headers in
 * Dutch or English, `,` or `;` (or tab) separated, a decimal comma accepted. Every bad row is
 * named with its row number, column and why; `measurementImport` refuses to apply anything
 * while a row is bad unless asked to skip bad rows. Applying is one command, one undo step.
 *
 * The flow, for the app and the command line alike:
 *   const parsed = parseMeasurementsCsv(text, doc.theory);   // preview: parsed.rows, parsed.problems
 *   const args = measurementImport(parsed, { skipBad });      // null when nothing may be applied
 *   editor.run('addMeasurements', args)  /  runCommand(doc, 'addMeasurements', args)
 */

export const MEASUREMENT_COLUMNS = ['indicator', 'date', 'value', 'n', 'note', 'kind'] as const;
export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];
const REQUIRED: readonly MeasurementColumn[] = ['indicator', 'date', 'value'];

/** Header words per column, compared without case, accents, punctuation or spaces. */
const HEADER_WORDS: Record<MeasurementColumn, string[]> = {
  indicator: ['indicator', 'indicatorid', 'indicatornaam', 'indicatorname', 'idindicator', 'naamindicator'],
  date: ['datum', 'date', 'periode', 'period', 'datumofperiode', 'dateorperiod', 'datumperiode', 'dateperiod', 'moment', 'meetmoment'],
  value: ['waarde', 'value', 'score', 'meetwaarde', 'resultaat', 'result'],
  n: ['n', 'aantal', 'respondenten', 'aantalrespondenten', 'aantalrespondentenn', 'respondents', 'respondentsn', 'numberofrespondents'],
  note: ['toelichting', 'note', 'notes', 'notitie', 'opmerking', 'opmerkingen', 'comment', 'comments'],
  kind: ['soort', 'kind', 'type', 'soortmeting', 'kindofmeasurement', 'nulmeting', 'baseline'],
};

const KIND_WORDS: Record<string, MeasurementKind> = {
  nulmeting: 'baseline',
  baseline: 'baseline',
  basislijn: 'baseline',
  beginmeting: 'baseline',
  voormeting: 'baseline',
  ja: 'baseline',
  yes: 'baseline',
  j: 'baseline',
  y: 'baseline',
  x: 'baseline',
  true: 'baseline',
  waar: 'baseline',
  '1': 'baseline',
  vervolgmeting: 'followUp',
  followup: 'followUp',
  meting: 'followUp',
  nameting: 'followUp',
  tussenmeting: 'followUp',
  nee: 'followUp',
  no: 'followUp',
  n: 'followUp',
  false: 'followUp',
  onwaar: 'followUp',
  '0': 'followUp',
};

const squash = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

export type MeasurementProblemKey =
  | 'fileProblem'
  | 'missingColumns'
  | 'duplicateColumn'
  | 'noRows'
  | 'missingIndicator'
  | 'unknownIndicator'
  | 'ambiguousIndicator'
  | 'missingDate'
  | 'badDate'
  | 'missingValue'
  | 'badN'
  | 'badKind'
  | 'textTooLong'
  | 'tooManyMeasurements';

/** One thing wrong, where it is: row and column are the file's (1-based; row 1 is the header row). */
export interface MeasurementProblem {
  key: MeasurementProblemKey;
  /** 0 for the file as a whole. */
  row: number;
  /** 0 for a whole row or the file. */
  column: number;
  header?: string;
  params?: Record<string, string | number>;
}

/** A good row: the measurement it gives and the indicator it goes to. */
export interface MeasurementRow {
  row: number;
  cardId: string;
  indicatorId: string;
  /** "4.1 Zelfvertrouwen – Score op de MPE": how the preview names the indicator. */
  indicatorLabel: string;
  measurement: Pick<Measurement, 'date' | 'value' | 'n' | 'note' | 'kind'>;
}

export interface ParsedMeasurements {
  /** The rows that can be applied, in file order. */
  rows: MeasurementRow[];
  /** Every problem, in file order. A problem at row 0 means nothing could be read. */
  problems: MeasurementProblem[];
  /** How many rows with content the file has (blank lines not counted). */
  dataRows: number;
  /** Which column of the file (1-based) each field was read from. */
  columns: Partial<Record<MeasurementColumn, number>>;
  /** Columns read as none of the fields (e.g. a card title beside the indicator id), by header. */
  ignored: { column: number; header: string }[];
  delimiter: string;
}

/** A row whose problems are all at row level or below: the file could be read. */
export function fileReadable(parsed: ParsedMeasurements): boolean {
  return !parsed.problems.some((p) => p.row === 0);
}

/**
 * The measured value as the file keeps it: a number with a point and no thousands marks
 * ("3,50" → "3.50", "1.234,5" → "1234.5"), digits as written; a text as written (trimmed).
 */
export function normaliseValue(text: string): string {
  const t = text.trim();
  const n = parseMeasuredNumber(t);
  if (n === null) return t;
  const body = t.replace(/^\u2212/, '-').replace(/^\+/, '');
  const lastPoint = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const points = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  // parseMeasuredNumber's rules: with both marks the last is decimal; one mark once is decimal; repeated marks group.
  let decimal: string | null = null;
  if (points && commas) decimal = lastPoint > lastComma ? '.' : ',';
  else if (points === 1) decimal = '.';
  else if (commas === 1) decimal = ',';
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : points ? '.' : ',';
  const plain = body.split(group).join('');
  return decimal === ',' ? plain.replace(',', '.') : plain;
}

/**
 * A date or period as the file keeps it: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY
 * (Q and H upper case); a day written day first, as Dutch and Flemish spreadsheets write it
 * (10-3-2025, 10/03/2025, 10.03.2025), becomes YYYY-MM-DD. Null when it names no date or period.
 */
export function normaliseDate(text: string): string | null {
  const t = text.trim();
  if (parsePeriod(t)) return t.toUpperCase();
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return parsePeriod(iso) ? iso : null;
}

interface Target {
  card: Card;
  indicator: Indicator;
  label: string;
}

/** Indicators by id, and by name (trimmed, spaces collapsed, without case). */
function indicatorIndex(theory: Theory) {
  const byId = new Map<string, Target>();
  const byName = new Map<string, Target[]>();
  const refs = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const card of cardsInOrder(theory)) {
    const n = (counters.get(card.stage) ?? 0) + 1;
    counters.set(card.stage, n);
    refs.set(card.id, `${['input', 'action', 'intermediate', 'outcome', 'impact'].indexOf(card.stage) + 1}.${n}`);
    for (const indicator of card.indicators) {
      const label = `${refs.get(card.id)} ${card.title.trim()} – ${indicator.name.trim() || indicator.id}`;
      const target = { card, indicator, label };
      byId.set(indicator.id, target);
      const key = nameKey(indicator.name);
      if (!key) continue;
      byName.set(key, [...(byName.get(key) ?? []), target]);
    }
  }
  return { byId, byName };
}

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Read a CSV of measurements against a theory. Never throws: what is wrong is in `problems`. */
export function parseMeasurementsCsv(text: string, theory: Theory): ParsedMeasurements {
  const empty = (problems: MeasurementProblem[], delimiter = ','): ParsedMeasurements => ({ rows: [], problems, dataRows: 0, columns: {}, ignored: [], delimiter });
  const read = readCsv(text);
  if (!read.ok) {
    const first = read.problems[0];
    const row = first && (first.at.kind === 'row' || first.at.kind === 'cell') ? first.at.row : 0;
    return empty([{ key: 'fileProblem', row: 0, column: 0, params: { key: first?.key ?? 'emptyFile', ...(first?.params ?? {}), ...(row ? { row } : {}) } }]);
  }
  const rows = read.sheet.rows;
  const headerIndex = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return empty([{ key: 'fileProblem', row: 0, column: 0, params: { key: 'emptyFile' } }], read.delimiter);
  const headers = rows[headerIndex]!;
  const columns: Partial<Record<MeasurementColumn, number>> = {};
  const ignored: { column: number; header: string }[] = [];
  const problems: MeasurementProblem[] = [];
  headers.forEach((header, i) => {
    const word = squash(header);
    const field = MEASUREMENT_COLUMNS.find((c) => HEADER_WORDS[c].includes(word));
    if (!field) {
      if (header.trim()) ignored.push({ column: i + 1, header: header.trim() });
      return;
    }
    const before = columns[field];
    if (before !== undefined) {
      problems.push({ key: 'duplicateColumn', row: 0, column: i + 1, header: header.trim(), params: { other: columnName(before), otherHeader: headers[before - 1]!.trim(), field } });
      return;
    }
    columns[field] = i + 1;
  });
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length > 0) problems.push({ key: 'missingColumns', row: 0, column: 0, params: { missing: missing.join(', '), found: headers.map((h) => h.trim()).filter(Boolean).join(', ') } });
  if (problems.length > 0) return { ...empty(problems, read.delimiter), columns, ignored };

  const index = indicatorIndex(theory);
  const counts = new Map<string, number>();
  const good: MeasurementRow[] = [];
  let dataRows = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    dataRows++;
    const row = r + 1;
    const cell = (field: MeasurementColumn) => (columns[field] !== undefined ? (cells[columns[field]! - 1] ?? '') : '');
    const at = (field: MeasurementColumn) => ({ row, column: columns[field] ?? 0, header: columns[field] !== undefined ? headers[columns[field]! - 1]!.trim() : undefined });
    const before = problems.length;
    const bad = (key: MeasurementProblemKey, field: MeasurementColumn | null, params?: Record<string, string | number>) =>
      problems.push({ key, ...(field ? at(field) : { row, column: 0 }), ...(params ? { params } : {}) });

    for (const field of MEASUREMENT_COLUMNS) {
      const length = cell(field).length;
      if (length > LIMITS.stringLength) bad('textTooLong', field, { length, limit: LIMITS.stringLength });
    }
    if (problems.length > before) continue;

    // The indicator: its id first, then its name; a name on two cards is ambiguous.
    const ref = cell('indicator').trim();
    let target: Target | undefined;
    if (!ref) bad('missingIndicator', 'indicator');
    else {
      target = index.byId.get(ref);
      if (!target) {
        const named = index.byName.get(nameKey(ref)) ?? [];
        if (named.length === 1) target = named[0];
        else if (named.length > 1) bad('ambiguousIndicator', 'indicator', { name: ref, candidates: named.map((t) => `${t.label} (${t.indicator.id})`).join('; ') });
        else bad('unknownIndicator', 'indicator', { name: ref });
      }
    }
    const dateText = cell('date').trim();
    const date = dateText ? normaliseDate(dateText) : null;
    if (!dateText) bad('missingDate', 'date');
    else if (date === null) bad('badDate', 'date', { text: dateText });
    const valueText = cell('value').trim();
    if (!valueText) bad('missingValue', 'value');
    const nText = cell('n').trim();
    const n = nText ? Number(nText) : 0;
    if (nText && (!/^\d+$/.test(nText) || !Number.isSafeInteger(n))) bad('badN', 'n', { text: nText });
    const kindText = squash(cell('kind'));
    const kind: MeasurementKind | undefined = kindText ? KIND_WORDS[kindText] : 'followUp';
    if (!kind) bad('badKind', 'kind', { text: cell('kind').trim() });
    if (problems.length > before || !target || date === null || !kind) continue;

    const count = (counts.get(target.indicator.id) ?? target.indicator.measurements.length) + 1;
    if (count > MODEL_LIMITS.measurementsPerIndicator) {
      bad('tooManyMeasurements', 'indicator', { name: target.label, limit: MODEL_LIMITS.measurementsPerIndicator });
      continue;
    }
    counts.set(target.indicator.id, count);
    good.push({
      row,
      cardId: target.card.id,
      indicatorId: target.indicator.id,
      indicatorLabel: target.label,
      measurement: { date, value: normaliseValue(valueText), n, note: cell('note').trim(), kind },
    });
  }
  if (dataRows === 0) problems.push({ key: 'noRows', row: 0, column: 0 });
  return { rows: good, problems, dataRows, columns, ignored, delimiter: read.delimiter };
}

/**
 * The command that applies the good rows (one undo step), or null when nothing may be
 * applied: the file could not be read, it has no good row, or a row is bad and `skipBad`
 * was not given.
 */
export function measurementImport(parsed: ParsedMeasurements, options: { skipBad?: boolean } = {}): CommandArgs['addMeasurements'] | null {
  if (!fileReadable(parsed) || parsed.rows.length === 0) return null;
  if (parsed.problems.length > 0 && !options.skipBad) return null;
  return { items: parsed.rows.map((r) => ({ cardId: r.cardId, indicatorId: r.indicatorId, measurement: { ...r.measurement } })) };
}

/** Parse and apply in one go (the command line, tests): the document after, or null with the problems. */
export function applyMeasurementsCsv(
  doc: WerkzaamDocument,
  text: string,
  options: { skipBad?: boolean } = {},
): { parsed: ParsedMeasurements; outcome: CommandOutcome | null } {
  const parsed = parseMeasurementsCsv(text, doc.theory);
  const args = measurementImport(parsed, options);
  return { parsed, outcome: args ? runCommand(doc, 'addMeasurements', args, 'import') : null };
}

/** Why, in words: "the indicator "Zelfvertrouwen" is on two cards: …". */
export function measurementProblemText(problem: MeasurementProblem, language: Language): string {
  const strings = measurementStrings[language];
  const params = { ...(problem.params ?? {}) };
  if (problem.key === 'fileProblem') {
    const key = `file_${String(params.key)}` as keyof typeof strings;
    const template = strings[key] ?? strings.file_unreadable;
    return format(template, params);
  }
  if (problem.key === 'duplicateColumn') params.field = format(strings[`column_${params.field as MeasurementColumn}`]);
  return format(strings[`csv_${problem.key}`], params);
}

/**
 * One line for a problem: "metingen.csv:4:3: rij 4, kolom C ("waarde"): …" with the file
 * name, "file:row:column" as compilers write it, then where in words and why.
 */
export function describeMeasurementProblem(problem: MeasurementProblem, language: Language, file?: string): string {
  const strings = measurementStrings[language];
  const where: string[] = [];
  if (problem.row > 0) where.push(format(strings.whereRow, { row: problem.row }));
  if (problem.column > 0)
    where.push(problem.header ? format(strings.whereHeader, { column: columnName(problem.column), header: problem.header }) : format(strings.whereColumn, { column: columnName(problem.column) }));
  const position = file ? `${file}:${problem.row > 0 ? `${problem.row}:${problem.column > 0 ? `${problem.column}:` : ''}` : ''} ` : '';
  return `${position}${where.length ? `${where.join(', ')}: ` : ''}${measurementProblemText(problem, language)}`;
}

const EXPORT_HEADERS: Record<Language, Record<MeasurementColumn | 'label', string>> = {
  nl: { indicator: 'indicator', label: 'kaart en indicator', date: 'datum', value: 'waarde', n: 'n', note: 'toelichting', kind: 'soort' },
  en: { indicator: 'indicator', label: 'card and indicator', date: 'date', value: 'value', n: 'n', note: 'note', kind: 'kind' },
};
const KIND_OUT: Record<Language, Record<MeasurementKind, string>> = {
  nl: { baseline: 'nulmeting', followUp: 'vervolgmeting' },
  en: { baseline: 'baseline', followUp: 'follow-up' },
};

/**
 * Every measurement as CSV that parseMeasurementsCsv reads back: the indicator by id (with
 * its card and name beside it, for people), date, value, n (empty when not given), note and
 * kind, in the cards' reading order and each series in file order. Dutch: `;` separated with
 * a decimal comma, as Dutch and Flemish spreadsheets expect; English: `,` and a point.
 */
export function measurementsToCsv(doc: WerkzaamDocument, options: { language?: Language } = {}): string {
  const language = options.language ?? doc.theory.language;
  const h = EXPORT_HEADERS[language];
  const index = indicatorIndex(doc.theory);
  const rows: string[][] = [[h.indicator, h.label, h.date, h.value, h.n, h.note, h.kind]];
  for (const card of cardsInOrder(doc.theory)) {
    for (const indicator of card.indicators) {
      for (const m of indicator.measurements) {
        const numeric = parseMeasuredNumber(m.value) !== null;
        const value = numeric ? normaliseValue(m.value) : m.value;
        rows.push([
          indicator.id,
          index.byId.get(indicator.id)!.label,
          m.date,
          numeric && language === 'nl' ? value.replace('.', ',') : value,
          m.n > 0 ? String(m.n) : '',
          m.note,
          KIND_OUT[language][m.kind],
        ]);
      }
    }
  }
  // papaparse quotes a cell only where needed: a separator, a quote, a line break, spaces at either end.
  return `${Papa.unparse(rows, { delimiter: language === 'nl' ? ';' : ',', newline: '\r\n' })}\r\n`;
}
