/**
 * Text of a CSV as Excel writes it: UTF-8 (with or without BOM), else Windows-1252 (older
 * Dutch Excel). A module of its own so that reading a CSV (measurements, the import flow,
 * the CLI) does not load the spreadsheet readers (exceljs) that shared/import/index.ts holds.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node's TextDecoder reads 'windows-1252' as ISO-8859-1: bytes 0x80–0x9F come out as C1
    // control characters (an en dash 0x96 as U+0096). Browsers decode them as the Encoding
    // standard says; this puts Node (the CLI) right and changes nothing in a browser.
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
  }
}

/** Windows-1252 bytes 0x80–0x9F (the Encoding standard's index); the five unassigned ones stay as they are. */
const WINDOWS_1252_C1: (string | undefined)[] = [
  '€', undefined, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', undefined, 'Ž', undefined,
  undefined, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', undefined, 'ž', 'Ÿ',
];
