import Papa from 'papaparse';
import { LIMITS } from '../format/limits';
import { fail, type ImportOutcome } from './types';
import type { Sheet } from './table';

export type CsvRead = { ok: true; sheet: Sheet; delimiter: string } | Extract<ImportOutcome, { ok: false }>;

/**
 * CSV text → one sheet. The separator is detected (`,` `;` tab `|`: Dutch and Flemish Excel
 * write `;`); a byte-order mark is dropped. A quote opened and never closed stops the import
 * at its row, since everything after it would land in one cell.
 */
export function readCsv(text: string, name = 'CSV'): CsvRead {
  if (text.length > LIMITS.fileBytes) return fail({ kind: 'file' }, 'tooLarge', { limit: LIMITS.fileBytes }) as CsvRead;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\u0000')) return fail({ kind: 'file' }, 'notText') as CsvRead;
  if (body.trim() === '') return fail({ kind: 'file' }, 'emptyFile') as CsvRead;
  // The separator is guessed on lines with text (a blank last line would defeat papaparse's
  // guess); the whole file is then read with blank lines kept, so row numbers match the file.
  const guess = Papa.parse<string[]>(body, { delimiter: '', delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: 'greedy', preview: 100 });
  const parsed = Papa.parse<string[]>(body, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    return fail({ kind: 'row', row: (quote.row ?? 0) + 1 }, 'unclosedQuote') as CsvRead;
  }
  const rows = parsed.data.map((row) => row.map((cell) => (cell ?? '').replace(/\r\n?/g, '\n')));
  // A last line break gives papaparse one empty row more than the file has.
  if (rows.length > 0 && rows.at(-1)!.every((c) => c === '')) rows.pop();
  return { ok: true, sheet: { name, rows }, delimiter: parsed.meta.delimiter };
}
