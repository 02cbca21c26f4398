import { readCsv } from './csv';
import { readXlsx } from './xlsxRead';
import { importKumu, proposeKumuPlan, readKumu, type KumuData, type KumuPlan } from './kumu';
import { importSheet, proposePlan, type SheetPlan, type SheetShape } from './spreadsheet';
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
  | { kind: 'kumu'; name: string; data: KumuData };

export type ImportSettings =
  | { kind: 'table'; sheet: string; plan: SheetPlan }
  | { kind: 'kumu'; plan: KumuPlan };

export type OpenOutcome = { ok: true; source: ImportSource } | { ok: false; problems: ImportMessage[] };

export const IMPORT_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'json'] as const;

const extensionOf = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Text of a CSV as Excel writes it: UTF-8 (with or without BOM), else Windows-1252 (older Dutch Excel). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function openImport(name: string, bytes: Uint8Array): Promise<OpenOutcome> {
  const ext = extensionOf(name);
  const zip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === 'xlsx' || zip) {
    const read = await readXlsx(bytes);
    if (!read.ok) return read;
    return { ok: true, source: { kind: 'table', name, table: read.table } };
  }
  if (ext === 'xls' || (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf)) return fail({ kind: 'file' }, 'notXlsx') as OpenOutcome;
  const text = decodeText(bytes);
  const json = ext === 'json' || /^\uFEFF?\s*[{[]/.test(text.slice(0, 64));
  if (json) {
    const read = readKumu(text);
    if (!read.ok) return read;
    return { ok: true, source: { kind: 'kumu', name, data: read.data } };
  }
  const read = readCsv(text);
  if (!read.ok) return read;
  return { ok: true, source: { kind: 'table', name, table: { kind: 'csv', sheets: [read.sheet] } } };
}

export interface ProposeOptions {
  sheet?: string;
  shape?: SheetShape;
}

export type ProposeOutcome = { ok: true; settings: ImportSettings } | { ok: false; problems: ImportMessage[] };

export function proposeSettings(source: ImportSource, options: ProposeOptions = {}): ProposeOutcome {
  if (source.kind === 'kumu') return { ok: true, settings: { kind: 'kumu', plan: proposeKumuPlan(source.data) } };
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
  const sheet = source.table.sheets.find((s) => s.name === settings.sheet);
  if (!sheet) return fail({ kind: 'file' }, 'noSuchSheet', { name: settings.sheet, names: source.table.sheets.map((s) => `"${s.name}"`).join(', ') });
  return importSheet(sheet, settings.plan, source.table.kind === 'xlsx' ? { sheetLabel: sheet.name } : {});
}

/** The file name without folder and extension: a new theory's title when the file names none. */
export function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '') || base;
}
