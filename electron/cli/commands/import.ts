import type { CliCommand } from '../types';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'make a theory from a spreadsheet (CSV, XLSX), a Kumu JSON file or a Werkzaam workbook',
  usage:
    'werkzaam import <file> [more CSV files | <folder>] --out <theory.werkzaam> [--shape columns|paths] [--map "Header=stage,Other=ignore,…"] [--sheet <name>] [--lang nl|en] [--force]',
  options: {
    out: { type: 'string' },
    shape: { type: 'string' },
    map: { type: 'string' },
    sheet: { type: 'string' },
    lang: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(ctx) {
    // Loaded when used: the spreadsheet and Kumu readers (exceljs, papaparse) would slow every other command's start.
    const { runImportCommand } = await import('./importRun');
    return runImportCommand(ctx);
  },
};
