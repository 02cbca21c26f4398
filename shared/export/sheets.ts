import type { Language, WerkzaamDocument } from '../model';
import { AIO_KEYS, ASSUMPTION_KINDS, ASSUMPTION_STATUSES, LANGUAGES, STAGES, cardsInOrder } from '../model';
import type { AnyDecl, AnyField, Labels } from '../records/define';
import { assumptionRecord } from '../records/assumption';
import { cardRecord } from '../records/card';
import { indicatorRecord } from '../records/indicator';
import { linkRecord } from '../records/link';
import { theoryRecord } from '../records/theory';
import { AIO_LABELS, ASSUMPTION_KIND_LABELS, ASSUMPTION_STATUS_LABELS, LANGUAGE_NAMES, STAGE_LABELS } from '../i18n/domain';

/**
 * Werkzaam's workbook: one sheet per record type (theory, cards, links, indicators,
 * assumptions), one column per declared field (shared/records), in the declaration's order
 * and with its labels. The XLSX and CSV writers render these tables; the workbook importer
 * (shared/import/workbook.ts) reads them back by the same columns, so a field added to a
 * declaration appears in the workbook and round-trips without a change here.
 *
 * Fixed values (stage, status, kind, language) are written as their labels in the workbook's
 * language, so a funder reads "Tussenresultaten", not "intermediate"; lists (AIO elements,
 * authors, a link's assumptions) as items joined by "; ".
 */
export type SheetKind = 'theory' | 'cards' | 'links' | 'indicators' | 'assumptions';
export const SHEET_KINDS: readonly SheetKind[] = ['theory', 'cards', 'links', 'indicators', 'assumptions'];

export type CellValue = string | number;

export interface SheetColumn {
  /** Field path as the importer reads it: `title`, `position.x`, `from`, `from#title` (derived, not read back), `card`. */
  key: string;
  labels: Labels;
  kind: 'text' | 'id' | 'enum' | 'list' | 'number';
  /** Allowed values (as keys) of an enum column or of the items of a list column. */
  values?: readonly string[];
  /** Items of a list column: texts are written one per line (they may hold "; "), ids and fixed values joined by "; ". */
  items?: 'text' | 'id' | 'enum';
  /** Written for people, not read back (a link's card titles). */
  derived?: boolean;
  /** The column the importer needs to recognise the sheet. */
  required?: boolean;
}

export interface SheetTable {
  kind: SheetKind;
  name: string;
  columns: SheetColumn[];
  rows: CellValue[][];
}

export const LIST_SEPARATOR = '; ';

export const SHEET_NAMES: Record<SheetKind, Labels> = {
  theory: theoryRecord.label,
  cards: { nl: 'Kaarten', en: 'Cards' },
  links: { nl: 'Verbindingen', en: 'Links' },
  indicators: { nl: 'Indicatoren', en: 'Indicators' },
  assumptions: { nl: 'Aannames', en: 'Assumptions' },
};

/** File names of the CSV export, one file per sheet. */
export const CSV_FILE_NAMES: Record<SheetKind, string> = {
  theory: 'theory.csv',
  cards: 'cards.csv',
  links: 'links.csv',
  indicators: 'indicators.csv',
  assumptions: 'assumptions.csv',
};

const ID_LABEL: Labels = { nl: 'Id', en: 'Id' };
const TITLE_SUFFIX: Labels = { nl: 'titel', en: 'title' };
/** The theory sheet is a list of fields: these are its two columns. */
export const THEORY_COLUMNS: [Labels, Labels] = [
  { nl: 'Veld', en: 'Field' },
  { nl: 'Waarde', en: 'Value' },
];

/** Labels of each fixed vocabulary, found by the declaration's list of values. */
const VALUE_LABELS = new Map<readonly string[], Record<Language, Record<string, string>>>([
  [STAGES, STAGE_LABELS],
  [AIO_KEYS, AIO_LABELS],
  [ASSUMPTION_STATUSES, ASSUMPTION_STATUS_LABELS],
  [ASSUMPTION_KINDS, ASSUMPTION_KIND_LABELS],
  [LANGUAGES, { nl: LANGUAGE_NAMES, en: LANGUAGE_NAMES }],
]);

export function valueLabel(values: readonly string[], value: string, language: Language): string {
  return VALUE_LABELS.get(values)?.[language][value] ?? value;
}

/** Every way a value may be written in a cell: its key, and its label in either language. */
export function valueFromLabel(values: readonly string[], text: string): string | undefined {
  const wanted = text.trim().toLocaleLowerCase('nl');
  const labels = VALUE_LABELS.get(values);
  return values.find(
    (v) => v.toLocaleLowerCase('nl') === wanted || LANGUAGES.some((l) => labels?.[l][v]?.toLocaleLowerCase('nl') === wanted),
  );
}

/** The value columns of a declaration (nested records and collections get sheets of their own). */
function fieldColumns(decl: AnyDecl, prefix = '', parentLabel?: Labels, parentRequired = true): SheetColumn[] {
  const columns: SheetColumn[] = [];
  for (const key of decl.keys) {
    const f = decl.fields[key] as AnyField;
    if (f.kind === 'nested' || f.kind === 'collection' || f.kind === 'literal') continue;
    if (f.kind === 'struct') {
      columns.push(...fieldColumns(f.decl, `${prefix}${key}.`, f.label ?? f.decl.label, f.required));
      continue;
    }
    const labels: Labels =
      f.label ?? (f.kind === 'id' && key === 'id' ? ID_LABEL : parentLabel ? { nl: `${parentLabel.nl} ${key}`, en: `${parentLabel.en} ${key}` } : { nl: key, en: key });
    columns.push({
      key: `${prefix}${key}`,
      labels,
      kind: f.kind === 'enum' ? 'enum' : f.kind === 'list' ? 'list' : f.kind === 'number' ? 'number' : f.kind === 'id' ? 'id' : 'text',
      ...((f as { values?: readonly string[] }).values ? { values: (f as { values?: readonly string[] }).values } : {}),
      ...(f.kind === 'list' ? { items: listItemKind(f) } : {}),
      ...(f.required && parentRequired ? { required: true } : {}),
    });
  }
  return columns;
}

/** What a list holds; the declaration says it only through what it accepts (a space is never in an id). */
function listItemKind(f: AnyField): 'text' | 'id' | 'enum' {
  if ((f as { values?: readonly string[] }).values) return 'enum';
  return (f.lenient(['two words']) as string[] | undefined)?.length === 1 ? 'text' : 'id';
}

/** A derived "<label> (title)" column after an id column that points at a card. */
const titleOf = (column: SheetColumn): SheetColumn => ({
  key: `${column.key}#title`,
  labels: { nl: `${column.labels.nl} (${TITLE_SUFFIX.nl})`, en: `${column.labels.en} (${TITLE_SUFFIX.en})` },
  kind: 'text',
  derived: true,
});

/** The columns of each sheet, straight from the record declarations. */
export function sheetColumns(kind: Exclude<SheetKind, 'theory'>): SheetColumn[] {
  switch (kind) {
    case 'cards':
      return fieldColumns(cardRecord);
    case 'links':
      return fieldColumns(linkRecord).flatMap((c) => (c.key === 'from' || c.key === 'to' ? [c, titleOf(c)] : [c]));
    case 'indicators': {
      const card: SheetColumn = { key: 'card', labels: cardRecord.label, kind: 'id', required: true };
      const stage = fieldColumns(cardRecord).find((c) => c.key === 'stage')!;
      // Measured values by date (issue #11) will follow the indicator's own fields as columns here.
      return [card, titleOf(card), { ...stage, key: 'card#stage', derived: true, required: false }, ...fieldColumns(indicatorRecord)];
    }
    case 'assumptions':
      return fieldColumns(assumptionRecord);
  }
}

/** The theory's own fields that a person edits (not its timestamps). */
export function theoryFields(): SheetColumn[] {
  return fieldColumns(theoryRecord).filter((c) => (theoryRecord.fields as Record<string, AnyField>)[c.key]!.shown !== 'internal');
}

function cell(column: SheetColumn, value: unknown, language: Language): CellValue {
  if (value === undefined || value === null) return '';
  if (column.kind === 'number') return typeof value === 'number' ? value : '';
  if (column.kind === 'enum') return valueLabel(column.values ?? [], String(value), language);
  if (column.kind === 'list') {
    const items = Array.isArray(value) ? value.map(String) : [];
    if (column.items === 'text') return items.join('\n');
    return items.map((v) => (column.values ? valueLabel(column.values, v, language) : v)).join(LIST_SEPARATOR);
  }
  return String(value);
}

function get(record: unknown, path: string): unknown {
  let at: unknown = record;
  for (const part of path.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return at;
}

/** The theory as the workbook's tables, in the given language (the theory's own by default). */
export function theorySheets(doc: WerkzaamDocument, language: Language = doc.theory.language): SheetTable[] {
  const theory = doc.theory;
  const cards = cardsInOrder(theory);
  const titleOfCard = (id: string) => theory.cards[id]?.title ?? '';
  const rowOf = (columns: SheetColumn[], record: unknown, derived: (key: string) => CellValue = () => '') =>
    columns.map((c) => (c.derived ? derived(c.key) : cell(c, get(record, c.key), language)));

  const fields = theoryFields();
  const theorySheet: SheetTable = {
    kind: 'theory',
    name: SHEET_NAMES.theory[language],
    columns: THEORY_COLUMNS.map((labels, i) => ({ key: i === 0 ? 'field' : 'value', labels, kind: 'text', required: true })),
    rows: fields.map((f) => [f.labels[language], cell(f, get(theory, f.key), language)]),
  };

  const cardColumns = sheetColumns('cards');
  const linkColumns = sheetColumns('links');
  const indicatorColumns = sheetColumns('indicators');
  const assumptionColumns = sheetColumns('assumptions');
  const links = Object.values(theory.links);
  return [
    theorySheet,
    { kind: 'cards', name: SHEET_NAMES.cards[language], columns: cardColumns, rows: cards.map((c) => rowOf(cardColumns, c)) },
    {
      kind: 'links',
      name: SHEET_NAMES.links[language],
      columns: linkColumns,
      rows: links.map((l) => rowOf(linkColumns, l, (key) => titleOfCard(key === 'from#title' ? l.from : l.to))),
    },
    {
      kind: 'indicators',
      name: SHEET_NAMES.indicators[language],
      columns: indicatorColumns,
      rows: cards.flatMap((c) =>
        c.indicators.map((i) =>
          indicatorColumns.map((col) =>
            col.key === 'card' ? c.id : col.key === 'card#title' ? c.title : col.key === 'card#stage' ? valueLabel(STAGES, c.stage, language) : cell(col, get(i, col.key), language),
          ),
        ),
      ),
    },
    {
      kind: 'assumptions',
      name: SHEET_NAMES.assumptions[language],
      columns: assumptionColumns,
      rows: Object.values(theory.assumptions).map((a) => rowOf(assumptionColumns, a)),
    },
  ];
}

export function headerOf(column: SheetColumn, language: Language): string {
  return column.labels[language];
}
