import { format } from '../../i18n/core';
import { INK, aioOutlineSvg, MUTED, STAGE_COLOURS, type Rgb } from '../../theme';
import { DIAGRAM } from '../layout';
import { printable } from '../printable';
import type { DiagramArrow, DiagramBox, DiagramModel } from '../model';

/**
 * One page of the report's diagram (the model's positioned boxes and routed arrows, in mm)
 * as SVG: the image of the diagram in the Word report. It draws what the PDF renderer
 * draws from the same model; it decides nothing about content.
 */
const PT = 0.3528; // mm per point
const FONT = 'DejaVu Sans';

const rgb = ([r, g, b]: Rgb) => `rgb(${r},${g},${b})`;
const esc = (text: string) => printable(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const n = (v: number) => (Math.round(v * 100) / 100).toString();

function text(x: number, y: number, content: string, pt: number, fill: Rgb, options: { bold?: boolean; anchor?: 'start' | 'middle' | 'end' } = {}): string {
  return `<text x="${n(x)}" y="${n(y)}" font-family="${FONT}" font-size="${n(pt * PT)}"${options.bold ? ' font-weight="bold"' : ''}${options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : ''} fill="${rgb(fill)}">${esc(content)}</text>`;
}

function aioMark(key: DiagramBox['aio'][number], mark: string, x: number, y: number): string {
  const r = 1.7;
  const outline = aioOutlineSvg(key, x, y, r, 0.3, n);
  return `<g fill="#fff" stroke="${rgb(INK)}" stroke-width="0.25">${outline}</g>${text(x + r, y + 0.7, mark, 6, INK, { bold: true, anchor: 'middle' })}`;
}

function arrow(a: DiagramArrow): string {
  const colour = rgb(a.hasRationale ? INK : MUTED);
  const d = [`M${n(a.start[0])} ${n(a.start[1])}`, ...a.segments.map((s) => (s.type === 'line' ? `L${n(s.to[0])} ${n(s.to[1])}` : `C${n(s.c1[0])} ${n(s.c1[1])} ${n(s.c2[0])} ${n(s.c2[1])} ${n(s.to[0])} ${n(s.to[1])}`))].join(' ');
  const [x, y] = a.head.at;
  const [dx, dy] = a.head.direction;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const s = 1.5;
  const head = `${n(x)},${n(y)} ${n(x - ux * s * 1.6 - uy * s * 0.8)},${n(y - uy * s * 1.6 + ux * s * 0.8)} ${n(x - ux * s * 1.6 + uy * s * 0.8)},${n(y - uy * s * 1.6 - ux * s * 0.8)}`;
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="0.3"/><polygon points="${head}" fill="${colour}"/>`;
}

function box(b: DiagramBox, diagram: DiagramModel, marks: Map<string, string>, firstPage: number): string {
  const colour = STAGE_COLOURS[b.stage];
  const parts = [
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="1.2" fill="#fff" stroke="${rgb(colour.edge)}" stroke-width="0.35"/>`,
    text(b.x + 2, b.y + 3.2, b.ref, 6.5, colour.edge),
    ...b.lines.map((line, i) => text(b.x + 2, b.y + 6.6 + i * DIAGRAM.titlePt * 1.25 * PT, line, DIAGRAM.titlePt, INK, { bold: true })),
  ];
  let mx = b.x + 2;
  const my = b.y + 6 + b.lines.length * DIAGRAM.lineH + DIAGRAM.rowH / 2 - 0.2;
  for (const key of b.aio) {
    parts.push(aioMark(key, marks.get(key) ?? '', mx, my));
    mx += 2 * 1.7 + 1.2;
  }
  if (diagram.pointerRow && b.pointers.length > 0) {
    const items = b.pointers.map((p) => `${p.direction === 'out' ? '→' : '←'} ${p.ref} (${format(diagram.otherPage, { page: firstPage + p.page })})`);
    parts.push(text(b.x + 2, b.y + b.h - 1.7, items.join('  '), DIAGRAM.pointerPt, MUTED));
  }
  return `<g><title>${esc(b.title)}</title>${parts.join('')}</g>`;
}

/**
 * The SVG of diagram page `index` (width and height in mm; scale it for pixels). `firstPage`
 * numbers pointers to other pages; `top` mm are left off the top (the PDF's page heading).
 */
export function diagramPageSvg(diagram: DiagramModel, index: number, options: { firstPage?: number; top?: number } = {}): string {
  const firstPage = options.firstPage ?? 1;
  const top = options.top ?? 0;
  const page = diagram.pages[index]!;
  const marks = new Map(diagram.legend.items.map((item) => [item.key, item.mark] as const));
  const parts: string[] = [];
  parts.push(`<rect y="${top}" width="${diagram.width}" height="${diagram.height - top}" fill="#fff"/>`);
  // The legend, right-aligned as in the PDF (approximate widths: the SVG is an image, its text is not measured here).
  let lx = DIAGRAM.margin;
  parts.push(text(lx, 16.8 + 0.9, diagram.legend.heading, 7, MUTED));
  lx += diagram.legend.heading.length * 7 * PT * 0.55 + 2;
  for (const item of diagram.legend.items) {
    parts.push(aioMark(item.key, item.mark, lx, 16.8));
    lx += 2 * 1.7 + 1.2;
    parts.push(text(lx, 16.8 + 0.9, item.label, 7, MUTED));
    lx += item.label.length * 7 * PT * 0.55 + 4;
  }
  for (const lane of diagram.lanes) {
    const colour = STAGE_COLOURS[lane.stage];
    parts.push(`<rect x="${n(lane.x)}" y="${n(lane.y)}" width="${n(lane.w)}" height="${n(lane.h)}" rx="1.5" fill="${rgb(colour.fill)}"/>`);
    parts.push(`<rect x="${n(lane.x)}" y="${n(lane.y)}" width="${n(lane.w)}" height="1.2" fill="${rgb(colour.edge)}"/>`);
    parts.push(text(lane.x + 2.5, lane.y + 4.5, lane.label, 8.5, colour.edge, { bold: true }));
  }
  if (diagram.emptyMessage) parts.push(text(diagram.width / 2, 103.5, diagram.emptyMessage, 10, MUTED, { anchor: 'middle' }));
  for (const a of page.arrows) parts.push(arrow(a));
  for (const b of page.boxes) parts.push(box(b, diagram, marks, firstPage));
  if (index < diagram.pages.length - 1) parts.push(text(diagram.width - DIAGRAM.margin, DIAGRAM.bottom + 6, `${diagram.continues} →`, 8, MUTED, { anchor: 'end' }));
  const height = diagram.height - top;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${top} ${diagram.width} ${height}" width="${diagram.width}mm" height="${height}mm">${parts.join('')}</svg>`;
}
