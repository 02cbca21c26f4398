import { AIO_KEYS, STAGES, type Language, type Link, type Theory } from '../model';
import { AIO_LABELS, AIO_MARKS, STAGE_LABELS } from '../i18n/domain';
import { reportStrings } from '../i18n/report';
import { translator } from '../i18n/core';
import { CARD_HEIGHT, CARD_WIDTH, LANE_TOP, LANE_WIDTH, laneLeft } from '../layout';
import { STAGE_COLOURS, aioOutlineSvg } from '../theme';
import { textWidth, wrapText } from '../textWidth';
import { fitWithEllipsis } from './clip';
import { printable } from './printable';
import type { AioKey } from '../model';
import type { DiagramArrow, DiagramBox, DiagramModel } from './model';

export interface SvgViewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

// printable() first: XML 1.0 refuses most control characters even as references.
const escape = (text: string) =>
  printable(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * An arrow without rationale is dashed "5 4"; along a long arrow (a link across a tall
 * theory) the dashes are stretched so there are at most this many: a renderer draws every
 * dash, and turning the SVG into a PNG of 3,000 cards spent 25 s on millions of them.
 */
const DASH_PERIOD = 9;
const MAX_DASHES = 400;

/** About how long an arrow is (a cubic counted halfway between its chord and its control polygon). */
function arrowLength(arrow: DiagramArrow): number {
  let [x, y] = arrow.start;
  let length = 0;
  for (const s of arrow.segments) {
    const [tx, ty] = s.to;
    if (s.type === 'line') length += Math.hypot(tx - x, ty - y);
    else length += (Math.hypot(tx - x, ty - y) + Math.hypot(s.c1[0] - x, s.c1[1] - y) + Math.hypot(s.c2[0] - s.c1[0], s.c2[1] - s.c1[1]) + Math.hypot(tx - s.c2[0], ty - s.c2[1])) / 2;
    [x, y] = [tx, ty];
  }
  return length;
}

/** The dash attributes of an arrow without rationale: pathLength makes a long one's dashes longer, not more. */
function dashes(arrow: DiagramArrow): string {
  const stretched = arrowLength(arrow) / DASH_PERIOD > MAX_DASHES;
  return ` stroke-dasharray="5 4"${stretched ? ` pathLength="${MAX_DASHES * DASH_PERIOD}"` : ''}`;
}

const FONTS = 'DejaVu Sans, Segoe UI, Helvetica, Arial, Noto Sans Ethiopic, Nyala, Noto Sans CJK SC, Droid Sans Fallback, Microsoft YaHei, PingFang SC, sans-serif';
const TITLE_HEIGHT = 44;
const LEGEND_ROW = 26;

/**
 * The theory as the canvas shows it, as a diagram model in canvas pixels: lanes, cards at
 * their canvas positions with wrapped titles and AIO marks, arrows between card edges,
 * the title and a legend. The SVG and PNG exports draw this model.
 */
export function canvasDiagram(theory: Theory, language: Language = theory.language): DiagramModel {
  const t = translator(reportStrings, language);
  const cards = Object.values(theory.cards);
  const maxY = Math.max(LANE_TOP + CARD_HEIGHT, ...cards.map((c) => c.position.y + CARD_HEIGHT)) + 40;
  const minX = Math.min(0, ...cards.map((c) => c.position.x)) - 20;
  const maxX = Math.max(laneLeft('impact') + LANE_WIDTH, ...cards.map((c) => c.position.x + CARD_WIDTH)) + 20;
  const minY = Math.min(0, ...cards.map((c) => c.position.y)) - 20;
  const laneTop = Math.min(0, minY);
  const links = Object.values(theory.links).filter((l) => theory.cards[l.from] && theory.cards[l.to]);
  const port = ports(theory, links);
  const arrows: DiagramArrow[] = links.map((link) => {
    const from = theory.cards[link.from]!;
    const to = theory.cards[link.to]!;
    const sx = from.position.x + CARD_WIDTH;
    const sy = port.get(`${link.id}|out`)!;
    const ex = to.position.x;
    const ey = port.get(`${link.id}|in`)!;
    const bend = Math.max(30, Math.abs(ex - sx) / 2);
    return {
      id: link.id,
      from: link.from,
      to: link.to,
      hasRationale: link.rationale.trim() !== '',
      rationale: link.rationale,
      start: [sx, sy],
      segments: [{ type: 'curve', c1: [sx + bend, sy], c2: [ex - bend, ey], to: [ex, ey] }],
      head: { at: [ex, ey], direction: [bend, 0] },
    };
  });
  const boxes: DiagramBox[] = cards.map((card) => ({
    id: card.id,
    stage: card.stage,
    ref: '',
    title: card.title,
    lines: wrapText(card.title || '…', CARD_WIDTH - 26, 14, 3),
    aio: card.aio,
    x: card.position.x,
    y: card.position.y,
    w: CARD_WIDTH,
    h: CARD_HEIGHT,
    pointers: [],
  }));
  return {
    title: theory.title,
    origin: [minX, minY],
    width: maxX - minX,
    height: maxY - minY,
    lanes: STAGES.map((stage) => ({ stage, label: STAGE_LABELS[language][stage], x: laneLeft(stage), y: laneTop, w: LANE_WIDTH, h: maxY - laneTop })),
    legend: {
      heading: t('legend'),
      items: AIO_KEYS.map((key) => ({ key, mark: AIO_MARKS[key], label: AIO_LABELS[language][key] })),
      stages: STAGES.map((stage) => ({ stage, label: STAGE_LABELS[language][stage] })),
      links: { withRationale: t('legendLinked'), withoutRationale: t('legendUnexplained') },
    },
    pages: [{ heading: theory.title, arrows, boxes }],
    emptyMessage: null,
    otherPage: '',
    continues: '',
    pointerRow: false,
  };
}

function aioMark(key: AioKey, x: number, y: number, label: string): string {
  const r = 8;
  const outline = aioOutlineSvg(key, x, y, r, 1);
  return `<g class="aio" fill="#fff" stroke="#212529" stroke-width="1.2"><title>${escape(label)}</title>${outline}<text x="${x + r}" y="${y + 3.5}" text-anchor="middle" font-size="10" font-weight="700" fill="#212529" stroke="none">${AIO_MARKS[key]}</text></g>`;
}

/** The legend's items, each with its width, flowed into rows no wider than `width`. */
function legendRows(diagram: DiagramModel, width: number): { svg: (x: number, y: number) => string; w: number }[][] {
  const { legend } = diagram;
  const label = (text: string) => ({ w: textWidth(text, 13) * 0.8, svg: (x: number, y: number) => `<text x="${x}" y="${y + 4.5}" font-size="13" fill="#495057">${escape(text)}</text>` });
  const items: { svg: (x: number, y: number) => string; w: number }[] = [];
  for (const { stage, label: text } of legend.stages ?? []) {
    const colour = STAGE_COLOURS[stage];
    const l = label(text);
    items.push({ w: 22 + l.w, svg: (x, y) => `<rect x="${x}" y="${y - 7}" width="16" height="14" rx="3" fill="${colour.hex}" stroke="${colour.edgeHex}" stroke-width="2"/>${l.svg(x + 22, y)}` });
  }
  for (const item of legend.items) {
    const l = label(item.label);
    items.push({ w: 22 + l.w, svg: (x, y) => `${aioMark(item.key, x, y, item.label)}${l.svg(x + 22, y)}` });
  }
  if (legend.links) {
    for (const [dashed, text] of [[false, legend.links.withRationale], [true, legend.links.withoutRationale]] as const) {
      const l = label(text);
      items.push({
        w: 40 + l.w,
        svg: (x, y) => `<path class="legend-link" d="M${x},${y} L${x + 32},${y}" stroke="#495057" stroke-width="${dashed ? 1.2 : 2}"${dashed ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#arrow)"/>${l.svg(x + 40, y)}`,
      });
    }
  }
  const rows: (typeof items)[] = [[]];
  let used = 10;
  for (const item of items) {
    if (used + item.w > width && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      used = 10;
    }
    rows[rows.length - 1]!.push(item);
    used += item.w + 20;
  }
  return rows;
}

/**
 * A diagram model as a standalone SVG: the title along the top, lanes, arrows (dashed when
 * the link has no rationale yet), cards with AIO marks, and a legend along the bottom.
 * `viewport` crops to a part of the diagram (what is on screen); otherwise all of it.
 */
export function diagramToSvg(diagram: DiagramModel, options: { viewport?: SvgViewport } = {}): string {
  const [ox, oy] = diagram.origin ?? [0, 0];
  const width = options.viewport?.width ?? diagram.width;
  const rows = legendRows(diagram, width - 24);
  const legendHeight = rows.length * LEGEND_ROW + 8;
  const view = options.viewport ?? { x: ox, y: oy - TITLE_HEIGHT, width: diagram.width, height: diagram.height + TITLE_HEIGHT + legendHeight + 8 };
  const page = diagram.pages[0]!;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" width="${Math.round(view.width)}" height="${Math.round(view.height)}" font-family="${FONTS}">`,
  );
  parts.push(`<title>${escape(diagram.title ?? page.heading)}</title>`);
  parts.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#495057"/></marker></defs>`);
  parts.push(`<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="#ffffff"/>`);
  for (const lane of diagram.lanes) {
    const colour = STAGE_COLOURS[lane.stage];
    parts.push(
      `<g class="lane" data-stage="${lane.stage}"><rect x="${lane.x}" y="${lane.y}" width="${lane.w}" height="${lane.h}" rx="10" fill="${colour.hex}"/><text x="${lane.x + 14}" y="${lane.y + 32}" font-size="16" font-weight="700" fill="${colour.edgeHex}">${escape(lane.label)}</text></g>`,
    );
  }
  for (const arrow of page.arrows) {
    const d = `M${arrow.start[0]},${arrow.start[1]} ${arrow.segments.map((s) => (s.type === 'line' ? `L${s.to[0]},${s.to[1]}` : `C${s.c1[0]},${s.c1[1]} ${s.c2[0]},${s.c2[1]} ${s.to[0]},${s.to[1]}`)).join(' ')}`;
    parts.push(
      `<path class="link" d="${d}" fill="none" stroke="#495057" stroke-width="${arrow.hasRationale ? 2 : 1.2}"${arrow.hasRationale ? '' : dashes(arrow)} marker-end="url(#arrow)"><title>${escape(arrow.rationale)}</title></path>`,
    );
  }
  const aioLabel = new Map(diagram.legend.items.map((item) => [item.key, item.label]));
  for (const box of page.boxes) {
    const { x, y } = box;
    const colour = STAGE_COLOURS[box.stage];
    // The full title as the group's <title>: readable by screen readers and searchable, even when the label is cut.
    parts.push(`<g class="card" data-card-id="${escape(box.id)}"><title>${escape(box.title)}</title>`);
    parts.push(`<rect x="${x}" y="${y}" width="${box.w}" height="${box.h}" rx="8" fill="#fff" stroke="${colour.edgeHex}" stroke-width="2"/>`);
    parts.push(`<rect x="${x}" y="${y}" width="6" height="${box.h}" rx="3" fill="${colour.edgeHex}"/>`);
    box.lines.forEach((line, i) => {
      parts.push(`<text x="${x + 16}" y="${y + 24 + i * 18}" font-size="14" font-weight="600" fill="#212529">${escape(line)}</text>`);
    });
    box.aio.forEach((key, i) => parts.push(aioMark(key, x + 16 + i * 24, y + box.h - 14, aioLabel.get(key) ?? key)));
    parts.push('</g>');
  }
  // The title in a white strip along the top, so it reads over a cropped view too.
  if (diagram.title !== undefined) {
    const title = fitWithEllipsis((s) => textWidth(s, 20), diagram.title.trim() || '—', view.width - 32);
    parts.push(
      `<g class="diagram-title"><rect x="${view.x}" y="${view.y}" width="${view.width}" height="${TITLE_HEIGHT - 4}" fill="#ffffff" fill-opacity="0.92"/><text x="${view.x + 16}" y="${view.y + 28}" font-size="20" font-weight="700" fill="#212529">${escape(title)}</text></g>`,
    );
  }
  const top = view.y + view.height - legendHeight;
  const items = rows.map((row, r) => {
    let cx = view.x + 22;
    return row
      .map((item) => {
        const svg = item.svg(cx, top + 4 + LEGEND_ROW / 2 + r * LEGEND_ROW);
        cx += item.w + 20;
        return svg;
      })
      .join('');
  });
  parts.push(`<g class="legend"><rect x="${view.x + 12}" y="${top}" width="${view.width - 24}" height="${legendHeight - 4}" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="#ced4da"/>${items.join('')}</g>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** The theory as a standalone SVG in canvas coordinates (see canvasDiagram and diagramToSvg). */
export function theoryToSvg(theory: Theory, options: { language?: Language; viewport?: SvgViewport } = {}): string {
  return diagramToSvg(canvasDiagram(theory, options.language ?? theory.language), { viewport: options.viewport });
}

/**
 * Spread the ends of a card's arrows along its edge, ordered by where the other end is,
 * so arrows fan out instead of meeting in one point.
 */
function ports(theory: Theory, links: Link[]): Map<string, number> {
  const ends = new Map<string, { key: string; otherY: number }[]>();
  const add = (edge: string, key: string, otherY: number) => {
    const list = ends.get(edge);
    if (list) list.push({ key, otherY });
    else ends.set(edge, [{ key, otherY }]);
  };
  for (const link of links) {
    add(`${link.from}|out`, `${link.id}|out`, theory.cards[link.to]!.position.y);
    add(`${link.to}|in`, `${link.id}|in`, theory.cards[link.from]!.position.y);
  }
  const out = new Map<string, number>();
  for (const [edge, list] of ends) {
    const card = theory.cards[edge.split('|')[0]!]!;
    list.sort((a, b) => a.otherY - b.otherY);
    const top = card.position.y + CARD_HEIGHT * 0.25;
    const span = CARD_HEIGHT * 0.5;
    list.forEach((end, i) => out.set(end.key, top + (span * (i + 1)) / (list.length + 1)));
  }
  return out;
}
