import type { AioKey, AssumptionKind, AssumptionStatus, Indicator, Position, StageKey } from '../model';
import type { ImportMessageKey } from '../i18n/import';

/**
 * What every importer produces: a neutral description of a theory-to-be, not yet a
 * document. The preview shows it, and `buildImport` turns it into a document (or a diff
 * into the open one) through the same validation as opening a file.
 *
 * Cards, links and assumptions refer to each other by `key` (unique within one result);
 * the real ids are chosen only when the import lands, so nothing collides with the open theory.
 */
export type ImportFormat = 'columns' | 'paths' | 'kumu-blueprint' | 'kumu-backup' | 'werkzaam-workbook';

/** Where something was found: spreadsheet cells are 1-based (row 1 is the first row, column 1 is A). */
export type ImportLocation =
  | { kind: 'file' }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'row'; sheet?: string; row: number }
  | { kind: 'column'; sheet?: string; column: number; header?: string }
  | { kind: 'cell'; sheet?: string; row: number; column: number; header?: string }
  | { kind: 'path'; path: string };

export type ImportParams = Record<string, string | number>;

/** A message located in the file: a reason something was skipped, or why the file cannot be imported. */
export interface ImportMessage {
  at: ImportLocation;
  key: ImportMessageKey;
  params?: ImportParams;
}

export interface ImportedIndicator extends Partial<Omit<Indicator, 'id' | 'extra'>> {
  /** Kept when the workbook names it, so a round trip keeps indicator ids. */
  id?: string;
}

export interface ImportedCard {
  key: string;
  stage: StageKey;
  title: string;
  description: string;
  aio: AioKey[];
  notes: string;
  indicators: ImportedIndicator[];
  /** Where the source had one (Kumu maps, Werkzaam's workbook); otherwise the card is placed in its lane. */
  position?: Position;
  /** Kept from Werkzaam's own workbook so a round trip keeps ids; other sources leave it out. */
  id?: string;
  from: ImportLocation;
}

export interface ImportedAssumption {
  key: string;
  text: string;
  status: AssumptionStatus;
  kind: AssumptionKind;
  id?: string;
  from: ImportLocation;
}

export interface ImportedLink {
  from: string;
  to: string;
  rationale: string;
  evidence: string;
  /** Keys of assumptions. */
  assumptions: string[];
  id?: string;
  at: ImportLocation;
}

export interface ImportedTheory {
  title?: string;
  organisation?: string;
  authors?: string[];
  language?: 'nl' | 'en';
  description?: string;
  revision?: string;
}

export interface ImportResult {
  format: ImportFormat;
  theory: ImportedTheory;
  cards: ImportedCard[];
  links: ImportedLink[];
  assumptions: ImportedAssumption[];
  /** What was left out, and why (empty cells are not listed: they are simply empty). */
  skipped: ImportMessage[];
  /** What was taken in with a change the user should know of (a mutual Kumu connection made one-way). */
  notes: ImportMessage[];
}

/** An importer never throws for bad input: it returns the problems that stop the import. */
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; problems: ImportMessage[] };

export const fail = (at: ImportLocation, key: ImportMessageKey, params?: ImportParams): ImportOutcome => ({
  ok: false,
  problems: [params ? { at, key, params } : { at, key }],
});
