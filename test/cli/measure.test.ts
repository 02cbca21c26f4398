import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { loadDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { measurementsToCsv } from '../../shared/import/measurements';

let dir: string;
let theory: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkzaam-measure-'));
  const e = new Editor(emptyDocument('nl'));
  e.run('addCard', { stage: 'outcome', title: 'Intrapersoonlijk', position: { x: 1000, y: 100 } });
  e.run('addCard', { stage: 'outcome', title: 'Gedrag', position: { x: 1000, y: 300 } });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'Zelfvertrouwen', target: '4' } });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'Deelname' } });
  e.run('addIndicator', { cardId: 'c2', indicator: { name: 'Deelname' } });
  theory = join(dir, 'theorie.werkzaam');
  writeFileSync(theory, serializeDocument(e.document));
});
const csv = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const measurements = (file: string, card: string, i = 0) => loadDocument(readFileSync(file, 'utf8')).theory.cards[card]!.indicators[i]!.measurements;

describe('werkzaam measure (#11)', () => {
  it('adds the rows of a Dutch CSV (";", decimal comma) and says what it wrote', async () => {
    const file = csv('metingen.csv', 'indicator;datum;waarde;n;toelichting;soort\nZelfvertrouwen;2024-01;3,1;42;voor de start;nulmeting\nZelfvertrouwen;2025-Q1;3,6;35;;vervolgmeting\nc2-i1;2025;12;;;\n');
    const out = join(dir, 'gemeten.werkzaam');
    const r = await cli('measure', theory, '--csv', file, '--out', out);
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out).toEqual([`${out}: 3 measurements for 2 indicators`]);
    expect(measurements(out, 'c1').map((m) => [m.id, m.date, m.value, m.n, m.note, m.kind])).toEqual([
      ['c1-i1-m1', '2024-01', '3.1', 42, 'voor de start', 'baseline'],
      ['c1-i1-m2', '2025-Q1', '3.6', 35, '', 'followUp'],
    ]);
    expect(measurements(out, 'c2').map((m) => m.value)).toEqual(['12']);
    // The input is left as it was.
    expect(measurements(theory, 'c1')).toEqual([]);
  });

  it('with a bad row: names each as file:row:column, writes nothing and exits 1', async () => {
    const file = csv('fout.csv', 'indicator,date,value,n\nZelfvertrouwen,2024-01,3.1,\nOnbekend,2024-02,3,\nDeelname,2024-03,3,\nZelfvertrouwen,maart,3,\nZelfvertrouwen,2024-04,3,veel\n');
    const out = join(dir, 'uit.werkzaam');
    const r = await cli('measure', theory, '--csv', file, '--out', out);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      `${file}:3:1: row 3, column A ("indicator"): the theory has no indicator named or with the id "Onbekend"`,
      `${file}:4:1: row 4, column A ("indicator"): the name "Deelname" belongs to more than one indicator: 4.1 Intrapersoonlijk – Deelname (c1-i2); 4.2 Gedrag – Deelname (c2-i1); use the indicator's id`,
      `${file}:5:2: row 5, column B ("date"): "maart" is not a date or period; write 2025-03-10, 10-3-2025, 2025-03, 2025-Q1, 2025-H1 or 2025`,
      `${file}:6:4: row 6, column D ("n"): "veel" is not a number of respondents: write a whole number (0 or more), or leave the cell empty`,
      `${file}: 4 bad rows; nothing written (--skip-bad adds the 1 good rows)`,
    ]);
    // In Dutch with --lang nl.
    const nl = await cli('measure', theory, '--csv', file, '--out', out, '--lang', 'nl');
    expect(nl.err[0]).toBe(`${file}:3:1: rij 3, kolom A ("indicator"): de theorie heeft geen indicator met de naam of het id "Onbekend"`);
    expect(nl.err.at(-1)).toBe(`${file}: 4 rijen zijn niet goed; niets geschreven (--skip-bad voegt de 1 goede rijen toe)`);
    expect(existsSync(out)).toBe(false);
  });

  it('--skip-bad adds the good rows and still names the bad ones', async () => {
    const file = csv('half.csv', 'indicator,date,value\nZelfvertrouwen,2024-01,3.1\nOnbekend,2024-02,3\n');
    const out = join(dir, 'half.werkzaam');
    const r = await cli('measure', theory, '--csv', file, '--out', out, '--skip-bad');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([`${file}:3:1: row 3, column A ("indicator"): the theory has no indicator named or with the id "Onbekend"`]);
    expect(r.out).toEqual([`${out}: 1 measurement for 1 indicator; 1 row skipped`]);
    expect(measurements(out, 'c1').map((m) => m.value)).toEqual(['3.1']);
  });

  it('a file it cannot use: missing columns, no good row even with --skip-bad', async () => {
    const noDate = csv('kolommen.csv', 'indicator,value\nZelfvertrouwen,3\n');
    const out = join(dir, 'x.werkzaam');
    const r = await cli('measure', theory, '--csv', noDate, '--out', out);
    expect(r).toMatchObject({ code: 1, err: [`${noDate}: the columns date are missing (indicator, date and value are needed; found: indicator, value)`] });
    const allBad = csv('allbad.csv', 'indicator,date,value\nOnbekend,2024,3\n');
    const s = await cli('measure', theory, '--csv', allBad, '--out', out, '--skip-bad');
    expect(s.code).toBe(1);
    expect(s.err.at(-1)).toBe(`${allBad}: no row is good; nothing written`);
    expect(existsSync(out)).toBe(false);
    const missing = await cli('measure', theory, '--csv', join(dir, 'nergens.csv'), '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/nergens\.csv: /);
  });

  it('writes back over the theory it read, but over another existing file only with --force; asks for --csv and --out', async () => {
    const file = csv('m.csv', 'indicator,date,value\nc1-i1,2024,3\n');
    expect((await cli('measure', theory, '--csv', file, '--out', theory)).code).toBe(0);
    expect(measurements(theory, 'c1').map((m) => m.value)).toEqual(['3']);
    const other = join(dir, 'other.werkzaam');
    writeFileSync(other, 'keep');
    const refused = await cli('measure', theory, '--csv', file, '--out', other);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([`${other}: the file already exists (use --force to overwrite it)`]);
    expect(readFileSync(other, 'utf8')).toBe('keep');
    expect((await cli('measure', theory, '--csv', file, '--out', other, '--force')).code).toBe(0);
    expect(measurements(other, 'c1').map((m) => m.value)).toEqual(['3', '3']);
    const usage = await cli('measure', theory, '--out', other);
    expect(usage.code).toBe(1);
    expect(usage.err[0]).toBe('werkzaam measure: missing --csv <file>');
  });

  it('reads back what measurementsToCsv writes (Windows-1252 too)', async () => {
    const first = join(dir, 'first.werkzaam');
    await cli('measure', theory, '--csv', csv('a.csv', 'indicator;datum;waarde;toelichting\nc1-i1;2024;3,5;één\nc2-i1;2025-H1;goed;\n'), '--out', first);
    const exported = measurementsToCsv(loadDocument(readFileSync(first, 'utf8')));
    const again = join(dir, 'again.werkzaam');
    const r = await cli('measure', theory, '--csv', csv('b.csv', exported), '--out', again);
    expect(r.code).toBe(0);
    expect(loadDocument(readFileSync(again, 'utf8')).theory.cards).toEqual(loadDocument(readFileSync(first, 'utf8')).theory.cards);
    // Older Dutch Excel writes Windows-1252: "één" is read as it was meant.
    const latin = join(dir, 'latin.csv');
    writeFileSync(latin, Buffer.from('indicator;datum;waarde;toelichting\nc1-i1;2024;3;\xe9\xe9n\n', 'latin1'));
    const l = join(dir, 'latin.werkzaam');
    expect((await cli('measure', theory, '--csv', latin, '--out', l)).code).toBe(0);
    expect(measurements(l, 'c1')[0]!.note).toBe('één');
  });
});
