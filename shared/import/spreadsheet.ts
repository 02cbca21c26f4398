import { STAGES, stageIndex, type StageKey } from '../model';
import { LIMITS } from '../format/limits';
import { isStageRole, matchHeader, type ColumnRole, type HeaderMatch } from './headers';
import { sameItemKey, splitItems, tidyBlock } from './cells';
import { cellKey, headerRow, type Sheet } from './table';
import type { ImportLocation, ImportMessage, ImportOutcome, ImportResult, ImportedAssumption, ImportedCard, ImportedLink } from './types';
import { fail } from './types';

/**
 * Spreadsheets in the two shapes logic models are kept in:
 * - `columns`: one column per stage; a cell may hold several items; identical items in a
 *   column are one card; cards in one row are linked left to right across adjacent stage
 *   columns, and an empty cell breaks the chain (nothing is linked through it).
 * - `paths`: one causal path per row; its steps are linked in order, passing over empty
 *   steps (a path may skip a stage).
 * In both, a column that is not a stage (description, indicator, assumption, external
 * factor, rationale) belongs to the nearest stage column on its left: descriptions and
 * indicators to its cards, assumptions and rationales to the links into them.
 */
export type SheetShape = 'columns' | 'paths';

export interface ColumnPlan {
  /** 1-based column number. */
  column: number;
  header: string;
  role: ColumnRole;
  /** How the role was found; `manual` once the user chose it. */
  how: HeaderMatch['how'] | 'manual';
  word?: string;
}

export interface SheetPlan {
  sheet: string;
  /** 1-based row of the headers. */
  headerRow: number;
  shape: SheetShape;
  columns: ColumnPlan[];
}

/** What the importer proposes before the user corrects anything. */
export function proposePlan(sheet: Sheet, shape?: SheetShape): SheetPlan {
  const header = headerRow(sheet);
  const headers = header > 0 ? sheet.rows[header - 1]! : [];
  const width = Math.max(headers.length, ...sheet.rows.map((r) => r.length));
  const columns: ColumnPlan[] = [];
  for (let c = 1; c <= width; c++) {
    const text = (headers[c - 1] ?? '').trim();
    const match = matchHeader(text);
    columns.push({ column: c, header: text, role: match.role, how: match.how, ...(match.word ? { word: match.word } : {}) });
  }
  const steps = columns.filter((c) => c.how === 'step');
  const chosen: SheetShape =
    shape ?? (steps.length > 0 || columns.some((c) => c.role === 'assumption' || c.role === 'external' || c.role === 'rationale') ? 'paths' : 'columns');
  // "Stap 1, Stap 2, …" name no stage: spread them over the stages in their order.
  if (!columns.some((c) => isStageRole(c.role))) {
    steps.forEach((c, i) => {
      c.role = STAGES[steps.length === 1 ? 0 : Math.round((i * (STAGES.length - 1)) / (steps.length - 1))]!;
    });
  }
  return { sheet: sheet.name, headerRow: header, shape: chosen, columns };
}

/** A plan with some columns set by hand (the preview's corrections, the CLI's --map). */
export function withRoles(plan: SheetPlan, roles: ReadonlyMap<number, ColumnRole>): SheetPlan {
  return {
    ...plan,
    columns: plan.columns.map((c) => (roles.has(c.column) ? { column: c.column, header: c.header, role: roles.get(c.column)!, how: 'manual' } : c)),
  };
}

export interface SheetOptions {
  /** Named in locations; left out for a CSV file, which has one sheet. */
  sheetLabel?: string;
}

export function importSheet(sheet: Sheet, plan: SheetPlan, options: SheetOptions = {}): ImportOutcome {
  const sheetName = options.sheetLabel;
  const where = (row: number, column: number): ImportLocation => {
    const header = plan.columns[column - 1]?.header;
    return { kind: 'cell', ...(sheetName !== undefined ? { sheet: sheetName } : {}), row, column, ...(header ? { header } : {}) };
  };
  const columnAt = (column: number): ImportLocation => {
    const header = plan.columns[column - 1]?.header;
    return { kind: 'column', ...(sheetName !== undefined ? { sheet: sheetName } : {}), column, ...(header ? { header } : {}) };
  };
  if (plan.headerRow === 0) return fail(sheetName !== undefined ? { kind: 'sheet', sheet: sheetName } : { kind: 'file' }, 'emptySheet');

  const stageColumns = plan.columns.filter((c) => isStageRole(c.role));
  if (stageColumns.length === 0) {
    return fail(sheetName !== undefined ? { kind: 'sheet', sheet: sheetName } : { kind: 'file' }, 'noStageColumn');
  }
  // The chain of a row: stages left to right; columns of one stage in their order.
  const chain = [...stageColumns].sort((a, b) => stageIndex(a.role as StageKey) - stageIndex(b.role as StageKey) || a.column - b.column);
  const ownerOf = new Map<number, number>();
  const skipped: ImportMessage[] = [];
  const valuesIn = (column: number) => sheet.rows.slice(plan.headerRow).filter((r) => (r[column - 1] ?? '').trim() !== '').length;
  for (const c of plan.columns) {
    if (isStageRole(c.role)) continue;
    const count = valuesIn(c.column);
    if (c.role === 'ignore') {
      if (count > 0) skipped.push({ at: columnAt(c.column), key: c.header ? 'columnIgnored' : 'columnWithoutHeader', params: { count } });
      continue;
    }
    const owner = [...stageColumns].reverse().find((s) => s.column < c.column);
    if (!owner) {
      if (count > 0) skipped.push({ at: columnAt(c.column), key: 'columnWithoutStage', params: { count } });
      continue;
    }
    ownerOf.set(c.column, owner.column);
  }

  const cards: ImportedCard[] = [];
  const cardByKey = new Map<string, ImportedCard>();
  const links: ImportedLink[] = [];
  const linkByPair = new Map<string, ImportedLink>();
  const assumptions: ImportedAssumption[] = [];
  const assumptionByText = new Map<string, ImportedAssumption>();
  const long = (text: string) => text.length > LIMITS.stringLength;
  const tooLong = (row: number, column: number, text: string) =>
    skipped.push({ at: where(row, column), key: 'textTooLong', params: { length: text.length, limit: LIMITS.stringLength } });

  for (let r = plan.headerRow + 1; r <= sheet.rows.length; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const text = (column: number) => cells[column - 1] ?? '';
    for (const c of plan.columns) {
      const error = sheet.errors?.get(cellKey(r, c.column));
      if (error !== undefined && c.role !== 'ignore') skipped.push({ at: where(r, c.column), key: 'cellError', params: { error } });
    }
    // Cards of each stage cell in this row.
    const rowCards = new Map<number, ImportedCard[]>();
    for (const c of chain) {
      const items: ImportedCard[] = [];
      for (const title of splitItems(text(c.column))) {
        if (long(title)) {
          tooLong(r, c.column, title);
          continue;
        }
        const key = `${c.column}\u0000${sameItemKey(title)}`;
        let card = cardByKey.get(key);
        if (!card) {
          if (cards.length >= LIMITS.cards) return fail(where(r, c.column), 'tooManyCards', { limit: LIMITS.cards });
          card = { key: `c${cards.length + 1}`, stage: c.role as StageKey, title, description: '', aio: [], notes: '', indicators: [], from: where(r, c.column) };
          cards.push(card);
          cardByKey.set(key, card);
        }
        if (!items.includes(card)) items.push(card);
      }
      rowCards.set(c.column, items);
    }
    // Links of this row, and the links into each stage cell (for assumptions and rationales).
    const into = new Map<number, ImportedLink[]>();
    const steps = plan.shape === 'paths' ? chain.filter((c) => rowCards.get(c.column)!.length > 0) : chain;
    for (let i = 1; i < steps.length; i++) {
      const fromCards = rowCards.get(steps[i - 1]!.column)!;
      const toCards = rowCards.get(steps[i]!.column)!;
      const made: ImportedLink[] = [];
      for (const from of fromCards) {
        for (const to of toCards) {
          const pair = `${from.key}\u0000${to.key}`;
          let link = linkByPair.get(pair);
          if (!link) {
            if (links.length >= LIMITS.links) return fail(where(r, steps[i]!.column), 'tooManyLinks', { limit: LIMITS.links });
            link = { from: from.key, to: to.key, rationale: '', evidence: '', assumptions: [], at: { kind: 'row', ...(sheetName !== undefined ? { sheet: sheetName } : {}), row: r } };
            links.push(link);
            linkByPair.set(pair, link);
          }
          made.push(link);
        }
      }
      into.set(steps[i]!.column, made);
    }
    // The other columns, attached to the cards (or the links into them) of their stage cell.
    for (const c of plan.columns) {
      const owner = ownerOf.get(c.column);
      const value = text(c.column);
      if (owner === undefined || value.trim() === '') continue;
      const ownerCards = rowCards.get(owner)!;
      if (c.role === 'description' || c.role === 'indicator') {
        if (ownerCards.length === 0) {
          skipped.push({ at: where(r, c.column), key: 'noCardForValue', params: { column: plan.columns[owner - 1]!.header } });
          continue;
        }
        if (c.role === 'description') {
          const description = tidyBlock(value);
          if (long(description)) {
            tooLong(r, c.column, description);
            continue;
          }
          for (const card of ownerCards) card.description = appendDistinct(card.description, description);
        } else {
          for (const name of splitItems(value)) {
            if (long(name)) {
              tooLong(r, c.column, name);
              continue;
            }
            for (const card of ownerCards) {
              if (card.indicators.some((i) => sameItemKey(i.name ?? '') === sameItemKey(name))) continue;
              if (card.indicators.length >= LIMITS.indicatorsPerCard) {
                skipped.push({ at: where(r, c.column), key: 'tooManyIndicators', params: { limit: LIMITS.indicatorsPerCard } });
                continue;
              }
              card.indicators.push({ name });
            }
          }
        }
        continue;
      }
      // assumption, external factor or rationale: about the link into the owner's cards.
      const linksInto = into.get(owner) ?? [];
      if (linksInto.length === 0) {
        skipped.push({ at: where(r, c.column), key: ownerCards.length === 0 ? 'noCardForValue' : 'noLinkForValue', params: { column: plan.columns[owner - 1]!.header } });
        continue;
      }
      if (c.role === 'rationale') {
        const rationale = tidyBlock(value);
        if (long(rationale)) {
          tooLong(r, c.column, rationale);
          continue;
        }
        for (const link of linksInto) link.rationale = appendDistinct(link.rationale, rationale);
        continue;
      }
      const kind = c.role === 'external' ? 'external' : 'assumption';
      for (const statement of splitItems(value)) {
        if (long(statement)) {
          tooLong(r, c.column, statement);
          continue;
        }
        const key = `${kind}\u0000${sameItemKey(statement)}`;
        let assumption = assumptionByText.get(key);
        if (!assumption) {
          if (assumptions.length >= LIMITS.assumptions) return fail(where(r, c.column), 'tooManyAssumptions', { limit: LIMITS.assumptions });
          assumption = { key: `a${assumptions.length + 1}`, text: statement, status: 'untested', kind, from: where(r, c.column) };
          assumptions.push(assumption);
          assumptionByText.set(key, assumption);
        }
        for (const link of linksInto) if (!link.assumptions.includes(assumption.key)) link.assumptions.push(assumption.key);
      }
    }
  }
  if (cards.length === 0) return fail(sheetName !== undefined ? { kind: 'sheet', sheet: sheetName } : { kind: 'file' }, 'noCards');
  const result: ImportResult = { format: plan.shape, theory: {}, cards, links, assumptions, skipped, notes: [] };
  return { ok: true, result };
}

function appendDistinct(existing: string, addition: string): string {
  if (existing === '') return addition;
  if (existing.split('\n\n').includes(addition)) return existing;
  return `${existing}\n\n${addition}`;
}
