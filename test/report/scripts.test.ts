import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportPdf, fallbacksNeeded, theoryToSvg } from '../../shared/report/index';
import { Editor } from '../../shared/editor';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { loadReportFonts } from '../../electron/node/fonts';

const dir = mkdtempSync(join(tmpdir(), 'werkzaam-scripts-'));

/** What participants of Dutch and Flemish organisations write (issue 10), each a short phrase of their own script. */
const SAMPLES = {
  dutch: 'Coöperatie één café: ruïne, geëvalueerd',
  polish: 'Zażółć gęślą jaźń',
  turkish: 'Çalışkan öğrenci İstanbul’da',
  arabic: 'الدعم الاجتماعي للعمل',
  hebrew: 'תמיכה בעבודה',
  tigrinya: 'ሓገዝ ንስራሕ',
  amharic: 'የሥራ ድጋፍ',
  somali: 'Taageerada shaqada iyo waxbarashada',
  ukrainian: 'Підтримка на роботі',
  russian: 'Поддержка на работе',
  chinese: '就业支持与社会融合',
} as const;

function theoryWith(texts: Record<string, string>): WerkzaamDocument {
  const e = new Editor(emptyDocument('nl'));
  e.run('updateTheory', { changes: { title: `Scripts ${texts.hebrew ?? ''}`.trim(), organisation: texts.chinese ?? '' } });
  const stages = ['input', 'action', 'intermediate', 'outcome', 'impact'] as const;
  Object.entries(texts).forEach(([name, text], i) => {
    e.run('addCard', { stage: stages[i % stages.length]!, title: text, description: `${name}: ${text}` });
    e.run('addAssumption', { text });
  });
  return e.document;
}

function render(doc: WerkzaamDocument, name: string) {
  const file = join(dir, `${name}.pdf`);
  const result = buildReportPdf(doc, loadReportFonts(doc), { date: new Date('2026-03-01') });
  writeFileSync(file, result.bytes);
  // pdftotext gives Arabic as presentation forms and wraps right-to-left runs in embedding marks.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return { file, text, flat: text.replace(/\s+/g, ' '), fonts, unprintable: result.unprintable };
}

/** Word boxes of page `page`, as pdftotext -bbox lists them (glyph order, left to right). */
function wordBoxes(file: string, page: number): { text: string; x: number; y: number }[] {
  const xml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
}

describe('every script participants write prints in the PDF (D5)', () => {
  it('each script round-trips through pdftotext: card titles, the narrative, tables, the header and footer', () => {
    const r = render(theoryWith(SAMPLES), 'all');
    for (const [name, text] of Object.entries(SAMPLES)) {
      // In the diagram, the narrative ("name: text") and the assumptions table.
      expect(r.flat, name).toContain(`${name}: ${text}`);
      expect(r.flat.split(text).length - 1, `${name} appears in diagram, narrative and table`).toBeGreaterThanOrEqual(3);
    }
    expect(r.unprintable).toEqual([]);
    // The fallback fonts are embedded (subset) for the scripts DejaVu Sans lacks.
    expect(r.fonts).toMatch(/NotoSansEthiopic\s+CID TrueType\s+Identity-H\s+yes/);
    expect(r.fonts).toMatch(/DroidSansFallback\s+CID TrueType\s+Identity-H\s+yes/);
  }, 60_000);

  it('right-to-left text is drawn in visual order: the first word of a Hebrew or Arabic title stands right of the second', () => {
    const r = render(theoryWith({ hebrew: SAMPLES.hebrew, arabic: SAMPLES.arabic }), 'rtl');
    // Glyphs run left to right; read back right to left (a ligature such as lām-alif is one glyph for two letters).
    const logical = (glyphs: string) => [...glyphs].reverse().map((c) => c.normalize('NFKC')).join('');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [r.file], { encoding: 'utf8' }))![1]);
    const known = new Set([...SAMPLES.hebrew.split(' '), ...SAMPLES.arabic.split(' ')]);
    let checked = 0;
    for (let page = 1; page <= pages; page++) {
      const rtl = wordBoxes(r.file, page).filter((w) => /[\u0590-\u08ff\ufb1d-\ufeff]/.test(w.text));
      // Every word, in the diagram, the narrative, the tables and the header, is drawn last letter first.
      for (const w of rtl) expect(known, `page ${page}: "${w.text}"`).toContain(logical(w.text));
      for (const phrase of [SAMPLES.hebrew, SAMPLES.arabic]) {
        const [first, second] = phrase.split(' ') as [string, string];
        for (const a of rtl.filter((w) => logical(w.text) === first)) {
          const b = rtl.find((w) => logical(w.text) === second && Math.abs(w.y - a.y) < 1);
          if (!b) continue; // the phrase broke over two lines
          expect(a.x, `page ${page}: "${first}" right of "${second}"`).toBeGreaterThan(b.x);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  }, 60_000);

  it('a Latin-only theory embeds no fallback font; a script is loaded only when the theory uses it', () => {
    const latin = theoryWith({ dutch: SAMPLES.dutch, polish: SAMPLES.polish });
    expect(fallbacksNeeded(latin)).toEqual([]);
    expect(loadReportFonts(latin).fallbacks).toEqual([]);
    const r = render(latin, 'latin');
    expect(r.fonts).not.toMatch(/Noto|Droid/);
    expect(fallbacksNeeded(theoryWith({ tigrinya: SAMPLES.tigrinya }))).toEqual(['ethiopic']);
    expect(fallbacksNeeded(theoryWith({ chinese: SAMPLES.chinese, amharic: SAMPLES.amharic }))).toEqual(['ethiopic', 'cjk']);
  });

  it('a character no bundled font has is printed as U+FFFD and reported, not dropped with its neighbours', () => {
    const r = render(theoryWith({ emoji: 'Samen 🎉 sterk', chinese: SAMPLES.chinese }), 'emoji');
    expect(r.unprintable).toEqual(['🎉']);
    expect(r.flat).toContain('Samen \ufffd sterk');
    expect(r.flat).toContain(SAMPLES.chinese);
  }, 60_000);

  it('CJK text without spaces wraps between characters instead of running out of its column', () => {
    const long = SAMPLES.chinese.repeat(12);
    const r = render(theoryWith({ chinese: long }), 'cjk-wrap');
    const page = wordBoxes(r.file, 3);
    // The narrative's description runs over several lines, all inside the page.
    const lines = new Set(page.filter((w) => /[\u4e00-\u9fff]/.test(w.text)).map((w) => Math.round(w.y)));
    expect(lines.size).toBeGreaterThan(2);
    for (const w of page) expect(w.x).toBeLessThan(595);
    expect(r.flat.replace(/ /g, '')).toContain(long);
  }, 60_000);

  it('the SVG keeps every script as text in logical order, with fallback font families named', () => {
    const svg = theoryToSvg(theoryWith(SAMPLES).theory);
    for (const text of Object.values(SAMPLES)) expect(svg).toContain(text);
    expect(svg).toMatch(/font-family="[^"]*Noto Sans Ethiopic[^"]*"/);
  });
});
