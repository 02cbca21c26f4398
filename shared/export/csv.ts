import Papa from 'papaparse';
import type { Language, WerkzaamDocument } from '../model';
import { CSV_FILE_NAMES, headerOf, theorySheets, type CellValue, type SheetTable } from './sheets';

export type CsvSeparator = ',' | ';';

export interface CsvOptions {
  language?: Language;
  /** `;` for Dutch and Flemish Excel, which reads `,` as the decimal sign. */
  separator?: CsvSeparator;
}

/**
 * A text that starts with = + - @ (or a tab/CR) is run as a formula by a spreadsheet that
 * opens the CSV ("CSV injection"); a leading apostrophe makes it text. The workbook
 * importer takes the apostrophe off again.
 */
export function guardFormula(value: CellValue): CellValue {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One sheet as CSV: UTF-8 with a byte-order mark (so Excel reads "één" right), CRLF line ends. */
export function sheetToCsv(table: SheetTable, language: Language, separator: CsvSeparator = ','): string {
  const data = [table.columns.map((c) => headerOf(c, language)), ...table.rows.map((row) => row.map(guardFormula))];
  return `\uFEFF${Papa.unparse(data, { delimiter: separator, newline: '\r\n', quotes: false })}\r\n`;
}

/** Every sheet of the workbook as a CSV file: file name → text. */
export function writeCsvFiles(doc: WerkzaamDocument, options: CsvOptions = {}): { name: string; text: string }[] {
  const language = options.language ?? doc.theory.language;
  return theorySheets(doc, language).map((table) => ({ name: CSV_FILE_NAMES[table.kind], text: sheetToCsv(table, language, options.separator ?? ',') }));
}
