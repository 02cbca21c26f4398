/**
 * Text of a CSV as Excel writes it: UTF-8 (with or without BOM), else Windows-1252 (older
 * Dutch Excel). A module of its own so that reading a CSV (measurements, the import flow,
 * the CLI) does not load the spreadsheet readers (exceljs) that shared/import/index.ts holds.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
