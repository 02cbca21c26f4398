import { readCsv } from './csv';
import { decodeText } from './decodeText';
import { readXlsx } from './xlsxRead';
import { importKumu, proposeKumuPlan, readKumu, type KumuData, type KumuPlan } from './kumu';
import { importSheet, proposePlan, type SheetPlan, type SheetShape } from './spreadsheet';
import { isWerkzaamWorkbook, importWorkbook } from './workbook';
import type { Table } from './table';
import { fail, type ImportMessage, type ImportOutcome } from './types';

export type { ImportResult, ImportMessage, ImportLocation, ImportedCard, ImportedLink, ImportedAssumption } from './types';
export type { SheetPlan, SheetShape, ColumnPlan } from './spreadsheet';
export type { KumuPlan, KumuStage } from './kumu';
export { COLUMN_ROLES, type ColumnRole } from './headers';

/**
 * One entry for every import: the app, the CLI and the tests open a file with `openImport`,
 * get a proposal with `proposeSettings` (what the preview shows and the user corrects), and
 * run it with `runImport`. The result goes to ./build to become a theory.
 */
export type ImportSource =
  | { kind: 'table'; name: string; table: Table }
  | { kind: 'kumu'; name: string; data: KumuData }
  | { kind: 'workbook'; name: string; table: Table };

export type ImportSettings =
  | { kind: 'table'; sheet: string; plan: SheetPlan }
  | { kind: 'kumu'; plan: KumuPlan }
  | { kind: 'workbook' };

export type OpenOutcome = { ok: true; source: ImportSource } | { ok: false; problems: ImportMessage[] };

export const IMPORT_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'json'] as const;

const extensionOf = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export { decodeText };

export async function openImport(name: string, bytes: Uint8Array): Promise<OpenOutcome> {
  const ext = extensionOf(name);
  const zip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === 'xlsx' || zip) {
    const read = await readXlsx(bytes);
    if (!read.ok) return read;
    return { ok: true, source: isWerkzaamWorkbook(read.table) ? { kind: 'workbook', name, table: read.table } : { kind: 'table', name, table: read.table } };
  }
  if (ext === 'xls' || (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf)) return fail({ kind: 'file' }, 'notXlsx') as OpenOutcome;
  const text = decodeText(bytes);
  const json = ext === 'json' || /^\uFEFF?\s*[{[]/.test(text.slice(0, 64));
  if (json) {
    const read = readKumu(text);
    if (!read.ok) return read;
    return { ok: true, source: { kind: 'kumu', name, data: read.data } };
  }
  const read = readCsv(text, name);
  if (!read.ok) return read;
  const table: Table = { kind: 'csv', sheets: [read.sheet] };
  return { ok: true, source: isWerkzaamWorkbook(table) ? { kind: 'workbook', name, table } : { kind: 'table', name, table } };
}

/**
 * Several files at once: the CSV export of a workbook (cards.csv, links.csv, …) dropped or
 * named together reads as that workbook. One file is `openImport`.
 */
export async function openImportFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<OpenOutcome> {
  if (files.length === 1) return openImport(files[0]!.name, files[0]!.bytes);
  const sheets = [];
  for (const file of files) {
    const ext = extensionOf(file.name);
    if (ext !== 'csv' && ext !== 'tsv' && ext !== 'txt') return fail({ kind: 'file' }, 'severalFiles') as OpenOutcome;
    const read = readCsv(decodeText(file.bytes), file.name);
    if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ ...p, at: p.at.kind === 'row' ? { ...p.at, sheet: file.name } : { kind: 'sheet', sheet: file.name } })) };
    sheets.push(read.sheet);
  }
  const table: Table = { kind: 'csv', sheets };
  if (!isWerkzaamWorkbook(table)) return fail({ kind: 'file' }, 'severalFiles') as OpenOutcome;
  return { ok: true, source: { kind: 'workbook', name: files[0]!.name, table } };
}

export interface ProposeOptions {
  sheet?: string;
  shape?: SheetShape;
}

export type ProposeOutcome = { ok: true; settings: ImportSettings } | { ok: false; problems: ImportMessage[] };

export function proposeSettings(source: ImportSource, options: ProposeOptions = {}): ProposeOutcome {
  if (source.kind === 'kumu') return { ok: true, settings: { kind: 'kumu', plan: proposeKumuPlan(source.data) } };
  if (source.kind === 'workbook' && options.sheet === undefined && options.shape === undefined) return { ok: true, settings: { kind: 'workbook' } };
  const sheets = source.table.sheets;
  const sheet = options.sheet !== undefined ? sheets.find((s) => s.name === options.sheet) : (sheets.find((s) => s.rows.some((r) => r.some((c) => c.trim() !== ''))) ?? sheets[0]);
  if (!sheet) {
    return fail({ kind: 'file' }, 'noSuchSheet', { name: options.sheet ?? '', names: sheets.map((s) => `"${s.name}"`).join(', ') }) as ProposeOutcome;
  }
  return { ok: true, settings: { kind: 'table', sheet: sheet.name, plan: proposePlan(sheet, options.shape) } };
}

export function runImport(source: ImportSource, settings: ImportSettings): ImportOutcome {
  if (settings.kind === 'kumu') {
    if (source.kind !== 'kumu') throw new Error('Kumu settings for a spreadsheet');
    return importKumu(source.data, settings.plan);
  }
  if (source.kind === 'kumu') throw new Error('spreadsheet settings for a Kumu file');
  if (settings.kind === 'workbook') return importWorkbook(source.table);
  const sheet = source.table.sheets.find((s) => s.name === settings.sheet);
  if (!sheet) return fail({ kind: 'file' }, 'noSuchSheet', { name: settings.sheet, names: source.table.sheets.map((s) => `"${s.name}"`).join(', ') });
  return importSheet(sheet, settings.plan, source.table.kind === 'xlsx' ? { sheetLabel: sheet.name } : {});
}

/** The file name without folder and extension: a new theory's title when the file names none. */
export function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '') || base;
}
