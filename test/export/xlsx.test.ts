import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadDocument } from '../../shared/format/parse';
import { writeXlsx, EXCEL_CELL_LIMIT } from '../../shared/export/xlsx';
import { writeCsvFiles, sheetToCsv, guardFormula } from '../../shared/export/csv';
import { theorySheets } from '../../shared/export/sheets';
import { ALL_SHEETS_CSV, convertWithLibreOffice } from '../support/libreoffice';
import { essentials, reimport } from './roundtrip';

const kdg = () => loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));

describe('the Excel workbook', () => {
  it('has one sheet per record type with the declared fields as columns, in the theory\'s language', () => {
    const sheets = theorySheets(kdg());
    expect(sheets.map((s) => s.name)).toEqual(['Theorie', 'Kaarten', 'Verbindingen', 'Indicatoren', 'Aannames']);
    expect(sheets[1]!.columns.map((c) => c.labels.nl)).toEqual([
      'Id',
      'Fase',
      'Titel',
      'Beschrijving',
      'AIO-elementen',
      'Positie x',
      'Positie y',
      'Notities',
      // The research tags of file version 3 (#11): declared fields, so columns too.
      'Empowermentcomponenten',
      'Empowermentdimensies',
      'Treden van de participatieladder',
      'Doelgroepen',
    ]);
    expect(sheets[2]!.columns.map((c) => c.labels.en)).toEqual(['Id', 'From', 'From (title)', 'To', 'To (title)', 'Rationale', 'Evidence or strength', 'Assumptions']);
    expect(sheets[3]!.columns.map((c) => c.labels.en)).toEqual([
      'Card', 'Card (title)', 'Stage', 'Id', 'Name', 'Definition', 'Unit', 'Baseline', 'Target', 'Source / instrument', 'Frequency', 'Who measures',
      // File version 3 (#11): the instrument an indicator reads, its factor, a target date (measurements are records of their own).
      'Measurement instrument', 'Factor', 'Target date',
    ]);
    expect(sheets[4]!.columns.map((c) => c.labels.nl)).toEqual(['Id', 'Aanname', 'Status', 'Soort']);
    expect(theorySheets(kdg(), 'en')[1]!.rows[0]!.slice(0, 3)).toEqual(['c1', 'Input', 'Doelgroepmedewerkers met een afstand tot de arbeidsmarkt']);
  });

  it('freezes the headers, lists the allowed values of stage, status and kind, fits the column widths, and sets title and author', async () => {
    const doc = kdg();
    const { bytes } = await writeXlsx(doc, { date: new Date(Date.UTC(2026, 0, 2)) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.title).toBe(doc.theory.title);
    expect(wb.creator).toBe(doc.theory.authors.join('; '));
    const cards = wb.getWorksheet('Kaarten')!;
    expect(cards.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(cards.getRow(1).font?.bold).toBe(true);
    // The list rule covers the column below the header (read back cell by cell).
    expect(cards.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Input,Acties,Tussenresultaten,Outcomes,Impact"'] });
    expect(cards.getCell('B1000').dataValidation).toMatchObject({ type: 'list' });
    expect(cards.getCell('B1').dataValidation).toBeUndefined();
    expect(cards.getCell('C2').dataValidation).toBeUndefined();
    const assumptions = wb.getWorksheet('Aannames')!;
    expect(assumptions.getCell('C2').dataValidation?.formulae).toEqual(['"Niet getoetst,Deels bevestigd,Bevestigd,Weerlegd"']);
    expect(assumptions.getCell('D2').dataValidation?.formulae).toEqual(['"Aanname,Externe factor"']);
    // Id is narrow, the title as wide as the longest title (within 60), long descriptions wrap.
    const widths = [1, 3, 4].map((c) => cards.getColumn(c).width);
    expect(widths[0]).toBe(8);
    const longestTitle = Math.max(...Object.values(doc.theory.cards).map((c) => c.title.length));
    expect(widths[1]).toBe(Math.min(60, longestTitle + 2));
    expect(widths[2]).toBe(60);
    expect(cards.getColumn(4).alignment?.wrapText).toBe(true);
  });

  it('is read by LibreOffice: every card title, indicator and assumption is there, and its CSVs import back to the same theory', async () => {
    const doc = kdg();
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-xlsx-'));
    const file = join(dir, 'kdg.xlsx');
    writeFileSync(file, (await writeXlsx(doc)).bytes);
    const out = mkdtempSync(join(tmpdir(), 'werkzaam-xlsx-csv-'));
    const csvs = convertWithLibreOffice(file, ALL_SHEETS_CSV, out).filter((f) => f.endsWith('.csv'));
    expect(csvs.map((f) => basename(f)).sort()).toEqual(['kdg-Aannames.csv', 'kdg-Indicatoren.csv', 'kdg-Kaarten.csv', 'kdg-Theorie.csv', 'kdg-Verbindingen.csv']);
    const text = csvs.map((f) => readFileSync(f, 'utf8')).join('\n');
    const cards = Object.values(doc.theory.cards);
    for (const card of cards) expect(text).toContain(card.title.includes('"') ? card.title.replace(/"/g, '""') : card.title);
    const indicators = cards.flatMap((c) => c.indicators);
    expect(indicators.length).toBeGreaterThan(0);
    for (const i of indicators) expect(text).toContain(i.name);
    for (const a of Object.values(doc.theory.assumptions)) expect(text).toContain(a.text.replace(/"/g, '""'));
    const back = await reimport(csvs.map((f) => ({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) })));
    expect(essentials(back)).toEqual(essentials(doc));
  }, 120_000);

  it('cuts a text longer than an Excel cell holds, and says where', async () => {
    const doc = kdg();
    const id = Object.keys(doc.theory.cards)[0]!;
    doc.theory.cards[id] = { ...doc.theory.cards[id]!, description: 'x'.repeat(EXCEL_CELL_LIMIT + 5) };
    const { warnings } = await writeXlsx(doc);
    expect(warnings).toEqual([{ sheet: 'Kaarten', row: 2, column: 'Beschrijving', length: EXCEL_CELL_LIMIT + 5 }]);
  });

  it('leaves out characters XML cannot hold instead of writing a broken file', async () => {
    const doc = kdg();
    const id = Object.keys(doc.theory.cards)[0]!;
    doc.theory.cards[id] = { ...doc.theory.cards[id]!, title: 'a\u0001b\u0008c\uD800' };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(doc)).bytes.slice().buffer as ArrayBuffer);
    expect(wb.getWorksheet('Kaarten')!.getCell('C2').value).toBe('abc');
  });
});

describe('the CSV files', () => {
  it('start with a byte-order mark, use ; when asked, quote what needs quoting, and end lines with CRLF', () => {
    const [, cards] = writeCsvFiles(kdg(), { separator: ';' });
    expect(cards!.name).toBe('cards.csv');
    expect(cards!.text.startsWith('\uFEFFId;Fase;Titel;Beschrijving;AIO-elementen;Positie x;Positie y;Notities;Empowermentcomponenten;Empowermentdimensies;Treden van de participatieladder;Doelgroepen\r\n')).toBe(true);
    expect(cards!.text).toContain('\r\nc3;Input;Vier organisaties en hun begeleiders;Stroom Maatwerk, KRAS, IGEMO en VINAC+, met hun jobcoaches en werkvloerbegeleiders.;Arbeidsmatige focus;30;352;;;;;\r\n');
    const [, commas] = writeCsvFiles(kdg(), { separator: ',', language: 'en' });
    expect(commas!.text).toContain('\r\nc3,Input,Vier organisaties en hun begeleiders,"Stroom Maatwerk, KRAS, IGEMO en VINAC+, met hun jobcoaches en werkvloerbegeleiders.",Work-oriented focus,30,352,,,,,\r\n');
  });

  it('make a text that a spreadsheet would run as a formula plain text', () => {
    expect(guardFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(guardFormula('+31 20')).toBe("'+31 20");
    expect(guardFormula('-5% uitval')).toBe("'-5% uitval");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('Gewoon')).toBe('Gewoon');
    expect(guardFormula(-5)).toBe(-5);
    const [table] = theorySheets(kdg());
    expect(sheetToCsv({ ...table!, rows: [['=1+1', 'x']] }, 'nl')).toBe('\uFEFFVeld,Waarde\r\n\'=1+1,x\r\n');
  });

});
