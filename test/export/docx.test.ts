import { describe, expect, it, beforeAll } from 'vitest';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocument } from '../../shared/format/parse';
import type { WerkzaamDocument } from '../../shared/model';
import { buildDocx } from '../../shared/report/docx/index';
import { buildReportModel } from '../../shared/report/build';
import { createPdfTarget } from '../../shared/report/pdf/render';
import { loadReportFonts } from '../../electron/node/fonts';
import { nodeRasteriser } from '../../electron/node/rasterise';
import { convertWithLibreOffice } from '../support/libreoffice';

const fonts = loadReportFonts();
const date = new Date('2026-03-01T10:00:00Z');
const kdg = (): WerkzaamDocument => loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const xmlText = (xml: string) => xml.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let docx: Uint8Array;
let zip: JSZip;
let documentXml: string;
beforeAll(async () => {
  docx = await buildDocx(kdg(), fonts, nodeRasteriser(fonts), { date, includeChecks: true });
  zip = await JSZip.loadAsync(docx);
  documentXml = await zip.file('word/document.xml')!.async('string');
}, 60_000);

/** Texts of the paragraphs with a given style, in order. */
function styled(xml: string, style: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? []) {
    if (!p.includes(`<w:pStyle w:val="${style}"/>`)) continue;
    out.push(xmlText([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
  }
  return out;
}

describe('the Word report', () => {
  it('has the report model\'s sections as Heading 1 and its stage headings as Heading 2, and a contents field', () => {
    const model = buildReportModel(kdg(), { date, includeChecks: true, measure: createPdfTarget(fonts).measure });
    expect(styled(documentXml, 'Heading1')).toEqual(model.sections.map((s) => s.title));
    const level2 = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
    expect(level2.length).toBeGreaterThan(4);
    expect(styled(documentXml, 'Heading2')).toEqual(level2);
    expect(styled(documentXml, 'Title')).toEqual([kdg().theory.title]);
    expect(xmlText(documentXml)).toContain('<w:instrText xml:space="preserve">TOC \\h \\o "1-2"</w:instrText>');
  });

  it('puts the indicators, assumptions and coverage in real Word tables, and the diagram in an image with alt text', () => {
    const tables = documentXml.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const doc = kdg();
    const descr = /<wp:docPr [^>]*descr="([^"]*)"/.exec(documentXml)?.[1];
    expect(descr).toBeDefined();
    for (const card of Object.values(doc.theory.cards)) expect(xmlText(descr!)).toContain(card.title);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).sort()).toEqual([expect.stringMatching(/\.png$/), expect.stringMatching(/\.svg$/)].sort());
  });

  it('sets title and author in the document properties and the theory\'s language on the text', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string');
    const doc = kdg();
    expect(xmlText(/<dc:title>([^<]*)<\/dc:title>/.exec(core)![1]!)).toBe(doc.theory.title);
    expect(xmlText(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)![1]!)).toBe(doc.theory.authors.join(', '));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    const english = await JSZip.loadAsync(await buildDocx(doc, fonts, nodeRasteriser(fonts), { date, language: 'en' }));
    expect(await english.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="en-GB"/>');
  });

  it('is read by LibreOffice: every card title, indicator and assumption is in the text, the diagram and indicators on landscape pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-docx-'));
    const file = join(dir, 'kdg.docx');
    writeFileSync(file, docx);
    const [pdf] = convertWithLibreOffice(file, 'pdf', dir).filter((f) => f.endsWith('.pdf'));
    const text = words(spawnSync('pdftotext', [pdf!, '-'], { encoding: 'utf8' }).stdout);
    const doc = kdg();
    const cards = Object.values(doc.theory.cards);
    for (const card of cards) expect(text).toContain(words(card.title));
    for (const indicator of cards.flatMap((c) => c.indicators)) expect(text).toContain(words(indicator.name));
    for (const assumption of Object.values(doc.theory.assumptions)) expect(text).toContain(words(assumption.text));
    expect(text).toContain(doc.theory.title);
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf!], { encoding: 'utf8' }).stdout;
    const sizes = [...info.matchAll(/Page +(\d+) size: +([\d.]+) x ([\d.]+)/g)].map((m) => (Number(m[2]) > Number(m[3]) ? 'landscape' : 'portrait'));
    expect(sizes[0]).toBe('portrait');
    expect(sizes).toContain('landscape');
    const images = spawnSync('pdfimages', ['-list', pdf!], { encoding: 'utf8' }).stdout;
    expect(images).toMatch(/\n\s+\d+\s+0 image/);
  }, 120_000);
});
