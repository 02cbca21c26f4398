import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { buildReport } from '../../shared/report/index';
import { buildReportModel } from '../../shared/report/build';
import { createPdfTarget } from '../../shared/report/pdf/render';
import { buildDocx } from '../../shared/report/docx/index';
import type { ChartBlock, TableBlock } from '../../shared/report/model';
import { templateByName } from '../../shared/templates';
import { loadReportFonts } from '../../electron/node/fonts';
import { nodeRasteriser } from '../../electron/node/rasterise';

const fonts = loadReportFonts();
const date = new Date('2026-03-01T12:00:00Z');
const measure = createPdfTarget(fonts).measure;

/** The KdG template with the MPE's behavioural indicator measured three times, and a second indicator twice. */
function measured(language: 'nl' | 'en' = 'nl'): { doc: WerkzaamDocument; cardId: string; indicatorId: string } {
  const e = new Editor(templateByName('kdg-aio')!.create(language, '2026-01-01T00:00:00Z'));
  const [c, c2] = Object.values(e.theory.cards).filter((x) => x.indicators.some((i) => i.instrument));
  const i = c!.indicators.find((x) => x.instrument)!;
  const i2 = c2!.indicators.find((x) => x.instrument)!;
  e.run('updateInstrument', { id: i.instrument, changes: { scale: '1–5' } });
  e.run('updateIndicator', { cardId: c!.id, indicatorId: i.id, changes: { target: '4', targetDate: '2026' } });
  e.run('addMeasurement', { cardId: c!.id, indicatorId: i.id, measurement: { date: '2024-01', value: '3.1', n: 42, kind: 'baseline', note: 'voor de start' } });
  e.run('addMeasurement', { cardId: c!.id, indicatorId: i.id, measurement: { date: '2025-Q1', value: '3.6', n: 35, note: 'na de training' } });
  e.run('addMeasurement', { cardId: c!.id, indicatorId: i.id, measurement: { date: '2024-07', value: '3.4', n: 39 } });
  e.run('updateIndicator', { cardId: c2!.id, indicatorId: i2.id, changes: { target: '≥ 3,5' } });
  e.run('addMeasurement', { cardId: c2!.id, indicatorId: i2.id, measurement: { date: '2024-01-15', value: '3,2', kind: 'baseline' } });
  e.run('addMeasurement', { cardId: c2!.id, indicatorId: i2.id, measurement: { date: '2025-01-20', value: '2,9' } });
  return { doc: e.document, cardId: c!.id, indicatorId: i.id };
}

const section = (doc: WerkzaamDocument, id: string, language?: 'nl' | 'en') => buildReportModel(doc, { date, measure, language }).sections.find((s) => s.id === id);

describe('the report of a measured theory (#11)', () => {
  it('the indicator table gains baseline, latest with its date, target with its date and the direction in words', () => {
    const table = section(measured().doc, 'indicators')!.blocks[0] as TableBlock;
    expect(table.headers).toEqual(['Kaart', 'Indicator', 'Definitie', 'Eenheid', 'Nulmeting', 'Laatste meting', 'Streefwaarde', 'Richting', 'Bron / instrument', 'Frequentie', 'Wie meet']);
    expect(table.columns).toHaveLength(table.headers.length);
    const row = table.rows.find((r) => r[4] === '3,1 (2024-01)')!;
    expect(row.slice(4, 9)).toEqual(['3,1 (2024-01)', '3,6 (2025-Q1)', '4 (2026)', '↑ richting streefwaarde', 'MPE (Meetschaal voor Psychologisch Empowerment) – gedragsmatig']);
    expect(table.rows.find((r) => r[4] === '3,2 (2024-01-15)')!.slice(4, 8)).toEqual(['3,2 (2024-01-15)', '2,9 (2025-01-20)', '≥ 3,5', '↓ van streefwaarde af']);
    // Indicators without measurements have empty cells there, not a placeholder.
    expect(table.rows.filter((r) => r[5] === '' && r[7] === '').length).toBe(table.rows.length - 2);
    const en = section(measured('en').doc, 'indicators', 'en')!.blocks[0] as TableBlock;
    expect(en.headers.slice(4, 8)).toEqual(['Baseline', 'Latest', 'Target', 'Direction']);
    expect(en.rows.some((r) => r[7] === '↑ toward target' && r[4] === '3.1 (2024-01)')).toBe(true);
    // The target typed "≥ 3,5" reads as the values beside it do in an English report ("3.2", "2.9"), its comparison kept.
    expect(en.rows.find((r) => r[4] === '3.2 (2024-01-15)')!.slice(4, 7)).toEqual(['3.2 (2024-01-15)', '2.9 (2025-01-20)', '≥ 3.5']);
    // A target with a date, typed with a decimal comma.
    const typed = measured('en');
    const e = new Editor(typed.doc);
    e.run('updateIndicator', { cardId: typed.cardId, indicatorId: typed.indicatorId, changes: { target: '3,8' } });
    const dated = section(e.document, 'indicators', 'en')!.blocks[0] as TableBlock;
    expect(dated.rows.find((r) => r[4] === '3.1 (2024-01)')![6]).toBe('3.8 (2026)');
  });

  it('without measurements or target dates the indicator table keeps its nine columns', () => {
    const doc = templateByName('kdg-aio')!.create('nl');
    const table = section(doc, 'indicators')!.blocks[0] as TableBlock;
    expect(table.headers).toEqual(['Kaart', 'Indicator', 'Definitie', 'Eenheid', 'Nulmeting', 'Streefwaarde', 'Bron / instrument', 'Frequentie', 'Wie meet']);
    expect(section(doc, 'measurements')).toBeUndefined();
  });

  it('the appendix has one chart per measured indicator, in reading order, with its series as a table', () => {
    const blocks = section(measured().doc, 'measurements')!.blocks;
    expect(section(measured().doc, 'measurements')!.title).toBe('Bijlage: metingen');
    const charts = blocks.filter((b): b is ChartBlock => b.kind === 'chart');
    expect(charts).toHaveLength(2);
    const [first] = charts;
    expect(first!.title).toMatch(/^4\.\d .+ – /);
    expect(first!.caption).toBe('Instrument: MPE (Meetschaal voor Psychologisch Empowerment), factor: gedragsmatig, schaal: 1–5');
    expect(first!.chart!.points.map((p) => p.valueLabel)).toEqual(['3,1', '3,4', '3,6']);
    // The instrument's scale 1–5 is the value axis.
    expect(first!.chart!.yTicks[0]!.value).toBe(1);
    expect(first!.chart!.yTicks.at(-1)!.value).toBe(5);
    expect(first!.chart!.target).toMatchObject({ value: 4, dateLabel: '2026' });
    expect(first!.table.rows).toEqual([
      ['2024-01', 'Nulmeting', '3,1', '42', 'voor de start'],
      ['2024-07', 'Vervolgmeting', '3,4', '39', ''],
      ['2025-Q1', 'Vervolgmeting', '3,6', '35', 'na de training'],
    ]);
    expect(first!.summary).toContain('verloop: richting streefwaarde');
  });

  it('an indicator whose values are all text gets its table and no chart', () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'outcome', title: 'Network' });
    e.run('addIndicator', { cardId: 'c1', indicator: { name: 'How people talk about it' } });
    e.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2025', value: 'hopeful' } });
    const chart = section(e.document, 'measurements', 'en')!.blocks.find((b) => b.kind === 'chart') as ChartBlock;
    expect(chart.chart).toBeNull();
    expect(chart.table.rows).toEqual([['2025', 'Follow-up', 'hopeful', '', '']]);
    expect(chart.caption).toBe('');
  });

  it('the instruments in use with what they measure, their factors, scale and reference; other sources after them', () => {
    const table = section(measured().doc, 'instruments')!.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.headers).toEqual(['Bron / instrument', 'Wat het meet', 'Referentie / bron', 'Gebruikt bij kaart']);
    expect(table.rows[0]![0]).toBe('MPE (Meetschaal voor Psychologisch Empowerment)');
    expect(table.rows[0]![1]).toBe('Psychologisch empowerment\nFactoren: intrapsychisch, interpsychisch, gedragsmatig\nSchaal: 1–5');
    expect(table.rows[0]![2]).toBe('KdG (Karel de Grote Hogeschool), gevalideerd 2017; European Journal of Social Work 20(4)');
    // The MBE is in the library but no indicator uses it: not "in use". The source text naming the MPE is its row.
    expect(table.rows.map((r) => r[0])).toEqual(['MPE (Meetschaal voor Psychologisch Empowerment)', 'Interviews en focusgroepen (kwalitatief)']);
  });

  it('the PDF draws the values, the target and the reference as text (pdftotext)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-measured-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, buildReport(measured().doc, fonts, { date }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['Bijlage: metingen', 'Streefwaarde 4 (2026)', '3,1 (2024-01)', '3,6 (2025-Q1)', '↑ richting streefwaarde', 'na de training', 'European Journal of Social Work 20(4)', '2024-07'])
      expect(text, expected).toContain(expected);
  });

  it('the Word report draws each chart as an image with the series as alt text, then its summary and series table', async () => {
    const docx = await buildDocx(measured().doc, fonts, nodeRasteriser(fonts), { date });
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"'));
    expect(alts.filter((d) => d.includes('metingen; nulmeting'))).toHaveLength(2);
    const svgs = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.svg')).map((f) => zip.file(f)!.async('string')));
    const chart = svgs.find((svg) => svg.includes('Streefwaarde 4 (2026)'))!;
    expect(chart).toContain('<polyline');
    expect(chart).toContain('>3,6</text>');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(text).toContain('Bijlage: metingen');
    expect(text).toContain('3 metingen; nulmeting 3,1 (2024-01); laatste meting 3,6 (2025-Q1)');
    expect(text).toContain('na de training');
    expect(text).toContain('Vervolgmeting');
  }, 60_000);
});
