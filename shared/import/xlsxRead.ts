import ExcelJS from 'exceljs';
import { LIMITS } from '../format/limits';
import { fail, type ImportOutcome } from './types';
import { cellKey, type Sheet, type Table } from './table';

/** More rows or columns than any logic model has: refused before anything is built from them. */
export const SHEET_LIMITS = { rows: 100_000, columns: 500 } as const;

export type TableRead = { ok: true; table: Table } | Extract<ImportOutcome, { ok: false }>;

/** XLSX bytes → sheets of text. Formulas count by their cached result; merged cells repeat the merged value. */
export async function readXlsx(bytes: Uint8Array): Promise<TableRead> {
  if (bytes.byteLength > LIMITS.fileBytes) return fail({ kind: 'file' }, 'tooLarge', { limit: LIMITS.fileBytes }) as TableRead;
  // An .xlsx is a zip file: it starts with "PK".
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail({ kind: 'file' }, 'notXlsx') as TableRead;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes a Node Buffer or an ArrayBuffer; a copy keeps the caller's bytes untouched.
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (error) {
    return fail({ kind: 'file' }, 'badXlsx', { detail: error instanceof Error ? error.message : String(error) }) as TableRead;
  }
  const sheets: Sheet[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.rowCount > SHEET_LIMITS.rows) return fail({ kind: 'sheet', sheet: ws.name }, 'tooManyRows', { limit: SHEET_LIMITS.rows }) as TableRead;
    if (ws.columnCount > SHEET_LIMITS.columns) {
      return fail({ kind: 'sheet', sheet: ws.name }, 'tooManyColumns', { limit: SHEET_LIMITS.columns }) as TableRead;
    }
    const rows: string[][] = [];
    const errors = new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const value = cellText(cell.value);
        if (value.error !== undefined) errors.set(cellKey(r, c), value.error);
        cells[c - 1] = value.text;
      });
      rows[r - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets.push({ name: ws.name, rows: Array.from(rows, (r) => r ?? []), ...(errors.size > 0 ? { errors } : {}) });
  }
  if (sheets.length === 0) return fail({ kind: 'file' }, 'noSheets') as TableRead;
  return { ok: true, table: { kind: 'xlsx', sheets } };
}

function cellText(value: ExcelJS.CellValue): { text: string; error?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.replace(/\r\n?/g, '\n') };
  if (typeof value === 'number') return { text: String(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: isoDate(value) };
  if (typeof value === 'object') {
    if ('error' in value) return { text: '', error: String(value.error) };
    if ('richText' in value) return { text: value.richText.map((run) => run.text).join('').replace(/\r\n?/g, '\n') };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return cellText((result ?? null) as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) return { text: String((value as { text?: unknown }).text ?? '') };
  }
  return { text: String(value) };
}

/** A date cell as a date (time only when it has one), not as the platform's long date string. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}
