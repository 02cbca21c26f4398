import ExcelJS from 'exceljs';
import type { Language, WerkzaamDocument } from '../model';
import { headerOf, theorySheets, valueLabel, type SheetTable } from './sheets';

/** Excel keeps at most this many characters in a cell; a longer text is cut there and named in the warnings. */
export const EXCEL_CELL_LIMIT = 32_767;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export interface XlsxOptions {
  language?: Language;
  /** Fixed for byte-stable output in tests; defaults to now. */
  date?: Date;
}

export interface XlsxWarning {
  sheet: string;
  row: number;
  column: string;
  length: number;
}

/**
 * The workbook as .xlsx: headers bold and frozen with a filter, columns as wide as their
 * text (within bounds, long text wrapped), and the fixed-value columns (stage, status,
 * kind) with a drop-down list of their labels. Title and author go in the document properties.
 */
export async function writeXlsx(doc: WerkzaamDocument, options: XlsxOptions = {}): Promise<{ bytes: Uint8Array; warnings: XlsxWarning[] }> {
  const language = options.language ?? doc.theory.language;
  const workbook = new ExcelJS.Workbook();
  const date = options.date ?? new Date();
  workbook.creator = doc.theory.authors.join('; ') || 'Werkzaam';
  workbook.title = doc.theory.title;
  workbook.subject = doc.theory.organisation;
  workbook.company = doc.theory.organisation;
  workbook.created = date;
  workbook.modified = date;
  const warnings: XlsxWarning[] = [];
  for (const table of theorySheets(doc, language)) addSheet(workbook, table, language, warnings);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), warnings };
}

function addSheet(workbook: ExcelJS.Workbook, table: SheetTable, language: Language, warnings: XlsxWarning[]): void {
  const ws = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = table.columns.map((c) => headerOf(c, language));
  ws.addRow(headers).font = { bold: true };
  table.rows.forEach((row, r) => {
    const values = row.map((raw, c) => {
      if (typeof raw !== 'string') return raw;
      const value = xmlSafe(raw);
      if (value.length <= EXCEL_CELL_LIMIT) return value;
      warnings.push({ sheet: table.name, row: r + 2, column: headers[c]!, length: value.length });
      return value.slice(0, EXCEL_CELL_LIMIT);
    });
    ws.addRow(values);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  table.columns.forEach((column, c) => {
    const widest = Math.max(headers[c]!.length, ...table.rows.map((row) => longestLine(row[c])));
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    const col = ws.getColumn(c + 1);
    col.width = width;
    if (widest + 2 > MAX_WIDTH) col.alignment = { wrapText: true, vertical: 'top' };
    if (column.kind === 'enum' && column.values && !column.derived) {
      const list = column.values.map((v) => valueLabel(column.values!, v, language));
      const letter = col.letter;
      // One rule for the whole column below the header, so rows added in Excel get the list too.
      // exceljs handles range rules (worksheet.dataValidations) but its typings leave them out.
      (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${Math.max(1000, table.rows.length + 1)}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        errorTitle: headerOf(column, language),
        error: list.join(', '),
      });
    }
  });
}

/** XML 1.0 cannot hold most control characters or a lone surrogate: they are left out rather than corrupting the file. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function longestLine(value: unknown): number {
  if (value === undefined || value === '') return 0;
  return Math.max(...String(value).split('\n').map((line) => line.length));
}
