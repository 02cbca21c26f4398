import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic } from './support/server';
import { launch, openApp } from './support/browser';
import { DIST, menu as chooseMenu, openFile } from './support/app';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { serializeDocument } from '../../shared/format/serialize';
import { generateTheory } from '../bench/generate';
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE } from '../../renderer/export/rasterLimits';

const root = join(__dirname, '../..');
const seed = join(root, 'test/fixtures/valid/kdg-aio.werkzaam');
const work = mkdtempSync(join(tmpdir(), 'werkzaam-export-'));
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveStatic(DIST);
  context = await launch();
  ({ page, errors } = await openApp(context, server.url, { language: 'en' }));
  await openFile(page, seed);
  await page.waitForSelector('.card-node');
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

const menu = (name: RegExp, item: RegExp) => chooseMenu(page, name, item);

/** Choose an export from the File menu; `choose` fills in the export dialog before Export is pressed. */
async function exported(item: RegExp, file: string, choose?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, timeout = 60_000): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    (async () => {
      await menu(/^File$/, item);
      if (item.source.includes('JSON')) return;
      const dialog = page.getByRole('dialog');
      await choose?.(dialog);
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    })(),
  ]);
  const path = join(work, file);
  await download.saveAs(path);
  return readFileSync(path);
}

describe('exports from the app', () => {
  it('Export as PDF asks for the language and the checks section, builds the report (in a worker) and downloads it', async () => {
    await menu(/^File$/, /^Export as PDF/);
    const dialog = page.getByRole('dialog', { name: 'Funder report (PDF)' });
    // Defaults: the theory's own language; the open checks (working notes) left out of a funder report.
    // Cancel leaves everything as it was.
    expect(await dialog.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('nl');
    expect(await dialog.getByRole('checkbox', { name: 'Include the open chain checks' }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const pdf = await exported(/^Export as PDF/, 'report.pdf', async (d) => {
      await d.getByRole('combobox', { name: 'Language' }).selectOption('en');
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [join(work, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Ondersteuningsnetwerken en empowerment (AIO-model)');
    expect(text).toContain('Narrative per stage');
    expect(text).not.toContain('Open chain checks');
    // Chosen, the checks go in.
    await exported(/^Export as PDF/, 'report-checks.pdf', async (d) => {
      await d.getByRole('checkbox', { name: 'Include the open chain checks' }).check();
    });
    const withChecks = execFileSync('pdftotext', [join(work, 'report-checks.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(withChecks).toContain('Openstaande ketencontroles');
    expect(errors).toEqual([]);
  });

  it('Export as SVG and PNG give the diagram, of the whole theory or of what is on screen', async () => {
    const svg = (await exported(/^Export as SVG/, 'diagram.svg')).toString('utf8');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Zelfvertrouwen en zelfeffectiviteit');
    const whole = await exported(/^Export as PNG/, 'diagram.png');
    expect(whole.subarray(1, 4).toString()).toBe('PNG');
    expect(whole.readUInt32BE(16)).toBeGreaterThan(400);
    // Zoomed in on a corner, "what is on screen" is a different picture from the whole theory.
    await page.keyboard.press('Escape');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^Zoom in$/i }).first().click();
    const view = await exported(/^Export as PNG/, 'view.png', async (d) => d.getByRole('radio', { name: 'What is on screen now' }).check());
    expect(view.subarray(1, 4).toString()).toBe('PNG');
    expect([view.readUInt32BE(16), view.readUInt32BE(20)]).not.toEqual([whole.readUInt32BE(16), whole.readUInt32BE(20)]);
  });

  it('Export as JSON is the file format itself', async () => {
    const json = JSON.parse((await exported(/^Export as JSON/, 'theory.json')).toString('utf8'));
    expect(json.format).toBe('werkzaam');
    expect(json.theory.cards).toHaveLength(17);
  });

  it('a theory in Tigrinya, Chinese and Hebrew exports a PDF with all three, and names the emoji it could not print', async () => {
    const e = new Editor(emptyDocument('nl'));
    e.run('updateTheory', { changes: { title: 'Meertalig' } });
    e.run('addCard', { stage: 'input', title: 'ሓገዝ ንስራሕ' });
    e.run('addCard', { stage: 'action', title: '就业支持与社会融合' });
    e.run('addCard', { stage: 'outcome', title: 'תמיכה בעבודה 🎉' });
    const file = join(work, 'meertalig.werkzaam');
    writeFileSync(file, serializeDocument(e.document));
    await openFile(page, file);
    await page.getByText('ሓገዝ ንስራሕ').first().waitFor();
    await exported(/^Export as PDF/, 'meertalig.pdf');
    // The emoji is named in a notice, which goes after 4 s: looked for before the slower checks.
    await expect.poll(() => page.getByText(/no font in Werkzaam has 🎉|Geen lettertype van Werkzaam heeft 🎉/i).count()).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(work, 'meertalig.pdf'), '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
    for (const title of ['ሓገዝ ንስራሕ', '就业支持与社会融合', 'תמיכה בעבודה']) expect(text).toContain(title);
    // The bundled fallback fonts went in (only these).
    const fonts = execFileSync('pdffonts', [join(work, 'meertalig.pdf')], { encoding: 'utf8' });
    expect(fonts).toContain('NotoSansEthiopic');
    expect(fonts).toContain('DroidSansFallback');
    expect(fonts).not.toContain('Devanagari');
    expect(errors).toEqual([]);
  });

  it('a PNG of 3,000 cards, too tall for a canvas at 2×, is made as large as a canvas allows and says so', async () => {
    // 72,234 px tall at 1×: at 2× (the default) no browser canvas holds it, and the export
    // used to end in "Could not encode the PNG" after minutes of drawing dashes.
    const file = join(work, 'groot.werkzaam');
    writeFileSync(file, serializeDocument(generateTheory(3000)));
    await openFile(page, file);
    await page.waitForSelector('.react-flow__node-card');
    const png = await exported(/^Export as PNG/, 'groot.png', undefined, 150_000);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(height).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    expect(width * height).toBeLessThanOrEqual(CANVAS_MAX_AREA);
    // As large as fits: the full height of a canvas (1,636 × 72,234 at 1× → about 0.9×).
    expect(height).toBeGreaterThan(CANVAS_MAX_SIDE - 2);
    expect(width).toBeGreaterThan(1400);
    await expect.poll(() => page.getByText(/too large for a PNG at 200%: the PNG was made at 90% \(1,484 × 65,535 pixels\)/).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
