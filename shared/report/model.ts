import type { AioKey, Id, Language, StageKey } from '../model';
import type { ChartGeometry } from '../research/seriesChart';

/**
 * The report as a neutral description: what the report says, in what order and structure,
 * with no drawing in it. `buildReportModel` decides the content (every rule about what goes
 * in, what is left out, how a card or a check is described); a renderer (PDF today, Word
 * and Excel next) only decides how each kind of block looks. A renderer never adds,
 * drops or rewords content of its own, so the formats cannot drift apart.
 *
 * Texts are final and in the report's language. Placeholders a renderer fills in are
 * marked `{page}`, `{pages}` (page numbers only a paginating renderer knows).
 */
export interface ReportModel {
  language: Language;
  /** Document properties (PDF info dictionary, Word core properties). */
  properties: ReportProperties;
  titlePage: TitlePage;
  /** The heading of the table of contents; its entries are the sections, in order. */
  contentsHeading: string;
  sections: ReportSection[];
  /** What every page but the first carries. */
  page: PageNotes;
}

export interface ReportProperties {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
  /** When the report was made: printed on the title page and stored as the creation date. */
  date: Date;
  /** Stable input for a file id: the same theory and date give the same file. */
  identity: string;
}

export interface TitlePage {
  /** The kind of document, above the title ("PROGRAMMATHEORIE"). */
  kicker: string;
  title: string;
  /** Label–value pairs under the title; only those with a value. */
  facts: { label: string; value: string }[];
  summary: { heading: string; text: string; placeholder: boolean } | null;
}

export interface PageNotes {
  /** The running header (the theory's title). */
  header: string;
  /** Left in the footer (the organisation); may be empty. */
  footer: string;
  /** Right in the footer, with `{page}` and `{pages}`. */
  pageNumber: string;
}

export type SectionId = 'organisations' | 'changes' | 'diagram' | 'narrative' | 'indicators' | 'assumptions' | 'coverage' | 'checks' | 'notes' | 'measurements' | 'instruments';

export interface ReportSection {
  id: SectionId;
  /** A heading of level 1: in the contents, the outline and the navigation pane. */
  title: string;
  /** The page shape its content needs: wide tables and the diagram want landscape. */
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export type Block = HeadingBlock | ParagraphBlock | EntryBlock | ListBlock | TableBlock | DiagramBlock | ChartBlock;

/** A heading below the section's own (level 2). `stage` when it introduces a stage: drawn in its colour. */
export interface HeadingBlock {
  kind: 'heading';
  level: 2;
  text: string;
  stage?: StageKey;
}

/** Running text. `note` is the report speaking about itself (an introduction, "nothing yet"): set quieter. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  note?: boolean;
}

/**
 * One card in the narrative: its reference number and title, then what the card says and
 * how it connects. Each part is optional text the renderer sets in its own style.
 */
export interface EntryBlock {
  kind: 'entry';
  ref: string;
  title: string;
  description: { text: string; placeholder: boolean } | null;
  /** A line naming the card's tags (the AIO elements). */
  tags: string | null;
  /** Links in and out, each with the assumptions on it. */
  relations: { text: string; notes: string[] }[];
}

export interface ListBlock {
  kind: 'list';
  items: string[];
}

export interface TableBlock {
  kind: 'table';
  headers: string[];
  rows: string[][];
  /** A last row of totals, set apart (bold). */
  totals?: string[];
  /** Per column, in order; `{}` for a column with no preference. */
  columns: ColumnHint[];
  /** A short table kept on one page (with what leads into it) rather than split over two. */
  keepTogether?: boolean;
}

/**
 * How a column wants to be laid out. Widths are in mm of an A4 page, a renderer of another
 * medium scales them; `fitHeading` asks that the column is never narrower than the longest
 * word of its heading (so "Streefwaarde" is not broken into "Streef-waarde").
 */
export interface ColumnHint {
  width?: number;
  fitHeading?: boolean;
  align?: 'left' | 'center';
}

/**
 * One measured indicator (issue #11): its name, a line on what it is measured with, the
 * chart of its series (seriesChart, in mm, text sizes in mm too) and the series as a table.
 * The Word report draws it as an image with the summary as alt text.
 */
export interface ChartBlock {
  kind: 'chart';
  /** The indicator with its card: "4.1 Zelfvertrouwen – Zelfvertrouwen (MPE intrapsychisch)". */
  title: string;
  /** Unit, instrument, factor and scale, when known; empty otherwise. */
  caption: string;
  /** The series in one sentence: alt text of the chart. */
  summary: string;
  /** Null when no measurement has both a number and a date: the table alone says it. */
  chart: ChartGeometry | null;
  /** Every measurement in time order: date or period, kind, value, n, note. */
  table: TableBlock;
}

export interface DiagramBlock {
  kind: 'diagram';
  diagram: DiagramModel;
}

// ---- The diagram: positioned boxes and routed arrows (mm on the page, origin top left) ----

export type Point = [number, number];

export interface DiagramModel {
  /** The theory's title, for a diagram that stands on its own (a picture); the report has a title page. */
  title?: string;
  /** The page each diagram page is laid out on (from `origin`, default 0, 0). */
  width: number;
  height: number;
  origin?: Point;
  /** The stage columns, the same on every page. */
  lanes: DiagramLane[];
  legend: DiagramLegend;
  pages: DiagramPage[];
  /** Shown on the (single) page when there are no cards. */
  emptyMessage: string | null;
  /** "p. {page}": how a pointer names the page of a card drawn on another diagram page. */
  otherPage: string;
  /** Under a page that continues on the next. */
  continues: string;
  /** Boxes have a row for pointers to linked cards on other pages (only with several pages). */
  pointerRow: boolean;
}

export interface DiagramLane {
  stage: StageKey;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramLegend {
  heading: string;
  items: { key: AioKey; mark: string; label: string }[];
  /** The stage colours, for a picture whose lane headings may be cropped away. */
  stages?: { stage: StageKey; label: string }[];
  /** What a solid and a dashed (quieter) arrow mean. */
  links?: { withRationale: string; withoutRationale: string };
}

export interface DiagramPage {
  heading: string;
  /** Drawn first, so boxes sit on top of them. */
  arrows: DiagramArrow[];
  boxes: DiagramBox[];
}

export interface DiagramBox {
  id: Id;
  stage: StageKey;
  ref: string;
  /** The full title (for alt text and tooltips); `lines` is what fits in the box. */
  title: string;
  lines: string[];
  aio: AioKey[];
  x: number;
  y: number;
  w: number;
  h: number;
  /** Linked cards on other diagram pages (`page` is the 0-based diagram page). */
  pointers: { direction: 'out' | 'in'; ref: string; page: number }[];
}

export type PathSegment = { type: 'line'; to: Point } | { type: 'curve'; c1: Point; c2: Point; to: Point };

export interface DiagramArrow {
  id: Id;
  from: Id;
  to: Id;
  /** Whether the link says why it holds; a link without a rationale is drawn quieter. */
  hasRationale: boolean;
  rationale: string;
  start: Point;
  segments: PathSegment[];
  /** Where the arrow head points to, and the direction it points in. */
  head: { at: Point; direction: Point };
}

/** Text measurement for the layout (the diagram's box heights depend on how titles wrap). */
export interface TextMeasure {
  /** Width in mm of `text` set at `size` pt. */
  width(text: string, size: number, bold: boolean): number;
  /** `text` broken into lines no wider than `width` mm at `size` pt. */
  wrap(text: string, width: number, size: number, bold: boolean): string[];
}
