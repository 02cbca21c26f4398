import { ACCENT, INK, MUTED, RULE, type Rgb } from '../../theme';
import { printable } from '../printable';
import type { ChartGeometry, ChartText } from '../../research/seriesChart';

/**
 * A measured series' chart (seriesChart geometry, mm) as SVG: the image in the Word report.
 * It draws what the PDF renderer draws (shared/report/pdf/chart.ts) from the same geometry:
 * gridlines and ticks, the dashed target line with a cross at its date, the line through the
 * values, follow-ups as dots and the baseline as a hollow square.
 */
const FONT = 'DejaVu Sans';
const rgb = ([r, g, b]: Rgb) => `rgb(${r},${g},${b})`;
const esc = (text: string) => printable(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const n = (v: number) => (Math.round(v * 100) / 100).toString();

export function chartSvg(g: ChartGeometry): string {
  const { plot } = g;
  const line = (x1: number, y1: number, x2: number, y2: number, colour: Rgb, width: number, dash = '') =>
    `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${rgb(colour)}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const text = (t: ChartText, colour: Rgb = MUTED) =>
    `<text x="${n(t.x)}" y="${n(t.y)}" font-family="${FONT}" font-size="${n(g.fontSize)}"${t.align !== 'start' ? ` text-anchor="${t.align}"` : ''} fill="${rgb(colour)}">${esc(t.text)}</text>`;
  const parts: string[] = [`<rect width="${n(g.width)}" height="${n(g.height)}" fill="#fff"/>`];
  for (const tick of g.yTicks) {
    parts.push(line(plot.left, tick.at, plot.right, tick.at, RULE, 0.1));
    if (tick.label) parts.push(text(tick.label));
  }
  parts.push(line(plot.left, plot.top, plot.left, plot.bottom, MUTED, 0.25), line(plot.left, plot.bottom, plot.right, plot.bottom, MUTED, 0.25));
  for (const tick of g.yTicks) parts.push(line(plot.left - g.tickLength, tick.at, plot.left, tick.at, MUTED, 0.25));
  for (const tick of g.xTicks) {
    parts.push(line(tick.at, plot.bottom, tick.at, plot.bottom + g.tickLength, MUTED, 0.25));
    if (tick.label) parts.push(text(tick.label));
  }
  if (g.target) {
    const { target } = g;
    parts.push(line(plot.left, target.y, plot.right, target.y, INK, 0.3, '1.2 0.9'));
    if (target.x !== undefined) {
      const r = 1;
      parts.push(line(target.x - r, target.y - r, target.x + r, target.y + r, INK, 0.3), line(target.x - r, target.y + r, target.x + r, target.y - r, INK, 0.3));
    }
    parts.push(text(target.label, INK));
  }
  if (g.line.length > 1) parts.push(`<polyline points="${g.line.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${rgb(ACCENT)}" stroke-width="0.45"/>`);
  for (const p of g.points) {
    if (p.baseline) parts.push(`<rect x="${n(p.x - 1.1)}" y="${n(p.y - 1.1)}" width="2.2" height="2.2" fill="#fff" stroke="${rgb(ACCENT)}" stroke-width="0.4"/>`);
    else parts.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="0.9" fill="${rgb(ACCENT)}"/>`);
    if (p.label) parts.push(text(p.label, INK));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(g.width)}mm" height="${n(g.height)}mm" viewBox="0 0 ${n(g.width)} ${n(g.height)}">${parts.join('')}</svg>`;
}
