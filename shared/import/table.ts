/**
 * A spreadsheet as the importers see it: sheets of text cells, whatever the file was
 * (CSV or XLSX). Row 0 of `rows` is the file's row 1.
 */
export interface Sheet {
  name: string;
  rows: string[][];
  /** Cells whose value could not be read as text (a formula error such as #REF!), by "row:column" (1-based). */
  errors?: Map<string, string>;
}

export interface Table {
  kind: 'csv' | 'xlsx';
  sheets: Sheet[];
}

/** Spreadsheet column name of a 1-based column number: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const cellKey = (row: number, column: number): string => `${row}:${column}`;

/** The first row with any text: the header row (1-based), or 0 when the sheet is empty. */
export function headerRow(sheet: Sheet): number {
  const i = sheet.rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  return i + 1;
}
