import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic } from './support/server';
import { launch, openApp } from './support/browser';
import { menu as chooseMenu, openFile } from './support/app';

const root = join(__dirname, '../..');
const seed = join(root, 'test/fixtures/valid/kdg-aio.werkzaam');
const work = mkdtempSync(join(tmpdir(), 'werkzaam-export-'));
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveStatic(join(root, 'dist/renderer'));
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

async function exported(item: RegExp, file: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), menu(/^File$/, item)]);
  const path = join(work, file);
  await download.saveAs(path);
  return readFileSync(path);
}

describe('exports from the app', () => {
  it('Export as PDF builds the funder report (in a worker) and downloads it', async () => {
    const pdf = await exported(/^Export as PDF/, 'report.pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [join(work, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Ondersteuningsnetwerken en empowerment (AIO-model)');
    expect(text).toContain('Toelichting per fase'); // the theory's own language (nl)
    expect(errors).toEqual([]);
  });

  it('Export as SVG and PNG give the diagram', async () => {
    const svg = (await exported(/^Export as SVG/, 'diagram.svg')).toString('utf8');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Zelfvertrouwen en zelfeffectiviteit');
    const png = await exported(/^Export as PNG/, 'diagram.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(400);
  });

  it('Export as JSON is the file format itself', async () => {
    const json = JSON.parse((await exported(/^Export as JSON/, 'theory.json')).toString('utf8'));
    expect(json.format).toBe('werkzaam');
    expect(json.theory.cards).toHaveLength(17);
  });
});
