import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { buildReport } from '../../shared/report/index';
import { Editor } from '../../shared/editor';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { loadDocument } from '../../shared/format/parse';
import { loadReportFonts } from '../../electron/node/fonts';
import { generateTheory } from '../bench/generate';
import { fitWithEllipsis } from '../../shared/report/clip';

const fonts = loadReportFonts();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkzaam-report-'));
});

function render(doc: WerkzaamDocument, name: string, options: Parameters<typeof buildReport>[2] = {}) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, buildReport(doc, fonts, { date: new Date('2026-03-01'), ...options }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return { file, text, flat: text.replace(/\s+/g, ' '), info, pages };
}

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word on every page with its box, from pdftotext -bbox (points, origin top left). */
function words(file: string): { width: number; height: number; words: Word[] }[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, w, h, body]) => ({
    width: Number(w),
    height: Number(h),
    words: [...body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5]!,
    })),
  }));
}

/** Pairs of words on one page whose boxes overlap by more than a sliver (text drawn over text). */
function overlaps(page: { words: Word[] }): string[] {
  const found: string[] = [];
  const ws = page.words;
  for (let i = 0; i < ws.length; i++) {
    for (let j = i + 1; j < ws.length; j++) {
      const a = ws[i]!;
      const b = ws[j]!;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 0.8 && dy > 1.5) found.push(`"${a.text}" × "${b.text}"`);
    }
  }
  return found;
}

/** Text lies inside the page, is at least 6 pt, and no two words overlap. */
function expectTidy(file: string): void {
  for (const [i, page] of words(file).entries()) {
    for (const w of page.words) {
      expect(w.x0, `page ${i + 1}: "${w.text}"`).toBeGreaterThanOrEqual(0);
      expect(w.x1, `page ${i + 1}: "${w.text}"`).toBeLessThanOrEqual(page.width + 0.5);
      expect(w.y1, `page ${i + 1}: "${w.text}"`).toBeLessThanOrEqual(page.height + 0.5);
      // pdftotext boxes are 1.164 × the font size for DejaVu Sans: nothing is set below 6 pt.
      expect(w.y1 - w.y0, `page ${i + 1}: "${w.text}" is smaller than 6 pt`).toBeGreaterThanOrEqual(6 * 1.16);
    }
    expect(overlaps(page), `page ${i + 1}`).toEqual([]);
  }
}

function small(): WerkzaamDocument {
  const e = new Editor(emptyDocument('nl'));
  e.run('updateTheory', { changes: { title: 'Groepsaanpak Łódź', organisation: 'Stichting Çalışkan', authors: ['Zoë Brontë', 'Paweł Nowak'], revision: '2.1', description: 'Korte samenvatting.' } });
  e.run('addCard', { stage: 'input', title: 'Trainers', aio: ['arbeidsmatig'] });
  e.run('addCard', { stage: 'action', title: 'Groepstraining', aio: ['integraal', 'netwerk'] });
  e.run('addCard', { stage: 'intermediate', title: 'Twaalf sessies' });
  e.run('addCard', { stage: 'outcome', title: 'Meer zelfvertrouwen', description: 'Kracht van binnenuit.' });
  e.run('addCard', { stage: 'impact', title: 'Duurzaam werk' });
  e.run('connect', { from: 'c1', to: 'c2', rationale: 'Trainers geven de training' });
  e.run('connect', { from: 'c2', to: 'c3', rationale: 'Elke week een sessie', evidence: 'Inholland 2022' });
  e.run('connect', { from: 'c3', to: 'c4' });
  e.run('connect', { from: 'c4', to: 'c5', rationale: 'Zelfvertrouwen helpt bij werk' });
  e.run('addIndicator', { cardId: 'c4', indicator: { name: 'MPE-score', baseline: '3,1', target: '3,8', source: 'MPE', owner: 'Onderzoeker' } });
  e.run('addAssumption', { text: 'Deelnemers blijven komen', linkId: 'l2', status: 'partly' });
  e.run('addAssumption', { text: 'Arbeidsmarkt blijft krap', kind: 'external', status: 'confirmed' });
  return e.document;
}

describe('funder report (PDF)', () => {
  it('a small theory: every title, indicator and assumption, metadata, embedded font, Unicode names', () => {
    const r = render(small(), 'small', { includeChecks: true });
    for (const s of ['Trainers', 'Groepstraining', 'Twaalf sessies', 'Meer zelfvertrouwen', 'Duurzaam werk', 'MPE-score', 'Deelnemers blijven komen', 'Arbeidsmarkt blijft krap', 'Kracht van binnenuit.']) {
      expect(r.flat).toContain(s);
    }
    // Names outside WinAnsi survive the round trip through the embedded font.
    for (const s of ['Łódź', 'Çalışkan', 'Zoë Brontë', 'Paweł Nowak']) expect(r.flat).toContain(s);
    for (const s of ['Overzicht van de keten', 'Toelichting per fase', 'Indicatoren', 'Aannames en externe factoren', 'Dekking van het AIO-model', 'Openstaande ketencontroles', 'Bijlage: meetinstrumenten']) {
      expect(r.flat).toContain(s);
    }
    expect(r.flat).toContain(`pagina 1 van ${r.pages}`);
    expect(r.flat).toContain('kaarten 5 · verbindingen 4 · indicatoren 1 · aannames 2');
    expect(r.flat).toContain('Deels bevestigd');
    expect(r.flat).toContain('Externe factor');
    expect(r.info).toMatch(/Title:\s+Groepsaanpak Łódź/);
    expect(r.info).toMatch(/Author:\s+Zoë Brontë, Paweł Nowak/);
    expect(r.info).toMatch(/Creator:\s+Werkzaam/);
    const fontsOut = execFileSync('pdffonts', [r.file], { encoding: 'utf8' });
    expect(fontsOut).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
    expect(r.pages).toBeGreaterThanOrEqual(5);
    expect(r.pages).toBeLessThanOrEqual(9);
    // Cards carry reference numbers shared by the diagram and the narrative.
    expect(r.flat).toContain('4.1 Meer zelfvertrouwen');
    expect(r.flat).toContain('Komt voort uit 3.1 Twaalf sessies');
    // The narrative names the assumptions on a link with their status.
    expect(r.flat).toContain('Aanname: Deelnemers blijven komen (deels bevestigd)');
    // The open checks name what they concern: the link without a rationale, 3.1 → 4.1.
    expect(r.flat).toMatch(/geen onderbouwing \(waarom [^)]*\)\. 3\.1 → 4\.1/);
    expectTidy(r.file);
  });

  it('the contents on the title page point at the pages the sections start on, and the outline has them', () => {
    const r = render(small(), 'contents', { includeChecks: true });
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), r.file, '-'], { encoding: 'utf8' });
    const contents = pageText(1);
    const sections = ['Overzicht van de keten', 'Toelichting per fase', 'Indicatoren', 'Aannames en externe factoren', 'Dekking van het AIO-model', 'Openstaande ketencontroles', 'Bijlage: meetinstrumenten'];
    const lines = contents.split('\n').map((l) => l.trim()).filter(Boolean);
    const numbers = lines.filter((l) => /^\d+$/.test(l)).map(Number);
    expect(numbers).toHaveLength(sections.length);
    sections.forEach((title, i) => expect(pageText(numbers[i]!), title).toContain(title));
    // The same sections are bookmarks in the PDF outline (outline entries are uncompressed objects).
    const raw = readFileSync(r.file, 'latin1');
    expect(raw).toContain('/Outlines');
    for (const title of sections) expect(raw).toContain(`/Title (${title})`);
  });

  it('in English, with the checks section turned off', () => {
    const r = render(small(), 'small-en', { language: 'en', includeChecks: false });
    for (const s of ['The chain at a glance', 'Narrative per stage', 'Indicators', 'Assumptions and external factors', 'AIO model coverage', 'Partly confirmed', 'Appendix: measurement instruments']) {
      expect(r.flat).toContain(s);
    }
    expect(r.flat).not.toContain('Open chain checks');
    expect(r.flat).toContain('page 1 of');
  });

  it('an empty theory says so once, on the diagram page, and leaves the empty sections out', () => {
    const r = render(emptyDocument('en'), 'empty');
    expect(r.flat.match(/This theory has no cards yet\./g)).toHaveLength(1);
    for (const s of ['Narrative per stage', 'Indicators', 'Assumptions and external factors', 'AIO model coverage', 'Open chain checks', 'Appendix', 'Summary']) {
      expect(r.flat).not.toContain(s);
    }
    // Title page (with the one-line contents) and the diagram page, nothing more.
    expect(r.pages).toBe(2);
    expect(r.flat).toContain('Contents The chain at a glance 2');
    // Asked for, the checks section does not present an empty theory as all clear.
    expect(render(emptyDocument('en'), 'empty-checks', { includeChecks: true }).flat).toMatch(/Open chain checks This theory has no cards yet\./);
  });

  it('prints no placeholder text: no empty description, rationale, tag line, summary or section is announced', () => {
    const e = new Editor(small());
    e.run('updateTheory', { changes: { description: '' } });
    const r = render(e.document, 'no-placeholders');
    for (const s of ['Geen beschrijving', 'geen onderbouwing', 'AIO-elementen: geen', 'Er is nog geen samenvatting', 'Samenvatting', 'Nog geen', 'Openstaande ketencontroles']) {
      expect(r.flat).not.toContain(s);
    }
    // What is there is still said: the link without a rationale names its cards, a tagged card its tags.
    expect(r.flat).toContain('→ Leidt tot 4.1 Meer zelfvertrouwen ');
    expect(r.flat).toContain('AIO-elementen: Integrale aanpak, Ondersteuningsnetwerken');
    // The untagged cards are listed once, in the coverage section.
    expect(r.flat).toMatch(/Kaarten zonder AIO-element • 3\.1 Twaalf sessies • 4\.1 Meer zelfvertrouwen • 5\.1 Duurzaam werk/);
    // Without indicators there is no indicator page and no appendix.
    const bare = new Editor(e.document);
    bare.run('deleteIndicator', { cardId: 'c4', indicatorId: bare.theory.cards.c4!.indicators[0]!.id });
    const b = render(bare.document, 'no-indicators');
    expect(b.flat).not.toContain('Indicatoren');
    expect(b.flat).not.toContain('Bijlage');
    expect(b.pages).toBeLessThan(r.pages);
  });

  it('long texts wrap instead of running off the page', () => {
    const long = 'Een heel lange titel die veel te lang is voor één kaart in het diagram en dus netjes moet afbreken '.repeat(3).trim();
    const e = new Editor(small());
    e.run('updateCard', { id: 'c2', changes: { title: long, description: 'woord '.repeat(800) } });
    // One unbreakable "word" longer than a card and a text column.
    const url = `https://example.org/${'lang-pad/'.repeat(20)}`;
    e.run('updateCard', { id: 'c3', changes: { title: url } });
    e.run('updateAssumption', { id: 'a1', changes: { text: url } });
    const r = render(e.document, 'long');
    // The full title is in the narrative; the diagram shows it ellipsised.
    expect(r.flat).toContain(long);
    expect(r.text).toContain('…');
    expectTidy(r.file);
  });

  it('a long summary and many authors push the contents down or onto the next page, never over the text', () => {
    const e = new Editor(small());
    const summary = 'Deze samenvatting beschrijft de aanpak uitgebreid voor de financier. '.repeat(70).trim();
    e.run('updateTheory', { changes: { description: summary, authors: Array.from({ length: 60 }, (_, i) => `Auteur Nummer ${i + 1}`) } });
    const r = render(e.document, 'long-summary', { includeChecks: true });
    // The summary runs onto a second page (header and footer in between): count its sentences.
    expect(r.flat.match(/voor de financier\./g)).toHaveLength(70);
    expect(r.flat).toContain('Auteur Nummer 60');
    expectTidy(r.file);
    // Every section is still listed with its page number.
    expect(r.flat).toContain('Inhoud Overzicht van de keten Toelichting per fase Indicatoren Aannames en externe factoren Dekking van het AIO-model Openstaande ketencontroles Bijlage: meetinstrumenten');
  });

  it('tabs, vertical tabs and other control characters do not swallow text', () => {
    const e = new Editor(small());
    e.run('updateCard', { id: 'c1', changes: { title: 'Trainers\tmet ervaring' } });
    e.run('updateIndicator', { cardId: 'c4', indicatorId: e.theory.cards.c4!.indicators[0]!.id, changes: { definition: 'regel een\u000bregel twee\u0001 klaar' } });
    e.run('updateAssumption', { id: 'a1', changes: { text: 'Deelnemers\tblijven komen' } });
    const r = render(e.document, 'control');
    expect(r.flat).toContain('Trainers met ervaring');
    expect(r.flat).toContain('regel twee klaar');
    expect(r.flat).toContain('Deelnemers blijven komen');
  });

  it('Arabic reads the same in tables as in running text', () => {
    const e = new Editor(small());
    const arabic = 'الوضع الاقتصادي مستقر';
    e.run('updateAssumption', { id: 'a2', changes: { text: arabic } });
    e.run('updateCard', { id: 'c4', changes: { description: arabic } });
    const r = render(e.document, 'arabic');
    // jsPDF writes Arabic as shaped presentation forms in visual order; whatever form that
    // takes, the narrative (running text) and the assumptions table must agree.
    const forms = [...r.text.matchAll(/\u202b([^\u202c]+)\u202c/g)].map((m) => m[1]!.trim());
    expect(forms.length).toBeGreaterThanOrEqual(2);
    expect(new Set(forms).size).toBe(1);
  });

  it('D4: a title of 10,000 characters breaks onto the next pages instead of running over the footer', () => {
    const e = new Editor(small());
    const words = Array.from({ length: 1250 }, (_, i) => `w${i + 1}x`);
    e.run('updateTheory', { changes: { title: words.join(' ') } });
    const r = render(e.document, 'long-title');
    // Every word of the heading is on a page, inside it (pdftotext leaves out text below the page).
    const found = new Set(r.text.split(/\s+/).filter((w) => /^w\d+x$/.test(w)));
    expect(words.filter((w) => !found.has(w))).toEqual([]);
    expectTidy(r.file);
  }, 60_000);

  it('D3: cutting a long title to the header costs a few measurements, not one per character', () => {
    let calls = 0;
    const width = (s: string) => {
      calls++;
      return s.length;
    };
    const text = 'x'.repeat(100_000);
    expect(fitWithEllipsis(width, text, 5_000)).toBe(`${'x'.repeat(4_999)}…`);
    expect(calls).toBeLessThanOrEqual(20);
    // In the whole report: a title of 20,000 characters adds about as many width measurements
    // as a short one, though it is cut on every page (before: one per character per page).
    const count = (title: string) => {
      const e = new Editor(small());
      e.run('updateTheory', { changes: { title } });
      const spy = vi.spyOn(jsPDF.API as unknown as { getTextWidth: (text: string) => number }, 'getTextWidth');
      try {
        buildReport(e.document, fonts, { date: new Date('2026-03-01') });
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const short = count('Kort');
    const long = count('Titel '.repeat(3_400));
    expect(long - short).toBeLessThan(400);
  }, 60_000);

  it('a 500-card theory: diagram split over pages with a continuation note, every title present', () => {
    const doc = generateTheory(500);
    const r = render(doc, 'large');
    expect(r.flat).toContain('Vervolg op de volgende pagina');
    expect(r.flat).toMatch(/Overzicht van de keten \(deel 1 van \d+\)/);
    expect(r.flat).toMatch(/vervolg, deel 2 van \d+/);
    // Links to cards on other diagram pages become pointers with the page number.
    expect(r.flat).toMatch(/→ 3\.\d+ \(p\. \d+\)/);
    expect(r.flat).toMatch(/← 1\.\d+ \(p\. \d+\)/);
    expectTidy(r.file);
    for (const card of Object.values(doc.theory.cards)) expect(r.flat).toContain(card.title);
    expect(r.pages).toBeGreaterThan(10);
    expect(r.pages).toBeLessThan(300);
  }, 60_000);

  it('the seed theory renders, and the kept sample report is a real report of it', () => {
    const doc = loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));
    const r = render(doc, 'seed');
    for (const card of Object.values(doc.theory.cards)) expect(r.flat).toContain(card.title);
    const samplePath = join(__dirname, '../fixtures/reports/kdg-aio.nl.pdf');
    const sample = execFileSync('pdftotext', [samplePath, '-'], { encoding: 'utf8' });
    expect(sample.replace(/\s+/g, ' ')).toContain(doc.theory.title);
    // The kept sample is what this code makes of the fixture today (the report is deterministic
    // for a fixed date); when it differs, regenerate it with `npx tsx scripts/sample-report.ts`.
    const current = buildReport(doc, fonts, { language: 'nl', date: new Date('2026-03-01T12:00:00Z') });
    expect(Buffer.from(current).equals(readFileSync(samplePath)), 'test/fixtures/reports/kdg-aio.nl.pdf is stale').toBe(true);
  });
});
