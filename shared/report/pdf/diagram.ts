import type { jsPDF } from 'jspdf';
import type { AioKey } from '../../model';
import { format } from '../../i18n/core';
import { AIO_SHAPES, INK, MUTED, STAGE_COLOURS } from '../../theme';
import { FONT_FAMILY } from './fonts';
import { DIAGRAM, ellipsis } from '../layout';
import type { DiagramArrow, DiagramBox, DiagramLegend, DiagramModel, TextMeasure } from '../model';

function drawAioMark(doc: jsPDF, key: AioKey, mark: string, x: number, y: number): number {
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
  doc.text(mark, x + r, y + 0.7, { align: 'center' });
  return 2 * r + 1.2;
}

/** The AIO legend (mark + label for each element), right-aligned at `right`. */
function drawAioLegend(doc: jsPDF, legend: DiagramLegend, right: number, y: number): void {
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(7);
  const width = doc.getTextWidth(legend.heading) + 2 + legend.items.reduce((sum, item) => sum + 3.4 + 1.2 + doc.getTextWidth(item.label) + 4, 0) - 4;
  let cx = right - width;
  doc.setTextColor(...MUTED);
  doc.text(legend.heading, cx, y + 0.9);
  cx += doc.getTextWidth(legend.heading) + 2;
  for (const item of legend.items) {
    cx += drawAioMark(doc, item.key, item.mark, cx, y);
    doc.setFont(FONT_FAMILY, 'normal');
    doc.setFontSize(7);
    doc.setTextColor(...MUTED);
    doc.text(item.label, cx, y + 0.9);
    cx += doc.getTextWidth(item.label) + 4;
  }
}

function arrowHead(doc: jsPDF, x: number, y: number, dx: number, dy: number): void {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const s = 1.5;
  doc.triangle(x, y, x - ux * s * 1.6 - uy * s * 0.8, y - uy * s * 1.6 + ux * s * 0.8, x - ux * s * 1.6 + uy * s * 0.8, y - uy * s * 1.6 - ux * s * 0.8, 'F');
}

function drawArrow(doc: jsPDF, arrow: DiagramArrow): void {
  const colour = arrow.hasRationale ? INK : MUTED;
  doc.setDrawColor(...colour);
  doc.setFillColor(...colour);
  // jsPDF's lines are relative to the end of the previous segment.
  let [px, py] = arrow.start;
  const steps = arrow.segments.map((segment) => {
    const rel =
      segment.type === 'line'
        ? [segment.to[0] - px, segment.to[1] - py]
        : [segment.c1[0] - px, segment.c1[1] - py, segment.c2[0] - px, segment.c2[1] - py, segment.to[0] - px, segment.to[1] - py];
    [px, py] = segment.to;
    return rel;
  });
  doc.lines(steps, arrow.start[0], arrow.start[1], [1, 1], 'S', false);
  arrowHead(doc, arrow.head.at[0], arrow.head.at[1], arrow.head.direction[0], arrow.head.direction[1]);
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

function drawBox(doc: jsPDF, box: DiagramBox, diagram: DiagramModel, firstPage: number): void {
  const { x, y, w, h, lines } = box;
  const colour = STAGE_COLOURS[box.stage];
  doc.setDrawColor(...colour.edge);
  doc.setFillColor(255, 255, 255);
  doc.setLineWidth(0.35);
  doc.roundedRect(x, y, w, h, 1.2, 1.2, 'FD');
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(6.5);
  doc.setTextColor(...colour.edge);
  doc.text(box.ref, x + 2, y + 3.2);
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(DIAGRAM.titlePt);
  doc.setTextColor(...INK);
  doc.text(lines, x + 2, y + 6.6, { lineHeightFactor: 1.25 });
  const marksY = y + 6 + lines.length * DIAGRAM.lineH + DIAGRAM.rowH / 2 - 0.2;
  let mx = x + 2;
  const marks = new Map(diagram.legend.items.map((item) => [item.key, item.mark]));
  for (const key of box.aio) mx += drawAioMark(doc, key, marks.get(key)!, mx, marksY);
  if (!diagram.pointerRow || box.pointers.length === 0) return;
  const items = box.pointers.map((pointer) => `${pointer.direction === 'out' ? '→' : '←'} ${pointer.ref} (${format(diagram.otherPage, { page: firstPage + pointer.page })})`);
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(DIAGRAM.pointerPt);
  doc.setTextColor(...MUTED);
  doc.text(pointerLabel(doc, items, w - 4), x + 2, y + h - 1.7);
}

/**
 * Draw the diagram pages (already added by the caller, the first at `firstPage`): stage
 * lanes, cards with reference numbers and AIO marks, arrows between cards on the same
 * page and pointers ("→ 2.3 (p. 4)") to linked cards on other pages.
 */
export function drawDiagram(doc: jsPDF, diagram: DiagramModel, measure: TextMeasure, firstPage: number): void {
  const { margin, width } = { margin: DIAGRAM.margin, width: diagram.width };
  diagram.pages.forEach((page, p) => {
    doc.setPage(firstPage + p);
    doc.setFont(FONT_FAMILY, 'bold');
    doc.setFontSize(13);
    doc.setTextColor(...INK);
    doc.text(page.heading, margin, 18);
    drawAioLegend(doc, diagram.legend, width - margin, 16.8);

    for (const lane of diagram.lanes) {
      const colour = STAGE_COLOURS[lane.stage];
      doc.setFillColor(...colour.fill);
      doc.roundedRect(lane.x, lane.y, lane.w, lane.h, 1.5, 1.5, 'F');
      doc.setFillColor(...colour.edge);
      doc.rect(lane.x, lane.y, lane.w, 1.2, 'F');
      const label = ellipsis(measure, lane.label, lane.w - 5, 8.5, true);
      doc.setFont(FONT_FAMILY, 'bold');
      doc.setFontSize(8.5);
      doc.setTextColor(...colour.edge);
      doc.text(label, lane.x + 2.5, lane.y + 4.5);
    }
    if (diagram.emptyMessage) {
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setFontSize(10);
      const w = doc.getTextWidth(diagram.emptyMessage) + 12;
      doc.setFillColor(255, 255, 255);
      doc.setDrawColor(...MUTED);
      doc.setLineWidth(0.2);
      doc.roundedRect(width / 2 - w / 2, 96, w, 12, 2, 2, 'FD');
      doc.setTextColor(...MUTED);
      doc.text(diagram.emptyMessage, width / 2, 103.5, { align: 'center' });
    }

    // Arrows first, so cards sit on top of them. Quieter when the link carries no rationale.
    doc.setLineWidth(0.3);
    for (const arrow of page.arrows) drawArrow(doc, arrow);
    for (const box of page.boxes) drawBox(doc, box, diagram, firstPage);
    if (p < diagram.pages.length - 1) {
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setFontSize(8);
      doc.setTextColor(...MUTED);
      doc.text(`${diagram.continues} →`, width - margin, DIAGRAM.bottom + 6, { align: 'right' });
    }
  });
}
