import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic } from './support/server';
import { launch, openApp } from './support/browser';
import { DIST, ROOT, menu, openFile } from './support/app';

const work = mkdtempSync(join(tmpdir(), 'werkzaam-interop-e2e-'));
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(DIST);
  context = await launch();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Drop a file on the window the way a person drags one in from the desktop. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type }));
      return dt;
    },
    { name, data: [...bytes], type },
  );
  await page.dispatchEvent('.app', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
}

const cardTitles = (page: Page) => page.locator('.card-node').allInnerTexts();

describe('import and the office exports in the app', () => {
  it('a CSV dropped on the window shows the preview; a corrected column mapping changes it; Import adds the cards as one step that Undo takes back', async () => {
    const { page, errors } = await openApp(context, server.url, { language: 'en' });
    expect(await page.locator('.card-node').count()).toBe(0);
    await dropFile(page, 'logicamodel-nl.csv', readFileSync(join(ROOT, 'test/fixtures/import/logicamodel-nl.csv')), 'text/csv');
    const dialog = page.getByRole('dialog', { name: 'Import: logicamodel-nl.csv' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toBe('14 cards, 11 links, 0 assumptions, 0 indicators');
    await expect.poll(() => dialog.locator('.import-skipped li').allInnerTexts()).toEqual([
      'column H ("Budget"): the column is not imported (filled cells: 1)',
      'row 5, column C ("Toelichting"): the cell in column "Activiteiten" of this row is empty, so this value belongs to no card',
    ]);
    // The "Toelichting" column holds activities here, not descriptions: say so.
    const role = dialog.getByRole('combobox', { name: 'Column C "Toelichting"' });
    expect(await role.inputValue()).toBe('description');
    await role.selectOption({ label: 'Actions' });
    await expect.poll(() => dialog.locator('.import-summary').innerText()).toBe('16 cards, 11 links, 0 assumptions, 0 indicators');
    const actions = dialog.locator('.import-stage.stage-action li');
    await expect.poll(() => actions.allInnerTexts()).toContain('Groepen van 10-15');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.locator('.card-node').count()).toBe(16);
    expect((await cardTitles(page)).join('\n')).toContain('Groepen van 10-15');
    // One undo step takes the whole import back.
    await menu(page, /^Edit$/, /^Undo/);
    await expect.poll(() => page.locator('.card-node').count()).toBe(0);
    await menu(page, /^Edit$/, /^Redo/);
    await expect.poll(() => page.locator('.card-node').count()).toBe(16);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a file that cannot be imported is named with its problem, and nothing changes', async () => {
    const { page, errors } = await openApp(context, server.url, { language: 'en' });
    await dropFile(page, 'budget.csv', Buffer.from('Naam;Budget\nx;3\n'), 'text/csv');
    const dialog = page.getByRole('dialog', { name: 'Import: budget.csv' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('no column is mapped to a stage');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.card-node').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('File ▸ Import… takes a Kumu file; File ▸ Export as Word and as Excel download a report and a workbook', async () => {
    const first = await openApp(context, server.url, { language: 'en' });
    const page0 = first.page;
    const [chooser] = await Promise.all([page0.waitForEvent('filechooser'), menu(page0, /^File$/, /^Import…/)]);
    await chooser.setFiles(join(ROOT, 'test/fixtures/import/kumu-backup.json'));
    const dialog = page0.getByRole('dialog', { name: 'Import: kumu-backup.json' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'As a new theory' }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page0.locator('.card-node').count()).toBe(5);
    expect((await cardTitles(page0)).join('\n')).toContain('Werkgeversnetwerk');
    expect(first.errors).toEqual([]);
    await page0.close();

    const { page, errors } = await openApp(context, server.url, { language: 'en' });
    await openFile(page, join(ROOT, 'test/fixtures/valid/kdg-aio.werkzaam'));
    await page.waitForSelector('.card-node');
    const exported = async (item: RegExp, file: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 90_000 }),
        (async () => {
          await menu(page, /^File$/, item);
          await page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
        })(),
      ]);
      const path = join(work, file);
      await download.saveAs(path);
      return readFileSync(path);
    };
    const docx = await exported(/^Export as Word/, 'report.docx');
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('Ondersteuningsnetwerken en empowerment (AIO-model)');
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.*\.png$/.test(f))).toBe(true);

    const xlsx = await exported(/^Export as Excel/, 'theory.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theorie', 'Kaarten', 'Verbindingen', 'Indicatoren', 'Aannames']);
    expect(wb.getWorksheet('Kaarten')!.getCell('C2').value).toBe('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
