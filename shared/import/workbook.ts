import { AIO_KEYS, ASSUMPTION_KINDS, ASSUMPTION_STATUSES, LANGUAGES, STAGES, type AioKey, type Language } from '../model';
import { isValidId } from '../ids';
import { LIMITS } from '../format/limits';
import { LIST_SEPARATOR, THEORY_COLUMNS, sheetColumns, theoryFields, valueFromLabel, type SheetColumn, type SheetKind } from '../export/sheets';
import type { Sheet, Table } from './table';
import type { ImportLocation, ImportMessage, ImportOutcome, ImportedAssumption, ImportedCard, ImportedIndicator, ImportedLink, ImportedTheory } from './types';
import { fail } from './types';

/**
 * Werkzaam's own workbook (shared/export/sheets.ts) read back: as .xlsx, or as the CSV
 * files of the CSV export opened together. Sheets are recognised by their headers (in
 * Dutch or English, in any order), not by their names, so a renamed sheet or a column
 * moved in Excel still reads. Ids, positions and every field come back as written.
 */
type RecordSheet = Exclude<SheetKind, 'theory'>;

interface Found {
  sheet: Sheet;
  /** Column number (1-based) of each column key present. */
  at: Map<string, number>;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

function locate(sheet: Sheet, columns: readonly SheetColumn[]): Found | undefined {
  const headers = sheet.rows[0] ?? [];
  const at = new Map<string, number>();
  for (const column of columns) {
    const i = headers.findIndex((h) => LANGUAGES.some((l) => same(h, column.labels[l])));
    if (i >= 0 && !at.has(column.key)) at.set(column.key, i + 1);
  }
  return columns.every((c) => !c.required || at.has(c.key)) ? { sheet, at } : undefined;
}

function findSheets(table: Table): { records: Partial<Record<RecordSheet, Found>>; theory?: Sheet } {
  const records: Partial<Record<RecordSheet, Found>> = {};
  let theory: Sheet | undefined;
  for (const sheet of table.sheets) {
    const headers = sheet.rows[0] ?? [];
    if (!theory && headers.length >= 2 && THEORY_COLUMNS.every((labels, i) => LANGUAGES.some((l) => same(headers[i] ?? '', labels[l])))) {
      theory = sheet;
      continue;
    }
    // The kind whose columns the sheet holds most of (every sheet has an id column).
    let best: { kind: RecordSheet; found: Found } | undefined;
    for (const kind of ['cards', 'links', 'indicators', 'assumptions'] as const) {
      if (records[kind]) continue;
      const found = locate(sheet, sheetColumns(kind));
      if (found && (!best || found.at.size > best.found.at.size)) best = { kind, found };
    }
    if (best) records[best.kind] = best.found;
  }
  return { records, ...(theory ? { theory } : {}) };
}

export function isWerkzaamWorkbook(table: Table): boolean {
  return findSheets(table).records.cards !== undefined;
}

/** A cell of the workbook as written: an apostrophe the CSV export put before = + - @ comes off. */
function unguard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export function importWorkbook(table: Table): ImportOutcome {
  const { records, theory: theorySheet } = findSheets(table);
  const cardsFound = records.cards;
  if (!cardsFound) return fail({ kind: 'file' }, 'missingSheet', { name: 'Kaarten / Cards' });
  const skipped: ImportMessage[] = [];
  const notes: ImportMessage[] = [];
  const named = table.kind === 'xlsx';
  const where = (found: Found, row: number, key?: string): ImportLocation => {
    const sheet = named ? { sheet: found.sheet.name } : {};
    if (key === undefined) return { kind: 'row', ...sheet, row };
    const column = found.at.get(key)!;
    const header = found.sheet.rows[0]?.[column - 1];
    return { kind: 'cell', ...sheet, row, column, ...(header ? { header } : {}) };
  };
  const rowsOf = (found: Found) =>
    found.sheet.rows
      .map((cells, i) => ({ cells, row: i + 1 }))
      .slice(1)
      .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  const text = (found: Found, cells: string[], key: string): string => {
    const column = found.at.get(key);
    return column === undefined ? '' : unguard(cells[column - 1] ?? '');
  };
  const checkLength = (found: Found, row: number, key: string, value: string): string => {
    if (value.length <= LIMITS.stringLength) return value;
    skipped.push({ at: where(found, row, key), key: 'textTooLong', params: { length: value.length, limit: LIMITS.stringLength } });
    return '';
  };
  const oneOf = <V extends string>(found: Found, row: number, key: string, cells: string[], values: readonly V[], message: ImportMessage['key'], fallback?: V): V | undefined => {
    const raw = text(found, cells, key).trim();
    if (raw === '' && fallback !== undefined) return fallback;
    const value = valueFromLabel(values, raw) as V | undefined;
    if (value === undefined) skipped.push({ at: where(found, row, key), key: raw === '' ? 'missingValue' : message, params: { value: raw, expected: values.join(', ') } });
    return value;
  };
  const listItems = (raw: string) => raw.split(LIST_SEPARATOR.trim()).map((s) => s.trim()).filter((s) => s !== '');
  const number = (found: Found, row: number, key: string, cells: string[]): number | undefined => {
    const raw = text(found, cells, key).trim();
    if (raw === '') return undefined;
    const value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) {
      skipped.push({ at: where(found, row, key), key: 'badNumber', params: { value: raw } });
      return undefined;
    }
    return value;
  };
  const idOf = (found: Found, row: number, cells: string[], seen: Map<string, number>): string | undefined => {
    const id = text(found, cells, 'id').trim();
    if (!isValidId(id)) {
      skipped.push({ at: where(found, row, 'id'), key: id === '' ? 'missingValue' : 'badId', params: { value: id } });
      return undefined;
    }
    if (seen.has(id)) {
      skipped.push({ at: where(found, row, 'id'), key: 'duplicateRowId', params: { id, other: seen.get(id)! } });
      return undefined;
    }
    seen.set(id, row);
    return id;
  };

  // Cards
  const cards: ImportedCard[] = [];
  const cardById = new Map<string, ImportedCard>();
  const seenCards = new Map<string, number>();
  for (const { cells, row } of rowsOf(cardsFound)) {
    const id = idOf(cardsFound, row, cells, seenCards);
    if (id === undefined) continue;
    const stage = oneOf(cardsFound, row, 'stage', cells, STAGES, 'badStageValue');
    if (stage === undefined) continue;
    const aio: AioKey[] = [];
    for (const item of listItems(text(cardsFound, cells, 'aio'))) {
      const key = valueFromLabel(AIO_KEYS, item) as AioKey | undefined;
      if (key === undefined) skipped.push({ at: where(cardsFound, row, 'aio'), key: 'badAioValue', params: { value: item, expected: AIO_KEYS.join(', ') } });
      else if (!aio.includes(key)) aio.push(key);
    }
    const x = number(cardsFound, row, 'position.x', cells);
    const y = number(cardsFound, row, 'position.y', cells);
    if (cards.length >= LIMITS.cards) return fail(where(cardsFound, row), 'tooManyCards', { limit: LIMITS.cards });
    const card: ImportedCard = {
      key: id,
      id,
      stage,
      title: checkLength(cardsFound, row, 'title', text(cardsFound, cells, 'title')),
      description: checkLength(cardsFound, row, 'description', text(cardsFound, cells, 'description')),
      aio,
      notes: checkLength(cardsFound, row, 'notes', text(cardsFound, cells, 'notes')),
      indicators: [],
      ...(x !== undefined && y !== undefined ? { position: { x, y } } : {}),
      from: where(cardsFound, row),
    };
    cards.push(card);
    cardById.set(id, card);
  }

  // Assumptions
  const assumptions: ImportedAssumption[] = [];
  const assumptionIds = new Set<string>();
  const aFound = records.assumptions;
  if (aFound) {
    const seen = new Map<string, number>();
    for (const { cells, row } of rowsOf(aFound)) {
      const id = idOf(aFound, row, cells, seen);
      if (id === undefined) continue;
      const status = oneOf(aFound, row, 'status', cells, ASSUMPTION_STATUSES, 'badStatusValue', 'untested');
      const kind = oneOf(aFound, row, 'kind', cells, ASSUMPTION_KINDS, 'badKindValue', 'assumption');
      if (status === undefined || kind === undefined) continue;
      assumptions.push({ key: id, id, text: checkLength(aFound, row, 'text', text(aFound, cells, 'text')), status, kind, from: where(aFound, row) });
      assumptionIds.add(id);
    }
  }

  // Links
  const links: ImportedLink[] = [];
  const lFound = records.links;
  if (lFound) {
    const seen = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const { cells, row } of rowsOf(lFound)) {
      const id = idOf(lFound, row, cells, seen);
      if (id === undefined) continue;
      const from = text(lFound, cells, 'from').trim();
      const to = text(lFound, cells, 'to').trim();
      const missing = [['from', from], ['to', to]].find(([, ref]) => !cardById.has(ref!));
      if (missing) {
        skipped.push({ at: where(lFound, row, missing[0]), key: 'unknownCardRef', params: { ref: missing[1]! } });
        continue;
      }
      if (from === to) {
        skipped.push({ at: where(lFound, row), key: 'selfConnection' });
        continue;
      }
      const pair = `${from}\u0000${to}`;
      if (pairs.has(pair)) {
        skipped.push({ at: where(lFound, row), key: 'repeatedConnection', params: { other: `${pairs.get(pair)}` } });
        continue;
      }
      pairs.set(pair, row);
      const refs: string[] = [];
      for (const ref of listItems(text(lFound, cells, 'assumptions'))) {
        if (!assumptionIds.has(ref)) notes.push({ at: where(lFound, row, 'assumptions'), key: 'unknownAssumptionRef', params: { ref } });
        else if (!refs.includes(ref)) refs.push(ref);
      }
      links.push({
        id,
        from,
        to,
        rationale: checkLength(lFound, row, 'rationale', text(lFound, cells, 'rationale')),
        evidence: checkLength(lFound, row, 'evidence', text(lFound, cells, 'evidence')),
        assumptions: refs,
        at: where(lFound, row),
      });
    }
  }

  // Indicators, in their cards in sheet order.
  const iFound = records.indicators;
  if (iFound) {
    const indicatorFields = sheetColumns('indicators').filter((c) => !c.derived && c.key !== 'card' && c.key !== 'id');
    for (const { cells, row } of rowsOf(iFound)) {
      const ref = text(iFound, cells, 'card').trim();
      const card = cardById.get(ref);
      if (!card) {
        skipped.push({ at: where(iFound, row, 'card'), key: 'unknownCardRef', params: { ref } });
        continue;
      }
      if (card.indicators.length >= LIMITS.indicatorsPerCard) {
        skipped.push({ at: where(iFound, row), key: 'tooManyIndicators', params: { limit: LIMITS.indicatorsPerCard } });
        continue;
      }
      const indicator: ImportedIndicator = {};
      const id = text(iFound, cells, 'id').trim();
      if (id !== '' && isValidId(id) && !card.indicators.some((i) => i.id === id)) indicator.id = id;
      for (const f of indicatorFields) {
        if (iFound.at.has(f.key)) (indicator as Record<string, string>)[f.key] = checkLength(iFound, row, f.key, text(iFound, cells, f.key));
      }
      card.indicators.push(indicator);
    }
  }

  // The theory's own fields.
  const theory: ImportedTheory = {};
  if (theorySheet) {
    const fields = theoryFields();
    for (const [label, value = ''] of theorySheet.rows.slice(1)) {
      const f = fields.find((c) => LANGUAGES.some((l) => same(label ?? '', c.labels[l])));
      if (!f) continue;
      const v = unguard(value);
      if (f.key === 'authors') theory.authors = v.split('\n').filter((a) => a !== '');
      else if (f.key === 'language') {
        const language = valueFromLabel(LANGUAGES, v) as Language | undefined;
        if (language) theory.language = language;
      } else if (f.key === 'title' || f.key === 'organisation' || f.key === 'description' || f.key === 'revision') {
        if (v.length <= LIMITS.stringLength) theory[f.key] = v;
      }
    }
  }
  return { ok: true, result: { format: 'werkzaam-workbook', theory, cards, links, assumptions, skipped, notes } };
}
