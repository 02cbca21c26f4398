import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { loadDocument } from '../../shared/format/parse';
import { essentials } from '../export/roundtrip';
import JSZip from 'jszip';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { serializeDocument } from '../../shared/format/serialize';

const fixtures = join(__dirname, '../fixtures');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkzaam-interop-cli-'));
});
const read = (file: string) => loadDocument(readFileSync(file, 'utf8'));

describe('werkzaam import', () => {
  it('matches headers automatically and prints the mapping it used, then what it skipped', async () => {
    const out = join(dir, 'model.werkzaam');
    const r = await cli('import', join(fixtures, 'import/logicamodel-nl.csv'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      'shape: one column per stage; headers in row 1',
      'column A "Middelen" → Input (matched "middelen")',
      'column B "Activiteiten" → Actions (matched "activiteiten")',
      'column C "Toelichting" → Description of the card to its left (matched "toelichting")',
      'column D "Tussenresultaten" → Intermediate results (matched "tussenresultaten")',
      'column E "Korte termijn" → Outcomes (matched "korte termijn")',
      'column F "Middellange termijn" → Outcomes (matched "middellange termijn")',
      'column G "Lange termijn" → Impact (matched "lange termijn")',
      'column H "Budget" → Do not import',
      `${out}: 14 cards, 11 links, 0 assumptions, 0 indicators`,
    ]);
    expect(r.err[0]).toMatch(/logicamodel-nl\.csv: skipped: column H \("Budget"\): the column is not imported \(filled cells: 1\)$/);
    const theory = read(out).theory;
    expect(theory.title).toBe('logicamodel-nl');
    expect(Object.keys(theory.cards)).toHaveLength(14);
  });

  it('takes --map (by header or column letter), --shape and --lang', async () => {
    const out = join(dir, 'mapped.werkzaam');
    const r = await cli('import', join(fixtures, 'import/logicamodel-nl.csv'), '--out', out, '--map', 'B=negeer, Toelichting=action', '--lang', 'nl');
    expect(r.code).toBe(0);
    expect(r.out).toContain('kolom C "Toelichting" → Acties (zelf gekozen)');
    const titles = Object.values(read(out).theory.cards).filter((c) => c.stage === 'action').map((c) => c.title);
    expect(titles).toEqual(['Groepen van 10-15', 'Alleen toelichting']);
    const paths = await cli('import', join(fixtures, 'import/logicamodel-nl.csv'), '--out', join(dir, 'paths.werkzaam'), '--shape', 'paths');
    expect(paths.out[0]).toBe('shape: one causal path per row; headers in row 1');
  });

  it('maps Kumu element types with --map', async () => {
    const out = join(dir, 'kumu.werkzaam');
    const r = await cli('import', join(fixtures, 'import/kumu-blueprint-ids.json'), '--out', out, '--map', 'Goal=auto,Outcome=intermediate');
    expect(r.code).toBe(0);
    expect(r.out.slice(0, 4)).toEqual(['type "Input" (1) → Input', 'type "Activity" (2) → Actions', 'type "Outcome" (1) → Intermediate results', 'type "Goal" (1) → by the connections']);
    expect(Object.values(read(out).theory.cards).map((c) => c.stage)).toEqual(['input', 'action', 'action', 'intermediate', 'impact']);
  });

  it('refuses a bad map, a bad shape, a missing sheet and a bad file, each with its message', async () => {
    const csv = join(fixtures, 'import/logicamodel-nl.csv');
    const out = join(dir, 'never.werkzaam');
    const bad = await cli('import', csv, '--out', out, '--map', 'Budget=money');
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toBe('werkzaam import: --map: "money" is not a role; use one of input, action, intermediate, outcome, impact, description, indicator, assumption, external, rationale, ignore');
    expect((await cli('import', csv, '--out', out, '--map', 'Nope')).err[0]).toBe('werkzaam import: --map: "Nope" should be Header=role');
    expect((await cli('import', csv, '--out', out, '--shape', 'rows')).err[0]).toBe('werkzaam import: --shape must be columns or paths');
    const empty = join(dir, 'leeg.csv');
    writeFileSync(empty, '');
    const r = await cli('import', empty, '--out', out, '--lang', 'nl');
    expect(r).toMatchObject({ code: 1, err: [`${empty}: het bestand is leeg`] });
    expect((await cli('import', join(dir, 'missing.csv'), '--out', out)).err[0]).toBe(`${join(dir, 'missing.csv')}: the file does not exist`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('werkzaam export --docx / --xlsx / --csv', () => {
  it('writes the Word report', async () => {
    const out = join(dir, 'kdg.docx');
    const r = await cli('export', join(fixtures, 'valid/kdg-aio.werkzaam'), '--docx', out, '--lang', 'en');
    expect(r).toMatchObject({ code: 0, err: [] });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  }, 60_000);

  it('leaves the open chain checks out of the Word report unless --checks is given, as the PDF does', async () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'Staff' });
    const theory = join(dir, 'unlinked.werkzaam');
    writeFileSync(theory, serializeDocument(e.document));
    const documentXml = async (...flags: string[]) => {
      const out = join(dir, `unlinked${flags.join('')}.docx`);
      expect(await cli('export', theory, '--docx', out, '--lang', 'en', ...flags)).toMatchObject({ code: 0, err: [] });
      return (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    };
    expect(await documentXml()).not.toContain('Open chain checks');
    expect(await documentXml('--checks')).toContain('Open chain checks');
  }, 60_000);

  it('puts the sticky notes in the PDF and Word report only with --notes, as the app\'s export dialog does', async () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'Staff' });
    e.run('addNote', { text: 'Ask the funder about the pilot' });
    const theory = join(dir, 'with-note.werkzaam');
    writeFileSync(theory, serializeDocument(e.document));
    const documentXml = async (...flags: string[]) => {
      const out = join(dir, `with-note${flags.join('')}.docx`);
      expect(await cli('export', theory, '--docx', out, '--lang', 'en', ...flags)).toMatchObject({ code: 0, err: [] });
      return (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    };
    expect(await documentXml()).not.toContain('Ask the funder about the pilot');
    const xml = await documentXml('--notes');
    expect(xml).toContain('Parking lot (sticky notes)');
    expect(xml).toContain('Ask the funder about the pilot');
    const pdf = join(dir, 'with-note.pdf');
    expect(await cli('export', theory, '--pdf', pdf, '--lang', 'en', '--notes')).toMatchObject({ code: 0, err: [] });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await cli('export', theory, '--svg', join(dir, 'n.svg'), '--notes')).code).toBe(1);
  }, 60_000);

  it('writes the workbook and the CSV files, which import back to the same theory', async () => {
    const theory = join(fixtures, 'valid/kdg-aio.werkzaam');
    const xlsx = join(dir, 'kdg.xlsx');
    const csvDir = join(dir, 'kdg-csv');
    const r = await cli('export', theory, '--xlsx', xlsx, '--csv', csvDir, '--separator', ';');
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(readdirSync(csvDir).sort()).toEqual(['assumptions.csv', 'cards.csv', 'indicators.csv', 'links.csv', 'theory.csv']);
    expect(readFileSync(join(csvDir, 'cards.csv'), 'utf8')).toMatch(/^\uFEFFId;Fase;Titel;/);
    for (const [source, name] of [[xlsx, 'from-xlsx'], [csvDir, 'from-csv']] as const) {
      const back = join(dir, `${name}.werkzaam`);
      const imported = await cli('import', source, '--out', back);
      expect(imported.code).toBe(0);
      expect(imported.out[0]).toBe('Werkzaam workbook: sheets and columns recognised by their headers');
      expect(essentials(read(back))).toEqual(essentials(read(theory)));
    }
  });

  it('refuses a --separator other than , or ;, and a CSV folder that is a file', async () => {
    const theory = join(fixtures, 'valid/kdg-aio.werkzaam');
    expect((await cli('export', theory, '--csv', join(dir, 'c'), '--separator', '\t')).err[0]).toBe('werkzaam export: --separator must be , or ;');
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect((await cli('export', theory, '--csv', file)).err).toEqual([`${file}: this is a file, not a folder`]);
  });
});
