import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openImport, proposeSettings, runImport, type ImportSource } from '../../shared/import/index';
import { importSheet, proposePlan, withRoles } from '../../shared/import/spreadsheet';
import { readCsv } from '../../shared/import/csv';
import { describeImportMessage } from '../../shared/i18n/import';
import { byStage, fixture, linkTitles, ok, problemsOf } from './support';

async function open(name: string, bytes: Uint8Array): Promise<ImportSource> {
  const opened = await openImport(name, bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.source;
}
const csv = (text: string) => open('test.csv', new TextEncoder().encode(text));
async function importAuto(source: ImportSource, options = {}) {
  const proposed = proposeSettings(source, options);
  if (!proposed.ok) throw new Error('no settings');
  return runImport(source, proposed.settings);
}

describe('spreadsheet, one column per stage (Dutch headers, CSV with ;)', () => {
  it('makes the cards per stage, merging identical items in a column and splitting multi-item cells', async () => {
    const source = await open('logicamodel-nl.csv', fixture('logicamodel-nl.csv'));
    const proposed = proposeSettings(source);
    expect(proposed.ok && proposed.settings.kind === 'table' && proposed.settings.plan.shape).toBe('columns');
    const result = ok(await importAuto(source));
    expect(result.format).toBe('columns');
    expect(byStage(result)).toEqual({
      input: ['Jobcoaches', 'Vrijwilligers', 'Partners'],
      action: ['Groepstraining "Voel je sterk"', 'Individuele coaching', 'Netwerkmomenten met werkgevers', 'Taalondersteuning'],
      intermediate: ['20 trainingen gegeven', '50 deelnemers bereikt'],
      outcome: ['Meer zelfvertrouwen', 'Werkritme', 'Groter netwerk'],
      impact: ['Duurzaam werk', 'Minder terugval'],
    });
  });

  it('links left to right across adjacent stage columns, two columns of one stage as a chain, never through an empty cell', async () => {
    const result = ok(await importAuto(await open('logicamodel-nl.csv', fixture('logicamodel-nl.csv'))));
    expect(linkTitles(result).sort()).toEqual(
      [
        'Jobcoaches → Groepstraining "Voel je sterk"',
        'Jobcoaches → Individuele coaching',
        'Groepstraining "Voel je sterk" → 20 trainingen gegeven',
        'Individuele coaching → 20 trainingen gegeven',
        '20 trainingen gegeven → Meer zelfvertrouwen',
        'Meer zelfvertrouwen → Werkritme',
        'Werkritme → Duurzaam werk',
        'Jobcoaches → Netwerkmomenten met werkgevers',
        'Vrijwilligers → Taalondersteuning',
        'Partners → Taalondersteuning',
        'Taalondersteuning → 50 deelnemers bereikt',
      ].sort(),
    );
    // Row 3: "Groter netwerk" with an empty "Middellange termijn" after it is not linked to "Duurzaam werk".
    expect(linkTitles(result)).not.toContain('Groter netwerk → Duurzaam werk');
  });

  it('turns the description column into the descriptions of the cards to its left', async () => {
    const result = ok(await importAuto(await open('logicamodel-nl.csv', fixture('logicamodel-nl.csv'))));
    const card = (title: string) => result.cards.find((c) => c.title === title)!;
    expect(card('Groepstraining "Voel je sterk"').description).toBe('Groepen van 10-15');
    expect(card('Individuele coaching').description).toBe('Groepen van 10-15');
    expect(card('Taalondersteuning').description).toBe('');
  });

  it('says what it skipped and where, in Dutch and English', async () => {
    const result = ok(await importAuto(await open('logicamodel-nl.csv', fixture('logicamodel-nl.csv'))));
    expect(result.skipped.map((m) => describeImportMessage(m, 'nl'))).toEqual([
      'kolom H ("Budget"): de kolom wordt niet ingelezen (ingevulde cellen: 1)',
      'rij 5, kolom C ("Toelichting"): de cel in kolom "Activiteiten" van deze rij is leeg, dus deze waarde hoort bij geen enkele kaart',
    ]);
    expect(describeImportMessage(result.skipped[1]!, 'en')).toBe(
      'row 5, column C ("Toelichting"): the cell in column "Activiteiten" of this row is empty, so this value belongs to no card',
    );
  });

  it('takes a corrected mapping: a column ignored, another made a stage', async () => {
    const source = await open('logicamodel-nl.csv', fixture('logicamodel-nl.csv'));
    const proposed = proposeSettings(source);
    if (!proposed.ok || proposed.settings.kind !== 'table') throw new Error('expected a table');
    const plan = withRoles(proposed.settings.plan, new Map([[2, 'ignore'], [3, 'action']] as const));
    const result = ok(runImport(source, { ...proposed.settings, plan }));
    expect(byStage(result).action).toEqual(['Groepen van 10-15', 'Alleen toelichting']);
    expect(linkTitles(result)).toContain('Jobcoaches → Groepen van 10-15');
  });
});

describe('spreadsheet, one causal path per row (English, CSV with ,)', () => {
  it('links the steps of each row in order, over empty steps, with assumptions and rationales on the links', async () => {
    const source = await open('paden-en.csv', fixture('paden-en.csv'));
    const proposed = proposeSettings(source);
    if (!proposed.ok || proposed.settings.kind !== 'table') throw new Error('expected a table');
    expect(proposed.settings.plan.shape).toBe('paths');
    expect(proposed.settings.plan.columns.map((c) => c.role)).toEqual(['input', 'action', 'assumption', 'outcome', 'impact', 'rationale']);
    const result = ok(runImport(source, proposed.settings));
    expect(byStage(result)).toEqual({
      input: ['Funding from the municipality', 'Volunteers', 'Job coaching'],
      action: ['Group training', 'Job coaching'],
      outcome: ['Self-confidence grows', 'Network widens'],
      impact: ['Paid work', 'Less relapse'],
    });
    expect(linkTitles(result)).toEqual([
      'Funding from the municipality → Group training',
      'Group training → Self-confidence grows',
      'Self-confidence grows → Paid work',
      'Funding from the municipality → Job coaching',
      'Job coaching → Self-confidence grows',
      'Volunteers → Network widens',
      'Network widens → Less relapse',
    ]);
    const into = result.links[0]!;
    expect(result.assumptions).toEqual([expect.objectContaining({ key: into.assumptions[0], text: 'Participants attend regularly', kind: 'assumption', status: 'untested' })]);
    expect(result.links[2]!.rationale).toBe('Confidence makes applying easier');
    expect(result.skipped.map((m) => describeImportMessage(m, 'en'))).toEqual([
      'row 4, column C ("Assumption"): the cell in column "Step 2" of this row is empty, so this value belongs to no card',
      'row 6, column C ("Assumption"): the cell in column "Step 2" of this row is empty, so this value belongs to no card',
    ]);
  });

  it('an assumption after the first step has no link to belong to', async () => {
    const result = ok(await importAuto(await csv('Activities,Assumption,Outcomes\nTraining,Trainers are available,Confidence\n')));
    // The assumption column follows "Activities": it is about the link into the training, and there is none.
    expect(result.skipped.map((m) => describeImportMessage(m, 'en'))).toEqual([
      'row 2, column B ("Assumption"): no link runs into the card in column "Activities" in this row, so this value belongs to no link',
    ]);
    expect(linkTitles(result)).toEqual(['Training → Confidence']);
  });

  it('the same assumption on several rows is one assumption', async () => {
    const result = ok(await importAuto(await csv('Input,Activities,Aanname\nStaff,Training,Staff stays\nStaff,Coaching,staff  stays\n')));
    expect(result.assumptions).toHaveLength(1);
    expect(result.links.map((l) => l.assumptions)).toEqual([['a1'], ['a1']]);
  });
});

describe('spreadsheet files (XLSX)', () => {
  async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads English headers, rich text, formulas, merged cells and the first sheet with data', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Notes');
      const ws = wb.addWorksheet('Logic model');
      ws.addRow(['Inputs', 'Activities', 'Outputs', 'Short-term outcomes', 'Long-term outcomes']);
      ws.addRow(['Staff', { richText: [{ text: 'Group ' }, { text: 'training', font: { bold: true } }] }, { formula: '"12 sessions"', result: '12 sessions' }, 'Confidence', 'Work']);
      ws.addRow(['', 'Coaching', '', 'Network', '']);
      ws.mergeCells('A2:A3');
    });
    const source = await open('model.xlsx', bytes);
    const result = ok(await importAuto(source));
    expect(byStage(result)).toEqual({ input: ['Staff'], action: ['Group training', 'Coaching'], intermediate: ['12 sessions'], outcome: ['Confidence', 'Network'], impact: ['Work'] });
    // The merged input cell counts on both rows it spans.
    expect(linkTitles(result)).toEqual(['Staff → Group training', 'Group training → 12 sessions', '12 sessions → Confidence', 'Confidence → Work', 'Staff → Coaching']);
    expect(result.cards[0]!.from).toEqual({ kind: 'cell', sheet: 'Logic model', row: 2, column: 1, header: 'Inputs' });
  });

  it('names the sheet in locations and skips cells that show an error', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Model');
      ws.addRow(['Input', 'Acties']);
      ws.addRow(['Geld', 'Training']);
      ws.getCell('B3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('A3').value = 'Vrijwilligers';
    });
    const result = ok(await importAuto(await open('model.xlsx', bytes)));
    expect(result.skipped.map((m) => describeImportMessage(m, 'nl'))).toEqual(['blad "Model", rij 3, kolom B ("Acties"): de cel toont een fout (#REF!) in plaats van een waarde']);
    expect(byStage(result).input).toEqual(['Geld', 'Vrijwilligers']);
  });

  it('chooses a sheet by name, and names the sheets when one is missing', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Eerste').addRow(['Input', 'Impact']);
      wb.getWorksheet('Eerste')!.addRow(['a', 'b']);
      wb.addWorksheet('Tweede').addRow(['Activiteiten']);
      wb.getWorksheet('Tweede')!.addRow(['c']);
    });
    const source = await open('model.xlsx', bytes);
    expect(byStage(ok(await importAuto(source, { sheet: 'Tweede' })))).toEqual({ action: ['c'] });
    expect(problemsOf(proposeSettings(source, { sheet: 'Derde' }))).toEqual(['there is no sheet "Derde"; the workbook has: "Eerste", "Tweede"']);
  });

  it('refuses what is not a workbook', async () => {
    expect(problemsOf(await openImport('model.xlsx', new TextEncoder().encode('Input,Impact\n')))).toEqual(['this is not an Excel workbook (.xlsx)']);
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]);
    expect(problemsOf(await openImport('model.xlsx', broken))[0]).toMatch(/^the Excel workbook cannot be read: /);
    expect(problemsOf(await openImport('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])))).toEqual(['this is not an Excel workbook (.xlsx)']);
  });
});

describe('bad spreadsheets', () => {
  it('an empty file', async () => {
    expect(problemsOf(await openImport('leeg.csv', new Uint8Array()), 'nl')).toEqual(['het bestand is leeg']);
  });
  it('binary data', async () => {
    expect(problemsOf(await openImport('x.csv', new Uint8Array([65, 0, 66])))).toEqual(['this is not a text file: it contains binary data']);
  });
  it('a quote that is never closed', async () => {
    expect(problemsOf(await openImport('x.csv', new TextEncoder().encode('Input,Impact\na,b\n"c,d\ne,f\n')))).toEqual([
      'row 3: a quote opens here and is never closed; everything after it would land in one cell',
    ]);
  });
  it('no column that names a stage', async () => {
    const source = await csv('Naam,Budget\nx,3\n');
    expect(problemsOf(await importAuto(source))).toEqual([
      'no column is mapped to a stage (Input, Actions, Intermediate results, Outcomes, Impact); choose a stage for at least one column',
    ]);
  });
  it('headers but no cards', async () => {
    expect(problemsOf(await importAuto(await csv('Input;Impact\n;\n;\n')), 'nl')).toEqual(['er staan geen kaarten in (alle fasekolommen zijn leeg)']);
  });
  it('a value under no header, a column with no stage to its left, a text over the limit', async () => {
    const long = 'x'.repeat(100_001);
    const result = ok(await importAuto(await csv(`Aanname,Input,Acties\nNone,Staff,${long}\nz,Money,Training,extra\n`)));
    expect(result.skipped.map((m) => describeImportMessage(m, 'en'))).toEqual([
      'column A ("Aanname"): there is no stage column to the left of this column, so what it holds belongs to no card (filled cells: 2)',
      'column D: the column has no header and is not imported (filled cells: 1)',
      'row 2, column C ("Acties"): the text is too long (100001 characters; the limit is 100000)',
    ]);
    expect(byStage(result)).toEqual({ input: ['Staff', 'Money'], action: ['Training'] });
  });
  it('reads a CSV saved as Windows-1252 by older Excel', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Acties;Effecten\nCre'), 0xeb, ...new TextEncoder().encode('ren;Zelfvertrouwen\n')]);
    expect(byStage(ok(await importAuto(await open('oud.csv', bytes))))).toEqual({ action: ['Creëren'], outcome: ['Zelfvertrouwen'] });
  });
  it('a leading blank row: the headers are on the first row with text', async () => {
    const sheet = readCsv('\n;;\nInput;Impact\na;b\n');
    if (!sheet.ok) throw new Error('csv');
    const plan = proposePlan(sheet.sheet);
    expect(plan.headerRow).toBe(3);
    const result = ok(importSheet(sheet.sheet, plan));
    expect(result.cards[0]!.from).toEqual({ kind: 'cell', row: 4, column: 1, header: 'Input' });
  });
});
