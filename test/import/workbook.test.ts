import { describe, expect, it } from 'vitest';
import { openImportFiles, proposeSettings, runImport } from '../../shared/import/index';
import { describeImportMessage } from '../../shared/i18n/import';
import { ok, problemsOf } from './support';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
async function importFiles(files: { name: string; bytes: Uint8Array }[]) {
  const opened = await openImportFiles(files);
  if (!opened.ok) return opened;
  expect(opened.source.kind).toBe('workbook');
  const proposed = proposeSettings(opened.source);
  if (!proposed.ok) throw new Error('settings');
  return runImport(opened.source, proposed.settings);
}

describe("Werkzaam's own workbook, read back", () => {
  it('recognises sheets by their headers in either language and any column order', async () => {
    const result = ok(
      await importFiles([
        file('mijn kaarten.csv', 'Title,Id,Stage,Position y,Position x,AIO elements\nTraining,k1,Acties,10,20,Integrale aanpak; netwerk\nWerk,k2,impact,0,0,\n'),
        file('x.csv', 'Id,Van,Naar,Onderbouwing,Aannames\nv1,k1,k2,Omdat,a1\n'),
        file('y.csv', 'Id,Aanname,Status,Soort\na1,Er is tijd,Bevestigd,Externe factor\n'),
        file('z.csv', 'Kaart,Naam,Streefwaarde\nk2,Aantal aan het werk,40\n'),
        file('t.csv', 'Field,Value\nTitle,Mijn theorie\nAuthors,"An\nBen"\nLanguage of the theory,English\n'),
      ]),
    );
    expect(result.format).toBe('werkzaam-workbook');
    expect(result.theory).toEqual({ title: 'Mijn theorie', authors: ['An', 'Ben'], language: 'en' });
    expect(result.cards.map((c) => [c.id, c.stage, c.title, c.aio, c.position])).toEqual([
      ['k1', 'action', 'Training', ['integraal', 'netwerk'], { x: 20, y: 10 }],
      ['k2', 'impact', 'Werk', [], { x: 0, y: 0 }],
    ]);
    expect(result.links).toEqual([expect.objectContaining({ id: 'v1', from: 'k1', to: 'k2', rationale: 'Omdat', assumptions: ['a1'] })]);
    expect(result.assumptions).toEqual([expect.objectContaining({ id: 'a1', text: 'Er is tijd', status: 'confirmed', kind: 'external' })]);
    expect(result.cards[1]!.indicators).toEqual([{ name: 'Aantal aan het werk', target: '40' }]);
  });

  it('skips bad rows and says why, row by row', async () => {
    const result = ok(
      await importFiles([
        file('cards.csv', 'Id,Fase,Titel\nk1,Acties,A\nk1,Impact,Twice\n,Impact,No id\nk 3,Impact,Bad id\nk4,Later,Bad stage\nk5,,No stage\nk6,Impact,B\n'),
        file('links.csv', 'Id,Van,Naar,Aannames\nl1,k1,k6,a9\nl2,k1,nope\nl3,k6,k6\nl4,k1,k6\n'),
        file('indicators.csv', 'Kaart,Naam\nk9,Orphan\n'),
      ]),
    );
    expect(result.skipped.map((m) => describeImportMessage(m, 'en'))).toEqual([
      'row 3, column A ("Id"): the id "k1" is already in row 2; this row is skipped',
      'row 4, column A ("Id"): this cell is required and empty; the row is skipped',
      'row 5, column A ("Id"): "k 3" is not a valid id; the row is skipped',
      'row 6, column B ("Fase"): "Later" is not a stage; expected one of input, action, intermediate, outcome, impact',
      'row 7, column B ("Fase"): this cell is required and empty; the row is skipped',
      'row 3, column C ("Naar"): there is no card "nope" on the cards sheet; the row is skipped',
      'row 4: the connection runs from an element to itself and is skipped',
      'row 5: these two elements are already connected by 2; the connections are merged',
      'row 2, column A ("Kaart"): there is no card "k9" on the cards sheet; the row is skipped',
    ]);
    expect(result.notes.map((m) => describeImportMessage(m, 'nl'))).toEqual(['rij 2, kolom D ("Aannames"): er is geen aanname "a9" op het blad met aannames']);
    expect(result.cards.map((c) => c.id)).toEqual(['k1', 'k6']);
  });

  it('several files that are not a Werkzaam workbook are refused', async () => {
    expect(problemsOf(await openImportFiles([file('a.csv', 'Input\nx\n'), file('b.csv', 'Impact\ny\n')]))).toEqual([
      'several files at once only go together as the CSV files of a Werkzaam workbook (cards, links, indicators, assumptions); choose one file',
    ]);
    expect(problemsOf(await openImportFiles([file('a.csv', 'Input\nx\n'), file('b.json', '{}')]))[0]).toMatch(/^several files/);
  });
});
