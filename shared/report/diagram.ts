import type { jsPDF } from 'jspdf';
import { AIO_KEYS, STAGES, type AioKey, type Card, type Id, type Language, type Link, type StageKey, type Theory } from '../model';
import { AIO_LABELS, AIO_MARKS, STAGE_LABELS } from '../i18n/domain';
import { reportStrings } from '../i18n/report';
import { translator } from '../i18n/core';
import type { CardRefs } from './refs';
import { AIO_SHAPES, INK, MUTED, STAGE_COLOURS } from '../theme';
import { FONT_FAMILY } from './fonts';
import { LANDSCAPE_PAGE } from './flow';
import { Tracks, routeAcross } from './route';

const PAGE_W = LANDSCAPE_PAGE.width;
const MARGIN = LANDSCAPE_PAGE.margin;
const TOP = 32; // below the page header, the diagram heading and the column headings
const BOTTOM = LANDSCAPE_PAGE.height - 18; // above the continuation note and the footer
const GAP = 9; // between columns: room for arrows
const COL_W = (PAGE_W - 2 * MARGIN - GAP * (STAGES.length - 1)) / STAGES.length;
const CARD_GAP = 4;
const TITLE_PT = 8;
const LINE_H = 3.5;
const MAX_TITLE_LINES = 4;
const POINTER_PT = 6;
const ROW_H = 4.2; // one footer row: AIO marks, or pointers to other pages

interface Placed {
  card: Card;
  page: number; // 0-based diagram page
  x: number;
  y: number;
  h: number;
  lines: string[];
}

export interface DiagramLayout {
  placed: Map<Id, Placed>;
  pages: number;
  /** Cards carry a row of pointers to linked cards on other pages (only when there are several pages). */
  pointerRow: boolean;
}

function columnX(stage: StageKey): number {
  return MARGIN + STAGES.indexOf(stage) * (COL_W + GAP);
}

/** Wrap a title to the card width, at most MAX_TITLE_LINES lines, the last one ellipsised. */
function titleLines(doc: jsPDF, title: string): string[] {
  const lines: string[] = doc.splitTextToSize(title.trim() || '…', COL_W - 5);
  if (lines.length <= MAX_TITLE_LINES) return lines;
  const kept = lines.slice(0, MAX_TITLE_LINES);
  kept[MAX_TITLE_LINES - 1] = ellipsis(doc, `${kept[MAX_TITLE_LINES - 1]!}…`, COL_W - 5);
  return kept;
}

/** `text` cut to `width` with a trailing ellipsis (the current font and size). */
function ellipsis(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let cut = text.replace(/…$/, '');
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function place(doc: jsPDF, refs: CardRefs, pointerRow: boolean): DiagramLayout {
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(TITLE_PT);
  const placed = new Map<Id, Placed>();
  let pages = 1;
  for (const stage of STAGES) {
    let page = 0;
    let y = TOP;
    for (const card of refs.byStage[stage]) {
      const lines = titleLines(doc, card.title);
      const h = 6 + lines.length * LINE_H + ROW_H + (pointerRow ? ROW_H - 0.6 : 0.8);
      if (y + h > BOTTOM && y > TOP) {
        page++;
        y = TOP;
      }
      placed.set(card.id, { card, page, x: columnX(stage), y, h, lines });
      y += h + CARD_GAP;
    }
    pages = Math.max(pages, page + 1);
  }
  return { placed, pages, pointerRow };
}

/**
 * Assign each card a page and a slot, filling each stage column top to bottom in reading
 * order. Canvas positions are not trusted: they overlap and sprawl. When the diagram needs
 * several pages, every card gets a row for pointers to its linked cards on other pages.
 */
export function layoutDiagram(doc: jsPDF, refs: CardRefs): DiagramLayout {
  const single = place(doc, refs, false);
  return single.pages === 1 ? single : place(doc, refs, true);
}

function drawAioMark(doc: jsPDF, key: AioKey, x: number, y: number): number {
  const r = 1.7;
  doc.setDrawColor(...INK);
  doc.setFillColor(255, 255, 255);
  doc.setLineWidth(0.25);
  const shape = AIO_SHAPES[key];
  if (shape === 'circle') doc.circle(x + r, y, r, 'FD');
  else if (shape === 'square') doc.rect(x, y - r, 2 * r, 2 * r, 'FD');
  else doc.lines([[r, -r - 0.3], [r + 0.3, r + 0.3], [-r - 0.3, r + 0.3], [-r, -r - 0.3]], x - 0.15, y, [1, 1], 'FD', true);
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(6);
  doc.setTextColor(...INK);
  doc.text(AIO_MARKS[key], x + r, y + 0.7, { align: 'center' });
  return 2 * r + 1.2;
}

/** The AIO legend (mark + label for each element), right-aligned at `right`. */
function drawAioLegend(doc: jsPDF, language: Language, right: number, y: number): void {
  const t = translator(reportStrings, language);
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(7);
  const width =
    doc.getTextWidth(t('legend')) + 2 + AIO_KEYS.reduce((sum, key) => sum + 3.4 + 1.2 + doc.getTextWidth(AIO_LABELS[language][key]) + 4, 0) - 4;
  let cx = right - width;
  doc.setTextColor(...MUTED);
  doc.text(t('legend'), cx, y + 0.9);
  cx += doc.getTextWidth(t('legend')) + 2;
  for (const key of AIO_KEYS) {
    cx += drawAioMark(doc, key, cx, y);
    doc.setFont(FONT_FAMILY, 'normal');
    doc.setFontSize(7);
    doc.setTextColor(...MUTED);
    doc.text(AIO_LABELS[language][key], cx, y + 0.9);
    cx += doc.getTextWidth(AIO_LABELS[language][key]) + 4;
  }
}

function arrowHead(doc: jsPDF, x: number, y: number, dx: number, dy: number): void {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const s = 1.5;
  doc.triangle(x, y, x - ux * s * 1.6 - uy * s * 0.8, y - uy * s * 1.6 + ux * s * 0.8, x - ux * s * 1.6 + uy * s * 0.8, y - uy * s * 1.6 - ux * s * 0.8, 'F');
}

type Side = 'left' | 'right';

/** Which card edges a link leaves and enters: forward links run right→left, others hook round. */
function sides(from: Placed, to: Placed): { out: Side; in: Side } {
  if (to.x > from.x) return { out: 'right', in: 'left' };
  if (to.x < from.x) return { out: 'left', in: 'right' };
  return { out: 'right', in: 'right' };
}

/**
 * Spread the ends of a card's arrows along each edge, ordered by where the other end is,
 * so arrows fan out instead of piling into one point.
 */
function ports(links: Link[], placed: Map<Id, Placed>): Map<string, number> {
  const ends = new Map<string, { key: string; otherY: number }[]>();
  const add = (cardId: Id, side: Side, key: string, otherY: number) => {
    const list = ends.get(`${cardId}|${side}`) ?? [];
    list.push({ key, otherY });
    ends.set(`${cardId}|${side}`, list);
  };
  for (const link of links) {
    const from = placed.get(link.from)!;
    const to = placed.get(link.to)!;
    const s = sides(from, to);
    add(link.from, s.out, `${link.id}|out`, to.y + to.h / 2);
    add(link.to, s.in, `${link.id}|in`, from.y + from.h / 2);
  }
  const out = new Map<string, number>();
  for (const [cardSide, list] of ends) {
    const card = placed.get(cardSide.split('|')[0]!)!;
    list.sort((a, b) => a.otherY - b.otherY);
    const top = card.y + 3;
    const span = card.h - 6;
    list.forEach((end, i) => out.set(end.key, top + (span * (i + 1)) / (list.length + 1)));
  }
  return out;
}

/** Pointers to linked cards on other pages, as many as fit in `width`, then "+n". */
function pointerLabel(doc: jsPDF, items: string[], width: number): string {
  let label = '';
  for (let i = 0; i < items.length; i++) {
    const next = label ? `${label}  ${items[i]}` : items[i]!;
    const rest = items.length - i - 1;
    if (doc.getTextWidth(rest > 0 ? `${next}  +${rest}` : next) > width) {
      const left = items.length - i;
      return label ? `${label}  +${left}` : `+${left}`;
    }
    label = next;
  }
  return label;
}

/**
 * Draw the diagram pages (already added by the caller, the first at `firstPage`): stage
 * lanes, cards with reference numbers and AIO marks, arrows between cards on the same
 * page and pointers ("→ 2.3 (p. 4)") to linked cards on other pages.
 */
export function drawDiagram(doc: jsPDF, theory: Theory, refs: CardRefs, layout: DiagramLayout, language: Language, firstPage: number): void {
  const t = translator(reportStrings, language);
  const { placed, pages } = layout;
  const links = Object.values(theory.links).filter((l) => placed.has(l.from) && placed.has(l.to));
  for (let p = 0; p < pages; p++) {
    doc.setPage(firstPage + p);
    doc.setFont(FONT_FAMILY, 'bold');
    doc.setFontSize(13);
    doc.setTextColor(...INK);
    const heading = pages === 1 ? t('diagram') : p === 0 ? t('diagramPart', { part: 1, parts: pages }) : t('diagramContinued', { part: p + 1, parts: pages });
    doc.text(heading, MARGIN, 18);
    drawAioLegend(doc, language, PAGE_W - MARGIN, 16.8);

    for (const stage of STAGES) {
      const x = columnX(stage);
      const colour = STAGE_COLOURS[stage];
      doc.setFillColor(...colour.fill);
      doc.roundedRect(x, TOP - 7, COL_W, BOTTOM - TOP + 9, 1.5, 1.5, 'F');
      doc.setFillColor(...colour.edge);
      doc.rect(x, TOP - 7, COL_W, 1.2, 'F');
      doc.setFont(FONT_FAMILY, 'bold');
      doc.setFontSize(8.5);
      doc.setTextColor(...colour.edge);
      doc.text(ellipsis(doc, `${STAGES.indexOf(stage) + 1}. ${STAGE_LABELS[language][stage]}`, COL_W - 5), x + 2.5, TOP - 2.5);
    }
    if (placed.size === 0) {
      const message = t('emptyTheory');
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setFontSize(10);
      const w = doc.getTextWidth(message) + 12;
      doc.setFillColor(255, 255, 255);
      doc.setDrawColor(...MUTED);
      doc.setLineWidth(0.2);
      doc.roundedRect(PAGE_W / 2 - w / 2, 96, w, 12, 2, 2, 'FD');
      doc.setTextColor(...MUTED);
      doc.text(message, PAGE_W / 2, 103.5, { align: 'center' });
    }

    // Arrows first, so cards sit on top of them. Solid when the link carries a rationale.
    const here = links.filter((l) => placed.get(l.from)!.page === p && placed.get(l.to)!.page === p);
    const port = ports(here, placed);
    const tracks = new Tracks();
    doc.setLineWidth(0.3);
    for (const link of here) {
      const from = placed.get(link.from)!;
      const to = placed.get(link.to)!;
      const s = sides(from, to);
      const colour = link.rationale.trim() ? INK : MUTED;
      doc.setDrawColor(...colour);
      doc.setFillColor(...colour);
      const sx = s.out === 'right' ? from.x + COL_W : from.x;
      const ex = s.in === 'right' ? to.x + COL_W : to.x;
      const sy = port.get(`${link.id}|out`)!;
      const ey = port.get(`${link.id}|in`)!;
      // Across a column (a skipped stage, or backwards past one): go round its cards, not behind them.
      const [a, b] = [STAGES.indexOf(from.card.stage), STAGES.indexOf(to.card.stage)].sort((m, n) => m - n) as [number, number];
      if (b - a >= 2) {
        const between = [...placed.values()].filter((o) => o.page === p && STAGES.indexOf(o.card.stage) > a && STAGES.indexOf(o.card.stage) < b);
        const forward = to.x > from.x;
        const gutters: [number, number] = forward ? [from.x + COL_W + GAP / 2, to.x - GAP / 2] : [from.x - GAP / 2, to.x + COL_W + GAP / 2];
        const points = routeAcross([sx, sy], [ex, ey], gutters, between.map((o) => ({ x: o.x, y: o.y, w: COL_W, h: o.h })), { top: TOP - 0.5, bottom: BOTTOM + 1.8 }, tracks);
        doc.lines(points.slice(1).map(([x, y], i) => [x - points[i]![0], y - points[i]![1]]), sx, sy, [1, 1], 'S', false);
        arrowHead(doc, ex, ey, ex - gutters[1], 0);
        continue;
      }
      const bend = s.out === s.in ? 6 : Math.max(4, Math.abs(ex - sx) / 3);
      const c1x = s.out === 'right' ? sx + bend : sx - bend;
      const c2x = s.in === 'left' ? ex - bend : ex + bend;
      doc.lines([[c1x - sx, 0, c2x - sx, ey - sy, ex - sx, ey - sy]], sx, sy, [1, 1], 'S', false);
      arrowHead(doc, ex, ey, ex - c2x, 0);
    }

    for (const item of placed.values()) {
      if (item.page !== p) continue;
      const { card, x, y, h, lines } = item;
      const colour = STAGE_COLOURS[card.stage];
      doc.setDrawColor(...colour.edge);
      doc.setFillColor(255, 255, 255);
      doc.setLineWidth(0.35);
      doc.roundedRect(x, y, COL_W, h, 1.2, 1.2, 'FD');
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setFontSize(6.5);
      doc.setTextColor(...colour.edge);
      doc.text(refs.ref(card.id), x + 2, y + 3.2);
      doc.setFont(FONT_FAMILY, 'bold');
      doc.setFontSize(TITLE_PT);
      doc.setTextColor(...INK);
      doc.text(lines, x + 2, y + 6.6, { lineHeightFactor: 1.25 });
      const marksY = y + 6 + lines.length * LINE_H + ROW_H / 2 - 0.2;
      let mx = x + 2;
      for (const key of card.aio) mx += drawAioMark(doc, key, mx, marksY);
      if (!layout.pointerRow) continue;
      const away = (id: Id) => {
        const other = placed.get(id);
        return other !== undefined && other.page !== p;
      };
      const pageOf = (id: Id) => t('otherPage', { page: firstPage + placed.get(id)!.page });
      const items = [
        ...links.filter((l) => l.from === card.id && away(l.to)).map((l) => `→ ${refs.ref(l.to)} (${pageOf(l.to)})`),
        ...links.filter((l) => l.to === card.id && away(l.from)).map((l) => `← ${refs.ref(l.from)} (${pageOf(l.from)})`),
      ];
      if (items.length === 0) continue;
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setFontSize(POINTER_PT);
      doc.setTextColor(...MUTED);
      doc.text(pointerLabel(doc, items, COL_W - 4), x + 2, y + h - 1.7);
    }
    if (p < pages - 1) {
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setFontSize(8);
      doc.setTextColor(...MUTED);
      doc.text(`${t('continuesNext')} →`, PAGE_W - MARGIN, BOTTOM + 6, { align: 'right' });
    }
  }
}
