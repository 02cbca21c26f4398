import type { jsPDF } from 'jspdf';
import { AIO_KEYS, STAGES, type AioKey, type Card, type Id, type Language, type StageKey, type Theory } from '../model';
import { AIO_LABELS, AIO_MARKS, STAGE_LABELS } from '../i18n/domain';
import { reportStrings } from '../i18n/report';
import { translator } from '../i18n/core';
import type { CardRefs } from './refs';
import { AIO_SHAPES, INK, MUTED, RULE, STAGE_COLOURS } from './theme';
import { FONT_FAMILY } from './fonts';

/** Landscape A4 geometry in mm. */
const PAGE_W = 297;
const PAGE_H = 210;
const MARGIN = 12;
const TOP = 30; // below the page header and the column headings
const BOTTOM = PAGE_H - 16; // above the legend and footer
const GAP = 9; // between columns: room for arrows
const COL_W = (PAGE_W - 2 * MARGIN - GAP * (STAGES.length - 1)) / STAGES.length;
const CARD_GAP = 4;
const TITLE_PT = 8;
const LINE_H = 3.5;
const MAX_TITLE_LINES = 4;

interface Placed {
  card: Card;
  page: number; // 0-based diagram page
  x: number;
  y: number;
  h: number;
  lines: string[];
}

function columnX(stage: StageKey): number {
  return MARGIN + STAGES.indexOf(stage) * (COL_W + GAP);
}

/** Wrap a title to the card width, at most MAX_TITLE_LINES lines, the last one ellipsised. */
function titleLines(doc: jsPDF, title: string): string[] {
  const lines: string[] = doc.splitTextToSize(title.trim() || '…', COL_W - 6);
  if (lines.length <= MAX_TITLE_LINES) return lines;
  const kept = lines.slice(0, MAX_TITLE_LINES);
  let last = kept[MAX_TITLE_LINES - 1]!;
  while (last.length > 1 && doc.getTextWidth(`${last}…`) > COL_W - 6) last = last.slice(0, -1);
  kept[MAX_TITLE_LINES - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Assign each card a page and a slot, filling each stage column top to bottom. */
export function layoutDiagram(doc: jsPDF, refs: CardRefs): { placed: Map<Id, Placed>; pages: number } {
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(TITLE_PT);
  const placed = new Map<Id, Placed>();
  let pages = 1;
  for (const stage of STAGES) {
    let page = 0;
    let y = TOP;
    for (const card of refs.byStage[stage]) {
      const lines = titleLines(doc, card.title);
      // Every card keeps a footer row: AIO marks on the left, pointers to other pages on the right.
      const h = 6 + lines.length * LINE_H + 5;
      if (y + h > BOTTOM) {
        page++;
        y = TOP;
      }
      placed.set(card.id, { card, page, x: columnX(stage), y, h, lines });
      y += h + CARD_GAP;
    }
    pages = Math.max(pages, page + 1);
  }
  return { placed, pages };
}

function drawAioMark(doc: jsPDF, key: AioKey, x: number, y: number): number {
  const r = 1.7;
  doc.setDrawColor(...INK);
  doc.setFillColor(255, 255, 255);
  doc.setLineWidth(0.25);
  const shape = AIO_SHAPES[key];
  if (shape === 'circle') doc.circle(x + r, y, r, 'FD');
  else if (shape === 'square') doc.rect(x, y - r, 2 * r, 2 * r, 'FD');
  else doc.lines([[r, -r], [r, r], [-r, r], [-r, -r]], x, y, [1, 1], 'FD', true);
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(5.5);
  doc.setTextColor(...INK);
  doc.text(AIO_MARKS[key], x + r, y + 0.7, { align: 'center' });
  return 2 * r + 1.2;
}

/** A mark followed by its label, for legends and running text. */
export function drawAioLegend(doc: jsPDF, language: Language, x: number, y: number): void {
  const t = translator(reportStrings, language);
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(7);
  doc.setTextColor(...MUTED);
  doc.text(t('legend'), x, y + 0.9);
  let cx = x + doc.getTextWidth(t('legend')) + 2;
  for (const key of AIO_KEYS) {
    cx += drawAioMark(doc, key, cx, y);
    doc.setFont(FONT_FAMILY, 'normal');
    doc.setFontSize(7);
    doc.setTextColor(...MUTED);
    doc.text(AIO_LABELS[language][key], cx, y + 0.9);
    cx += doc.getTextWidth(AIO_LABELS[language][key]) + 5;
  }
}

function arrowHead(doc: jsPDF, x: number, y: number, dx: number, dy: number): void {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const s = 1.6;
  doc.triangle(x, y, x - ux * s * 1.6 - uy * s, y - uy * s * 1.6 + ux * s, x - ux * s * 1.6 + uy * s, y - uy * s * 1.6 - ux * s, 'F');
}

/**
 * Draw the diagram pages (already added by the caller, first at `firstPage`). Returns
 * the page number of each card, so other sections can point to it.
 */
export function drawDiagram(
  doc: jsPDF,
  theory: Theory,
  refs: CardRefs,
  layout: { placed: Map<Id, Placed>; pages: number },
  language: Language,
  firstPage: number,
  heading: (part: number, parts: number) => void,
): void {
  const t = translator(reportStrings, language);
  const { placed, pages } = layout;
  for (let p = 0; p < pages; p++) {
    doc.setPage(firstPage + p);
    heading(p + 1, pages);
    // Column headings and lanes.
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
      doc.text(`${STAGES.indexOf(stage) + 1}. ${STAGE_LABELS[language][stage]}`, x + 2.5, TOP - 2.5);
    }
    // Arrows first, so cards sit on top of them.
    doc.setLineWidth(0.3);
    for (const link of Object.values(theory.links)) {
      const from = placed.get(link.from);
      const to = placed.get(link.to);
      if (!from || !to || from.page !== p || to.page !== p) continue;
      const colour = link.rationale.trim() ? INK : MUTED;
      doc.setDrawColor(...colour);
      doc.setFillColor(...colour);
      const sameColumn = from.x === to.x;
      const sx = from.x + COL_W;
      const sy = from.y + from.h / 2;
      const ex = sameColumn ? to.x + COL_W : to.x;
      const ey = to.y + to.h / 2;
      const bend = sameColumn ? 6 : Math.max(4, Math.abs(ex - sx) / 3);
      const c1x = sx + bend;
      const c2x = sameColumn ? ex + bend : ex - bend;
      doc.lines([[c1x - sx, 0, c2x - sx, ey - sy, ex - sx, ey - sy]], sx, sy, [1, 1], 'S', false);
      arrowHead(doc, ex, ey, ex - c2x, 0);
    }
    // Cards.
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
      let mx = x + 2;
      const my = y + h - 3;
      for (const key of card.aio) mx += drawAioMark(doc, key, mx, my);
      // Links to cards on other pages: a pointer instead of an arrow.
      const away = Object.values(theory.links).filter((l) => {
        if (l.from !== card.id) return false;
        const target = placed.get(l.to);
        return target !== undefined && target.page !== p;
      });
      if (away.length > 0) {
        doc.setFont(FONT_FAMILY, 'normal');
        doc.setFontSize(6);
        doc.setTextColor(...MUTED);
        const label = away
          .slice(0, 3)
          .map((l) => `→ ${refs.ref(l.to)} (${t('otherPage', { page: firstPage + placed.get(l.to)!.page })})`)
          .join('  ');
        doc.text(label, x + COL_W - 1.5, y + h - 1.6, { align: 'right' });
      }
    }
    if (p < pages - 1) {
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setFontSize(7.5);
      doc.setTextColor(...MUTED);
      doc.text(`${t("continuesNext")} →`, PAGE_W - MARGIN, BOTTOM + 5.5, { align: "right" });
    }
    doc.setDrawColor(...RULE);
    drawAioLegend(doc, language, MARGIN, BOTTOM + 5);
  }
}
