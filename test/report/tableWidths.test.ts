import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { buildReport } from '../../shared/report/index';
import { columnWidths, createPdfTarget } from '../../shared/report/pdf/render';
import { FONT_FAMILY } from '../../shared/report/pdf/fonts';
import type { TableBlock } from '../../shared/report/model';
import { templateByName } from '../../shared/templates';
import { loadReportFonts } from '../../electron/node/fonts';

const fonts = loadReportFonts();

/** The widest word of a text in the table font, mm. */
function wordWidth(word: string, size: number, style: 'normal' | 'bold' = 'normal'): number {
  const { doc } = createPdfTarget(fonts);
  doc.setFont(FONT_FAMILY, style);
  doc.setFontSize(size);
  return doc.getTextWidth(word);
}

describe('PDF table columns keep their words whole (#11: "gemiddeld e score")', () => {
  const table: Pick<TableBlock, 'headers' | 'rows' | 'columns'> = {
    headers: ['Kaart', 'Eenheid', 'Wie meet', 'Definitie'],
    rows: [['4.1 Zelfvertrouwen en zelfeffectiviteit', 'gemiddelde score', 'werkvloerbegeleider', 'Score op de intrapsychische factor van de MPE']],
    columns: [{ width: 60 }, { fitHeading: true }, {}, { width: 80 }],
  };

  it('gives a column without a fixed width at least its longest word, heading included', () => {
    const { doc } = createPdfTarget(fonts);
    const widths = columnWidths(doc, table, 273, 7.5, 1.6);
    expect(widths[0]).toEqual({ cellWidth: 60 });
    expect(widths[3]).toEqual({ cellWidth: 80 });
    expect(widths[1]!.minCellWidth).toBeGreaterThan(wordWidth('gemiddelde', 7.5) + 3.2);
    expect(widths[2]!.minCellWidth).toBeGreaterThan(wordWidth('werkvloerbegeleider', 7.5) + 3.2);
    // The heading's word counts where it is the widest.
    const narrow = columnWidths(doc, { headers: ['Frequentie'], rows: [['1×']], columns: [{}] }, 273, 7.5, 1.6);
    expect(narrow[0]!.minCellWidth).toBeGreaterThan(wordWidth('Frequentie', 7.5, 'bold') + 3.2);
  });

  it('when the words do not fit beside the fixed widths, the fixed columns give up room down to their own longest word', () => {
    const { doc } = createPdfTarget(fonts);
    const widths = columnWidths(doc, table, 160, 7.5, 1.6);
    const total = widths.reduce((sum, w) => sum + (w.cellWidth ?? w.minCellWidth!), 0);
    expect(total).toBeCloseTo(160, 5);
    expect(widths[0]!.cellWidth).toBeLessThan(60);
    expect(widths[0]!.cellWidth).toBeGreaterThan(wordWidth('zelfeffectiviteit', 7.5) + 3.2);
    expect(widths[3]!.cellWidth).toBeGreaterThan(wordWidth('intrapsychische', 7.5) + 3.2);
    expect(widths[1]!.minCellWidth).toBeGreaterThan(wordWidth('gemiddelde', 7.5) + 3.2);
    // Narrower than all the words together: every column gives up the same share, and the table still fits.
    const tight = columnWidths(doc, table, 50, 7.5, 1.6);
    expect(tight.reduce((sum, w) => sum + (w.cellWidth ?? w.minCellWidth!), 0)).toBeCloseTo(50, 5);
  });

  it('the measured indicator table in the PDF: no word of it is cut (pdftotext)', () => {
    const e = new Editor(templateByName('kdg-aio')!.create('nl', '2026-01-01T00:00:00Z'));
    const [card] = Object.values(e.theory.cards).filter((c) => c.indicators.some((i) => i.instrument));
    const indicator = card!.indicators.find((i) => i.instrument)!;
    e.run('updateIndicator', { cardId: card!.id, indicatorId: indicator.id, changes: { unit: 'gemiddelde score', owner: 'werkvloerbegeleider', target: '3,8', targetDate: '2026' } });
    e.run('addMeasurement', { cardId: card!.id, indicatorId: indicator.id, measurement: { date: '2025-01', value: '3,1', kind: 'baseline' } });
    e.run('addMeasurement', { cardId: card!.id, indicatorId: indicator.id, measurement: { date: '2025-12', value: '3,6' } });
    const file = join(mkdtempSync(join(tmpdir(), 'werkzaam-widths-')), 'report.pdf');
    writeFileSync(file, buildReport(e.document, fonts, { date: new Date('2026-03-01T12:00:00Z') }));
    const words = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split(/\s+/);
    for (const word of ['gemiddelde', 'werkvloerbegeleider', '(2025-12)', '(2026)', 'Streefwaarde', 'Nulmeting']) expect(words, word).toContain(word);
    for (const piece of ['gemiddel', 'gemiddeld', 'werkvloerbegele', '(202']) expect(words, piece).not.toContain(piece);
  });
});
