import { jsPDF } from 'jspdf';
import { autoTable, type CellInput, type Styles } from 'jspdf-autotable';
import { format } from '../../i18n/core';
import { ACCENT, INK, MUTED, RULE, STAGE_COLOURS } from '../../theme';
import { registerFonts, FONT_FAMILY, type ReportFonts } from './fonts';
import { drawDiagram } from './diagram';
import { drawChart } from './chart';
import { Flow, LANDSCAPE_PAGE, PORTRAIT, pageGeometry } from './flow';
import { jsPdfMeasure } from './measure';
import { installTextEngine, type TextEngine } from './text';
import { withDeflate, type Deflate } from './deflate';
import './arabicShaping';
import { fitWithEllipsis } from '../clip';
import type { Block, ChartBlock, ReportModel, SectionId, TableBlock, TextMeasure } from '../model';

/** A jsPDF document with the report fonts embedded, text in any script, and text measured in those fonts. */
export interface PdfTarget {
  doc: jsPDF;
  measure: TextMeasure;
  text: TextEngine;
  /** The platform's compressor for the streams, if it has a faster one than jsPDF's (deflate.ts). */
  deflate?: Deflate;
}

export function createPdfTarget(fonts: ReportFonts, deflate?: Deflate): PdfTarget {
  // Only the fonts in use: otherwise jsPDF lists the 14 standard fonts, unembedded, which preflight tools flag.
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const fallbacks = registerFonts(doc, fonts);
  const text = installTextEngine(doc, fallbacks);
  return { doc, measure: jsPdfMeasure(doc), text, ...(deflate ? { deflate } : {}) };
}

/** Line height of the contents list on the title page, mm. */
const CONTENTS_LINE = 5;

/** Card text in the narrative sits right of the reference numbers (up to "5.100"). */
const NARRATIVE_INDENT = 12;

/** Room a section needs below its heading before it may start on the page it is on, mm. */
const ROOM: Partial<Record<SectionId, number>> = { coverage: 80, checks: 45, instruments: 40 };

/** Where the progress bar stands when each part starts. */
const PROGRESS: Record<SectionId, number> = { organisations: 0.05, changes: 0.1, diagram: 0.15, narrative: 0.4, indicators: 0.6, assumptions: 0.7, coverage: 0.8, checks: 0.88, notes: 0.9, measurements: 0.91, instruments: 0.93 };

/**
 * Draw the report model with jsPDF: title page with contents, the diagram on landscape
 * pages, each section's blocks in a text flow, running header and footer, and the outline.
 * Decides only how things look; what they say comes from the model.
 */
export function renderPdf(model: ReportModel, target: PdfTarget, onProgress: (fraction: number, step: string) => void = () => undefined): Uint8Array {
  const { doc, measure } = target;
  const { properties } = model;
  // The same theory and date give the same bytes: jsPDF would otherwise stamp the clock
  // and a random file id, and a kept sample report would change on every regeneration.
  doc.setCreationDate(properties.date);
  doc.setFileId(fileId(properties.identity));
  doc.setLanguage(model.language);
  doc.setProperties({ title: properties.title, subject: properties.subject, author: properties.author, keywords: properties.keywords, creator: properties.creator });
  const flow = new Flow(doc);
  const sections: { title: string; page: number }[] = [];

  // Title page.
  onProgress(0.05, 'title');
  const { titlePage } = model;
  doc.setFillColor(...ACCENT);
  doc.rect(0, 0, PORTRAIT.width, 8, 'F');
  flow.y = 60;
  flow.paragraph(titlePage.kicker, { size: 10, colour: ACCENT, bold: true, after: 3 });
  flow.heading(titlePage.title, 26);
  flow.space(4);
  for (const { label, value } of titlePage.facts) {
    doc.setFontSize(10);
    const lines: string[] = doc.splitTextToSize(value, flow.width - 40);
    // A long list of authors continues on the next page rather than over the footer.
    for (const [i, line] of lines.entries()) {
      flow.ensure(4.6);
      if (i === 0) {
        doc.setFont(FONT_FAMILY, 'bold');
        doc.setTextColor(...MUTED);
        doc.text(label, PORTRAIT.margin, flow.y + 4);
      }
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setTextColor(...INK);
      doc.text(line, PORTRAIT.margin + 40, flow.y + 4);
      flow.y += 4.6;
    }
    flow.y += 2;
  }
  flow.space(6);
  doc.setDrawColor(...RULE);
  doc.line(PORTRAIT.margin, flow.y, PORTRAIT.width - PORTRAIT.margin, flow.y);
  flow.space(6);
  if (titlePage.summary) {
    flow.paragraph(titlePage.summary.heading, { bold: true, size: 11, after: 2 });
    flow.paragraph(titlePage.summary.text, { size: 10, colour: titlePage.summary.placeholder ? MUTED : INK });
  }
  // Room for the contents, filled in at the end when the page numbers are known: below the
  // summary, or at the top of the next page when a long summary leaves too little room.
  flow.space(6);
  flow.ensure(CONTENTS_LINE * (model.sections.length + 1) + 4);
  const contentsPage = doc.getNumberOfPages();
  const contentsY = flow.y + 4;

  const orientation = () => (pageGeometry(doc) === LANDSCAPE_PAGE ? 'landscape' : 'portrait');
  for (const section of model.sections) {
    onProgress(PROGRESS[section.id], section.id);
    const diagram = section.blocks.find((b) => b.kind === 'diagram');
    if (diagram) {
      // The diagram draws its own pages, each with its own heading.
      const first = doc.getNumberOfPages() + 1;
      for (let i = 0; i < diagram.diagram.pages.length; i++) doc.addPage('a4', 'landscape');
      sections.push({ title: section.title, page: first });
      drawDiagram(doc, diagram.diagram, measure, first);
      continue;
    }
    // The title page keeps the room reserved for the contents: the first section starts on a page of its own.
    if (section === model.sections[0] || section.orientation !== orientation()) flow.newPage(section.orientation);
    else flow.ensure(Math.max(ROOM[section.id] ?? 0, leadRoom(doc, flow, section.blocks)));
    flow.sectionHeading(section.title);
    // Recorded after the heading is drawn: the heading itself may move to a new page.
    sections.push({ title: section.title, page: doc.getNumberOfPages() });
    for (const block of section.blocks) drawBlock(doc, flow, block, section.orientation);
  }

  // Contents on the title page, header and footer on every page, outline.
  onProgress(0.95, 'finishing');
  const pages = doc.getNumberOfPages();
  doc.setPage(contentsPage);
  let cy = contentsY;
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(11);
  doc.setTextColor(...INK);
  doc.text(model.contentsHeading, PORTRAIT.margin, cy);
  cy += CONTENTS_LINE + 1;
  doc.setFontSize(9.5);
  for (const s of sections) {
    doc.setFont(FONT_FAMILY, 'normal');
    doc.text(s.title, PORTRAIT.margin, cy);
    doc.text(String(s.page), PORTRAIT.width - PORTRAIT.margin, cy, { align: 'right' });
    cy += CONTENTS_LINE;
  }
  // The header and footer are the same on every page of a width: cut them once per width.
  const clipped = new Map<string, Map<number, string>>();
  const clip = (text: string, width: number) => {
    const byWidth = clipped.get(text) ?? new Map<number, string>();
    clipped.set(text, byWidth);
    let cut = byWidth.get(width);
    if (cut === undefined) byWidth.set(width, (cut = fitWithEllipsis((s) => doc.getTextWidth(s), text, width)));
    return cut;
  };
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    const size = doc.internal.pageSize;
    const w = size.getWidth();
    const h = size.getHeight();
    doc.setFont(FONT_FAMILY, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(...MUTED);
    if (p > 1) {
      const title = clip(model.page.header, w / 2);
      const m = pageGeometry(doc).margin;
      doc.text(title, w - m, 9, { align: 'right' });
      doc.setDrawColor(...RULE);
      doc.setLineWidth(0.2);
      doc.line(m, 11, w - m, 11);
    }
    // Footer: organisation on the left, page number on the right, on the header's margins.
    const left = pageGeometry(doc).margin;
    const right = w - left;
    doc.text(format(model.page.pageNumber, { page: p, pages }), right, h - 7, { align: 'right' });
    if (model.page.footer && p > 1) doc.text(clip(model.page.footer, w - 24 - 40), left, h - 7);
  }
  for (const s of sections) doc.outline.add(null, s.title, { pageNumber: s.page });
  onProgress(1, 'done');
  return new Uint8Array(withDeflate(target.deflate, () => doc.output('arraybuffer')));
}

function drawBlock(doc: jsPDF, flow: Flow, block: Block, orientation: 'portrait' | 'landscape'): void {
  switch (block.kind) {
    case 'heading':
      if (block.stage) {
        flow.space(2);
        flow.heading(block.text, 12.5, STAGE_COLOURS[block.stage].edge);
      } else {
        flow.space(4);
        flow.ensure(14);
        flow.paragraph(block.text, { bold: true, after: 1.5 });
      }
      return;
    case 'paragraph':
      flow.paragraph(block.text, block.note ? { colour: MUTED } : {});
      return;
    case 'entry':
      flow.ensure(16);
      flow.paragraph(block.title, { bold: true, size: 10, after: 1, indent: NARRATIVE_INDENT, hang: block.ref });
      if (block.description) flow.paragraph(block.description.text, { indent: NARRATIVE_INDENT, colour: block.description.placeholder ? MUTED : INK, after: 1 });
      if (block.tags) flow.paragraph(block.tags, { indent: NARRATIVE_INDENT, size: 8.5, colour: MUTED, after: 1 });
      for (const relation of block.relations) {
        flow.paragraph(relation.text, { indent: NARRATIVE_INDENT, size: 8.5, after: 0.6 });
        for (const note of relation.notes) flow.paragraph(note, { indent: NARRATIVE_INDENT + 4, size: 8, colour: MUTED, after: 0.6 });
      }
      flow.space(2.5);
      return;
    case 'list':
      for (const item of block.items) flow.paragraph(item, { indent: 4, hang: '•', after: 0.8 });
      return;
    case 'table':
      drawTable(doc, flow, block, orientation);
      return;
    case 'chart':
      drawChartBlock(doc, flow, block, orientation);
      return;
    case 'diagram':
      throw new Error('A diagram is drawn on pages of its own.');
  }
}

/** A measured indicator: its name and caption kept on one page with its chart, then the summary and the series. */
function drawChartBlock(doc: jsPDF, flow: Flow, block: ChartBlock, orientation: 'portrait' | 'landscape'): void {
  flow.space(3);
  flow.ensure(Math.min(flow.pageHeight - 20, chartBlockHeight(doc, block, flow.width)));
  flow.paragraph(block.title, { bold: true, size: 9.5, after: 0.8 });
  if (block.caption) flow.paragraph(block.caption, { size: 8, colour: MUTED, after: 1.2 });
  if (block.chart) {
    drawChart(doc, block.chart, flow.left, flow.y);
    flow.space(block.chart.height + 1.5);
  }
  flow.paragraph(block.summary, { size: 8, colour: MUTED, after: 1.5 });
  drawTable(doc, flow, block.table, orientation);
}

const TABLE_STYLES = {
  theme: 'grid' as const,
  // A row never splits over two pages: a lone line of a cell on the next page reads as noise.
  rowPageBreak: 'avoid' as const,
  // textOptions: {} gives cells jsPDF's own text handling; autotable's default bidi options
  // reverse Arabic and Hebrew that jsPDF has already put in visual order.
  styles: { font: FONT_FAMILY, fontSize: 8, cellPadding: 1.6, textColor: INK, lineColor: RULE, lineWidth: 0.2, overflow: 'linebreak' as const, textOptions: {} },
  headStyles: { font: FONT_FAMILY, fontStyle: 'bold' as const, fillColor: ACCENT, textColor: [255, 255, 255] as [number, number, number] },
  margin: { left: PORTRAIT.margin, right: PORTRAIT.margin, top: PORTRAIT.top, bottom: 297 - PORTRAIT.bottom },
};

/**
 * Room a section's heading needs for a short table kept together to follow it on the same
 * page: the heading, an introduction and the table's estimated height (0 when the section
 * does not open with such a table).
 */
function leadRoom(doc: jsPDF, flow: Flow, blocks: Block[]): number {
  const [first, second] = blocks;
  const lead = first?.kind === 'paragraph' ? second : first;
  const intro = lead === first ? 0 : 8;
  if (lead?.kind === 'chart') return Math.min(flow.pageHeight - 20, 16 + intro + chartBlockHeight(doc, lead, flow.width));
  if (lead?.kind !== 'table' || !lead.keepTogether) return 0;
  return Math.min(flow.pageHeight - 20, 16 + intro + tableHeight(doc, lead, flow.width));
}

/** A chart block's title, caption, chart, summary and table, estimated. */
function chartBlockHeight(doc: jsPDF, block: ChartBlock, width: number): number {
  return 17 + (block.chart ? block.chart.height + 1.5 : 0) + tableHeight(doc, block.table, width);
}

/** A table's height estimated from its cells' wrapped lines, column widths shared as the hints say. */
function tableHeight(doc: jsPDF, table: TableBlock, width: number): number {
  const size = TABLE_STYLES.styles.fontSize;
  const pad = TABLE_STYLES.styles.cellPadding;
  const hinted = table.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const open = table.headers.length - table.columns.filter((c) => c.width !== undefined).length || 1;
  const widths = table.headers.map((_, i) => table.columns[i]?.width ?? Math.max(15, (width - hinted) / open));
  const lineH = size * 0.3528 * 1.15;
  const rowHeight = (row: string[], bold: boolean) => {
    doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    return Math.max(1, ...row.map((cell, i) => (doc.splitTextToSize(cell, widths[i]! - 2 * pad) as string[]).length)) * lineH + 2 * pad;
  };
  return rowHeight(table.headers, true) + table.rows.reduce((sum, row) => sum + rowHeight(row, false), 0) + 3;
}

/**
 * How wide each column is set: a column without a fixed width gets a minimum, its longest
 * word (the heading's in bold, the cells' in the body font; words are what lies between
 * spaces) with the cell's padding. jspdf-autotable shrinks a wide table's columns below
 * their longest word once it cannot keep every column readable, and then cuts a word where a
 * space was at hand ("gemiddel|de score" beside a roomy column); a minimum per column keeps
 * the words whole and takes the room from columns that can wrap. A fixed width is what the
 * column would like: when the minimums do not fit beside the fixed widths, the fixed columns
 * give up room (each in proportion to what it has beyond its own longest word, never below
 * it). Only when every column is down to its longest word and the table is still too wide do
 * all give up the same share, so the table fits and the fewest words are cut.
 */
export function columnWidths(doc: jsPDF, table: Pick<TableBlock, 'headers' | 'rows' | 'totals' | 'columns'>, width: number, fontSize: number, padding: number): { cellWidth?: number; minCellWidth?: number }[] {
  const longest = (texts: readonly string[], style: 'bold' | 'normal') => {
    doc.setFont(FONT_FAMILY, style);
    doc.setFontSize(fontSize);
    let max = 0;
    for (const text of texts) for (const word of text.split(/\s+/)) if (word) max = Math.max(max, doc.getTextWidth(word));
    return max;
  };
  const slack = 2 * padding + 0.5;
  const words = table.headers.map((heading, i) => {
    const body = Math.max(longest(table.rows.map((r) => r[i] ?? ''), 'normal'), table.totals ? longest([table.totals[i] ?? ''], 'bold') : 0);
    return Math.max(longest([heading], 'bold'), body) + slack;
  });
  // A fixed column narrower than its own longest word is widened to it: the hint is a wish, a whole word a rule.
  const widths = table.headers.map((_, i) => (table.columns[i]?.width === undefined ? undefined : Math.max(table.columns[i]!.width!, words[i]!)));
  let over = words.reduce((sum, w, i) => sum + (widths[i] ?? w), 0) - width;
  if (over > 0) {
    // The fixed columns give up what they have beyond their longest word, each its share.
    const spare = widths.map((w, i) => (w === undefined ? 0 : Math.max(0, w - words[i]!)));
    const total = spare.reduce((a, b) => a + b, 0);
    const give = Math.min(over, total);
    widths.forEach((w, i) => {
      if (w !== undefined && total > 0) widths[i] = w - (give * spare[i]!) / total;
    });
    over -= give;
  }
  const share = over > 0 ? width / (width + over) : 1;
  return words.map((w, i) => (widths[i] === undefined ? { minCellWidth: w * share } : { cellWidth: widths[i]! * share }));
}

function drawTable(doc: jsPDF, flow: Flow, table: TableBlock, orientation: 'portrait' | 'landscape'): void {
  if (table.keepTogether) flow.ensure(Math.min(flow.pageHeight - 20, tableHeight(doc, table, flow.width)));
  // Wide tables on landscape pages are set a little smaller, to keep their columns readable.
  const wide = orientation === 'landscape';
  const fontSize = wide ? 7.5 : TABLE_STYLES.styles.fontSize;
  const padding = TABLE_STYLES.styles.cellPadding;
  const widths = columnWidths(doc, table, flow.width, fontSize, padding);
  const columnStyles: Record<number, Partial<Styles>> = {};
  table.columns.forEach((hint, i) => {
    const style: Partial<Styles> = { ...widths[i] };
    if (hint.align) style.halign = hint.align;
    if (Object.keys(style).length > 0) columnStyles[i] = style;
  });
  const bold = (content: string): CellInput => ({ content, styles: { fontStyle: 'bold' } });
  autoTable(doc, {
    ...TABLE_STYLES,
    startY: flow.y,
    head: [table.headers],
    body: table.totals ? [...table.rows, table.totals.map(bold)] : table.rows,
    ...(wide
      ? {
          margin: { left: LANDSCAPE_PAGE.margin, right: LANDSCAPE_PAGE.margin, top: LANDSCAPE_PAGE.top, bottom: 210 - LANDSCAPE_PAGE.bottom },
          styles: { ...TABLE_STYLES.styles, fontSize },
        }
      : {}),
    columnStyles,
  });
  flow.y = ((doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY ?? flow.y) + 3;
}

/** 32 hex digits from a string (FNV-1a, four lanes): a stable PDF file id. */
function fileId(text: string): string {
  let out = '';
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ lane) >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

