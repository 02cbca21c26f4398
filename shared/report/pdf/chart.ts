import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './fonts';
import { ACCENT, INK, MUTED, RULE } from '../../theme';
import type { ChartGeometry, ChartText } from '../../research/seriesChart';

/** Points per mm: the geometry's text size is in mm, jsPDF's in pt. */
const PT = 0.352778;

/**
 * Draw a measured series' chart (seriesChart geometry in mm) at `x`, `y` on the current
 * page as vector lines and text: value gridlines and ticks, the time axis with its dates,
 * the target as a dashed line (with a cross at its date), the line through the values,
 * follow-ups as filled dots and the baseline as a hollow square, so it reads in black and white.
 */
export function drawChart(doc: jsPDF, g: ChartGeometry, x: number, y: number): void {
  const { plot } = g;
  const X = (v: number) => x + v;
  const Y = (v: number) => y + v;
  const text = (t: ChartText, colour = MUTED) => {
    doc.setTextColor(...colour);
    doc.text(t.text, X(t.x), Y(t.y), t.align === 'start' ? {} : { align: t.align === 'middle' ? 'center' : 'right' });
  };
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(g.fontSize / PT);

  // Gridlines at the value ticks, then the axes over them.
  doc.setLineWidth(0.1);
  doc.setDrawColor(...RULE);
  for (const tick of g.yTicks) {
    doc.line(X(plot.left), Y(tick.at), X(plot.right), Y(tick.at));
    if (tick.label) text(tick.label);
  }
  doc.setLineWidth(0.25);
  doc.setDrawColor(...MUTED);
  doc.line(X(plot.left), Y(plot.top), X(plot.left), Y(plot.bottom));
  doc.line(X(plot.left), Y(plot.bottom), X(plot.right), Y(plot.bottom));
  for (const tick of g.yTicks) doc.line(X(plot.left - g.tickLength), Y(tick.at), X(plot.left), Y(tick.at));
  for (const tick of g.xTicks) {
    doc.line(X(tick.at), Y(plot.bottom), X(tick.at), Y(plot.bottom + g.tickLength));
    if (tick.label) text(tick.label);
  }

  if (g.target) {
    const { target } = g;
    doc.setDrawColor(...INK);
    doc.setLineWidth(0.3);
    doc.setLineDashPattern([1.2, 0.9], 0);
    doc.line(X(plot.left), Y(target.y), X(plot.right), Y(target.y));
    doc.setLineDashPattern([], 0);
    if (target.x !== undefined) {
      const r = 1;
      doc.line(X(target.x - r), Y(target.y - r), X(target.x + r), Y(target.y + r));
      doc.line(X(target.x - r), Y(target.y + r), X(target.x + r), Y(target.y - r));
    }
    text(target.label, INK);
  }

  doc.setDrawColor(...ACCENT);
  doc.setLineWidth(0.45);
  for (let i = 1; i < g.line.length; i++) doc.line(X(g.line[i - 1]!.x), Y(g.line[i - 1]!.y), X(g.line[i]!.x), Y(g.line[i]!.y));
  for (const p of g.points) {
    if (p.baseline) {
      const r = 1.1;
      doc.setFillColor(255, 255, 255);
      doc.setLineWidth(0.4);
      doc.rect(X(p.x - r), Y(p.y - r), 2 * r, 2 * r, 'FD');
    } else {
      doc.setFillColor(...ACCENT);
      doc.circle(X(p.x), Y(p.y), 0.9, 'F');
    }
    if (p.label) text(p.label, INK);
  }
}
