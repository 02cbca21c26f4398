import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { LOCALES } from '../../i18n/core';
import { STAGE_COLOURS } from '../../theme';
import { printable } from '../printable';
import { diagramPageSvg } from './diagramSvg';
import { chartSvg } from './chartSvg';
import type { ChartGeometry } from '../../research/seriesChart';
import type { Block, ChartBlock, DiagramModel, EntryBlock, ReportModel, ReportSection, TableBlock } from '../model';

/**
 * The report model (shared/report/model.ts) as a Word document: the same sections in the
 * same order, with real Word structure (Heading 1/2 styles for the navigation pane and the
 * contents field, Word tables, the diagram as an image with alt text, title and author in
 * the document properties, the report's language on the text). Like the PDF renderer it
 * adds, drops and rewords nothing.
 */

/** Turns an SVG (width × height mm) into PNG bytes: the caller's, since Node and the browser rasterise differently. */
export type Rasterise = (svg: string, widthPx: number, heightPx: number) => Promise<Uint8Array>;

export interface DocxOptions {
  rasterise: Rasterise;
}

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 2 cm
const MARGIN_LANDSCAPE = 720; // 1.27 cm: the diagram and the wide tables want the room
const TWIPS_PER_MM = 56.6929;
const PX_PER_MM = 96 / 25.4;
/** Raster pixels per mm of the diagram: about 200 dpi, sharp in print and on a projector. */
const RASTER_PX_PER_MM = 8;
/** The PDF puts its page heading above y = 12 mm of a diagram page; in Word the heading is a paragraph, so the image starts below it. */
const DIAGRAM_TOP = 12;

const MUTED = '6C757D';
const HEADER_FILL = 'E9ECEF';

const clean = (text: string) => printable(text);

/** Text with its line breaks as Word breaks. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...style }));
}

const paragraph = (text: string, style: Parameters<typeof runs>[1] = {}, options: { keepNext?: boolean } = {}) =>
  new Paragraph({ children: runs(text, style), ...(options.keepNext ? { keepNext: true } : {}) });

function pageNotes(model: ReportModel, contentWidth: number): Pick<ISectionOptions, 'headers' | 'footers'> {
  // "{page}" and "{pages}" in the model's page-number text become Word's page fields.
  const numberRuns = model.page.pageNumber.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  const pageNumber = new TextRun({
    children: numberRuns.map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part)),
    color: MUTED,
    size: 16,
  });
  return {
    headers: { default: new Header({ children: [new Paragraph({ children: runs(model.page.header, { color: MUTED, size: 16 }) })] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            children: [...runs(model.page.footer, { color: MUTED, size: 16 }), new TextRun({ text: '\t' }), pageNumber],
            tabStops: [{ type: 'right', position: contentWidth }],
          }),
        ],
      }),
    },
  };
}

function pageOf(orientation: ReportSection['orientation']) {
  const landscape = orientation === 'landscape';
  const margin = landscape ? MARGIN_LANDSCAPE : MARGIN;
  return {
    size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: margin, bottom: margin, left: margin, right: margin },
    /** Width of the text area in twips. */
    contentWidth: (landscape ? A4.height : A4.width) - 2 * margin,
    contentHeight: (landscape ? A4.width : A4.height) - 2 * margin,
  };
}

function table(block: TableBlock, contentWidth: number): Table {
  // Column hints are mm of an A4 page; the rest of the width is shared by the columns without one.
  const hinted = block.columns.map((c) => (c.width ?? 0) * TWIPS_PER_MM);
  const free = Math.max(0, contentWidth - hinted.reduce((a, b) => a + b, 0));
  const open = block.columns.filter((c) => c.width === undefined).length || 1;
  let widths = block.headers.map((_, i) => (block.columns[i]?.width !== undefined ? hinted[i]! : free / open));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > contentWidth) widths = widths.map((w) => (w * contentWidth) / total);
  widths = widths.map((w) => Math.round(w));
  const cell = (text: string, i: number, options: { header?: boolean; bold?: boolean } = {}) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
      children: [
        new Paragraph({
          children: runs(text, { bold: options.header || options.bold, size: 18 }),
          ...(block.columns[i]?.align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.headers.map((h, i) => cell(h, i, { header: true })) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i)) })),
      ...(block.totals ? [new TableRow({ cantSplit: true, children: block.totals.map((v, i) => cell(v, i, { bold: true })) })] : []),
    ],
  });
}

function entry(block: EntryBlock): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: `${clean(block.ref)}  `, color: MUTED, bold: true }), ...runs(block.title, { bold: true })], keepNext: true, spacing: { before: 160 } }),
  ];
  if (block.description) out.push(paragraph(block.description.text, block.description.placeholder ? { italics: true, color: MUTED } : {}));
  if (block.tags) out.push(paragraph(block.tags, { color: MUTED, size: 18 }));
  for (const relation of block.relations) {
    // The model's relation texts carry their own arrow ("→ Leidt tot …"): indented, not bulleted.
    out.push(new Paragraph({ children: runs(relation.text, { size: 20 }), indent: { left: 360, hanging: 240 } }));
    for (const note of relation.notes) out.push(new Paragraph({ children: runs(note, { size: 18, color: MUTED }), indent: { left: 720, hanging: 240 } }));
  }
  return out;
}

/** What the diagram shows, for people who cannot see the image: the cards per stage, and how many arrows. */
function altText(diagram: DiagramModel, index: number): string {
  const page = diagram.pages[index]!;
  const lanes = diagram.lanes.map((lane) => {
    const boxes = page.boxes.filter((b) => b.stage === lane.stage);
    return boxes.length === 0 ? null : `${lane.label}: ${boxes.map((b) => `${b.ref} ${b.title}`).join('; ')}`;
  });
  const arrows = page.arrows.map((a) => {
    const from = page.boxes.find((b) => b.id === a.from);
    const to = page.boxes.find((b) => b.id === a.to);
    return from && to ? `${from.ref} → ${to.ref}` : null;
  });
  return clean([...lanes, arrows.filter(Boolean).join(', ')].filter((x) => x).join('. ') || (diagram.emptyMessage ?? page.heading));
}

async function diagramParagraphs(diagram: DiagramModel, contentWidth: number, contentHeight: number, options: DocxOptions): Promise<Paragraph[]> {
  const out: Paragraph[] = [];
  const widthMm = contentWidth / TWIPS_PER_MM;
  // Room for the section heading (and a page heading when the diagram has several pages) above the image.
  const heightMm = contentHeight / TWIPS_PER_MM - (diagram.pages.length > 1 ? 34 : 26);
  const crop = DIAGRAM_TOP;
  const shown = diagram.height - crop;
  const scale = Math.min(widthMm / diagram.width, heightMm / shown);
  for (let i = 0; i < diagram.pages.length; i++) {
    const svg = diagramPageSvg(diagram, i, { top: crop });
    const png = await options.rasterise(svg, Math.round(diagram.width * RASTER_PX_PER_MM), Math.round(shown * RASTER_PX_PER_MM));
    if (diagram.pages.length > 1) out.push(new Paragraph({ children: runs(diagram.pages[i]!.heading, { bold: true }), pageBreakBefore: i > 0, keepNext: true }));
    const transformation = { width: Math.round(diagram.width * scale * PX_PER_MM), height: Math.round(shown * scale * PX_PER_MM) };
    const alt = { name: diagram.pages[i]!.heading, title: diagram.pages[i]!.heading, description: altText(diagram, i) };
    out.push(
      new Paragraph({
        children: [
          new ImageRun({ type: 'svg', data: new TextEncoder().encode(svg), transformation, altText: alt, fallback: { type: 'png', data: png } }),
        ],
      }),
    );
  }
  return out;
}

async function chartParagraph(block: ChartBlock, chart: ChartGeometry, options: DocxOptions): Promise<Paragraph> {
  const svg = chartSvg(chart);
  const png = await options.rasterise(svg, Math.round(chart.width * RASTER_PX_PER_MM), Math.round(chart.height * RASTER_PX_PER_MM));
  const transformation = { width: Math.round(chart.width * PX_PER_MM), height: Math.round(chart.height * PX_PER_MM) };
  const alt = { name: clean(block.title), title: clean(block.title), description: clean(block.summary) };
  return new Paragraph({
    keepNext: true,
    children: [new ImageRun({ type: 'svg', data: new TextEncoder().encode(svg), transformation, altText: alt, fallback: { type: 'png', data: png } })],
  });
}

async function blocks(list: Block[], orientation: ReportSection['orientation'], options: DocxOptions): Promise<(Paragraph | Table)[]> {
  const page = pageOf(orientation);
  const out: (Paragraph | Table)[] = [];
  for (const block of list) {
    switch (block.kind) {
      case 'heading':
        out.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: runs(block.text, block.stage ? { color: STAGE_COLOURS[block.stage].edgeHex.slice(1).toUpperCase() } : {}),
            keepNext: true,
          }),
        );
        break;
      case 'paragraph':
        out.push(paragraph(block.text, block.note ? { italics: true, color: MUTED } : {}));
        break;
      case 'entry':
        out.push(...entry(block));
        break;
      case 'list':
        for (const item of block.items) out.push(new Paragraph({ children: runs(item), bullet: { level: 0 } }));
        break;
      case 'table':
        out.push(table(block, page.contentWidth), new Paragraph({ children: [] }));
        break;
      case 'diagram':
        out.push(...(await diagramParagraphs(block.diagram, page.contentWidth, page.contentHeight, options)));
        break;
      case 'chart':
        // The chart as an image (SVG, PNG for older Word) with the series' sentence as alt
        // text; the sentence and the series as a table under it, as in the PDF.
        out.push(new Paragraph({ children: runs(block.title, { bold: true }), keepNext: true, spacing: { before: 240 } }));
        if (block.caption) out.push(paragraph(block.caption, { color: MUTED }, { keepNext: true }));
        if (block.chart) out.push(await chartParagraph(block, block.chart, options));
        out.push(paragraph(block.summary, { italics: true, color: MUTED }, { keepNext: true }));
        out.push(table(block.table, page.contentWidth), new Paragraph({ children: [] }));
        break;
    }
  }
  return out;
}

export async function renderDocx(model: ReportModel, options: DocxOptions): Promise<Uint8Array> {
  const portrait = pageOf('portrait');
  const notes = pageNotes(model, portrait.contentWidth);
  const title = model.titlePage;
  const front: (Paragraph | Table | TableOfContents)[] = [
    paragraph(title.kicker, { color: MUTED, bold: true, size: 20 }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(title.title) }),
  ];
  if (title.facts.length > 0) {
    front.push(
      new Table({
        width: { size: portrait.contentWidth, type: WidthType.DXA },
        columnWidths: [Math.round(45 * TWIPS_PER_MM), portrait.contentWidth - Math.round(45 * TWIPS_PER_MM)],
        rows: title.facts.map(
          (fact) =>
            new TableRow({
              children: [
                new TableCell({ children: [paragraph(fact.label, { color: MUTED })] }),
                new TableCell({ children: [paragraph(fact.value)] }),
              ],
            }),
        ),
      }),
    );
  }
  if (title.summary) {
    front.push(new Paragraph({ children: runs(title.summary.heading, { bold: true }), spacing: { before: 360 }, keepNext: true }));
    front.push(paragraph(title.summary.text, title.summary.placeholder ? { italics: true, color: MUTED } : {}));
  }
  // The contents: a Word field that Word fills in from the Heading 1 and 2 paragraphs on opening.
  front.push(new Paragraph({ children: runs(model.contentsHeading, { bold: true, size: 32 }), pageBreakBefore: true }));
  front.push(new TableOfContents(clean(model.contentsHeading), { hyperlink: true, headingStyleRange: '1-2' }));

  const sections: ISectionOptions[] = [
    {
      properties: { titlePage: true, page: { size: portrait.size, margin: portrait.margin } },
      ...notes,
      children: front,
    },
  ];
  for (const section of model.sections) {
    const page = pageOf(section.orientation);
    sections.push({
      properties: { page: { size: page.size, margin: page.margin } },
      ...pageNotes(model, page.contentWidth),
      children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(section.title) }), ...(await blocks(section.blocks, section.orientation, options))],
    });
  }
  const p = model.properties;
  const document = new Document({
    title: clean(p.title),
    subject: clean(p.subject),
    creator: clean(p.author) || clean(p.creator),
    lastModifiedBy: clean(p.creator),
    keywords: clean(p.keywords),
    description: clean(title.summary?.placeholder ? '' : (title.summary?.text ?? '')),
    features: { updateFields: true },
    styles: { default: { document: { run: { language: { value: LOCALES[model.language] } } } } },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
