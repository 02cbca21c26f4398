import { AIO_KEYS, STAGES, type Language, type Link, type Theory } from '../model';
import { AIO_LABELS, AIO_MARKS, STAGE_LABELS } from '../i18n/domain';
import { CARD_HEIGHT, CARD_WIDTH, LANE_TOP, LANE_WIDTH, laneLeft } from '../layout';
import { AIO_SHAPES, STAGE_COLOURS } from '../theme';
import { textWidth, wrapText } from '../textWidth';
import { printable } from './printable';

export interface SvgViewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

// printable() first: XML 1.0 refuses most control characters even as references.
const escape = (text: string) =>
  printable(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function aioMark(key: (typeof AIO_KEYS)[number], x: number, y: number, language: Language): string {
  const r = 8;
  const shape = AIO_SHAPES[key];
  const outline =
    shape === 'circle'
      ? `<circle cx="${x + r}" cy="${y}" r="${r}"/>`
      : shape === 'square'
        ? `<rect x="${x}" y="${y - r}" width="${2 * r}" height="${2 * r}"/>`
        : `<polygon points="${x + r},${y - r - 1} ${x + 2 * r + 1},${y} ${x + r},${y + r + 1} ${x - 1},${y}"/>`;
  return `<g class="aio" fill="#fff" stroke="#212529" stroke-width="1.2"><title>${escape(AIO_LABELS[language][key])}</title>${outline}<text x="${x + r}" y="${y + 3.5}" text-anchor="middle" font-size="10" font-weight="700" fill="#212529" stroke="none">${AIO_MARKS[key]}</text></g>`;
}

/**
 * The theory as a standalone SVG in canvas coordinates: lanes, cards with AIO marks and
 * arrows. `viewport` crops to the part of the canvas on screen; otherwise the whole theory.
 */
export function theoryToSvg(theory: Theory, options: { language?: Language; viewport?: SvgViewport } = {}): string {
  const language = options.language ?? theory.language;
  const cards = Object.values(theory.cards);
  const maxY = Math.max(LANE_TOP + CARD_HEIGHT, ...cards.map((c) => c.position.y + CARD_HEIGHT)) + 40;
  const legendSpace = LEGEND_HEIGHT + 8;
  const minX = Math.min(0, ...cards.map((c) => c.position.x)) - 20;
  const maxX = Math.max(laneLeft('impact') + LANE_WIDTH, ...cards.map((c) => c.position.x + CARD_WIDTH)) + 20;
  const minY = Math.min(0, ...cards.map((c) => c.position.y)) - 20;
  const view = options.viewport ?? { x: minX, y: minY, width: maxX - minX, height: maxY - minY + legendSpace };
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" width="${Math.round(view.width)}" height="${Math.round(view.height)}" font-family="DejaVu Sans, Segoe UI, Helvetica, Arial, Noto Sans Ethiopic, Nyala, Noto Sans CJK SC, Droid Sans Fallback, Microsoft YaHei, PingFang SC, sans-serif">`,
  );
  parts.push(`<title>${escape(theory.title)}</title>`);
  parts.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#495057"/></marker></defs>`);
  parts.push(`<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="#ffffff"/>`);
  for (const stage of STAGES) {
    const colour = STAGE_COLOURS[stage];
    const x = laneLeft(stage);
    parts.push(
      `<g class="lane" data-stage="${stage}"><rect x="${x}" y="${Math.min(0, minY)}" width="${LANE_WIDTH}" height="${maxY - Math.min(0, minY)}" rx="10" fill="${colour.hex}"/><text x="${x + 14}" y="${Math.min(0, minY) + 32}" font-size="16" font-weight="700" fill="${colour.edgeHex}">${escape(STAGE_LABELS[language][stage])}</text></g>`,
    );
  }
  const links = Object.values(theory.links).filter((l) => theory.cards[l.from] && theory.cards[l.to]);
  const port = ports(theory, links);
  for (const link of links) {
    const from = theory.cards[link.from]!;
    const to = theory.cards[link.to]!;
    const sx = from.position.x + CARD_WIDTH;
    const sy = port.get(`${link.id}|out`)!;
    const ex = to.position.x;
    const ey = port.get(`${link.id}|in`)!;
    const bend = Math.max(30, Math.abs(ex - sx) / 2);
    parts.push(
      `<path class="link" d="M${sx},${sy} C${sx + bend},${sy} ${ex - bend},${ey} ${ex},${ey}" fill="none" stroke="#495057" stroke-width="${link.rationale.trim() ? 2 : 1.2}"${link.rationale.trim() ? '' : ' stroke-dasharray="5 4"'} marker-end="url(#arrow)"><title>${escape(link.rationale)}</title></path>`,
    );
  }
  for (const card of cards) {
    const { x, y } = card.position;
    const colour = STAGE_COLOURS[card.stage];
    const lines = wrapText(card.title || '…', CARD_WIDTH - 26, 14, 3);
    // The full title as the group's <title>: readable by screen readers and searchable, even when the label is cut.
    parts.push(`<g class="card" data-card-id="${escape(card.id)}"><title>${escape(card.title)}</title>`);
    parts.push(`<rect x="${x}" y="${y}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" rx="8" fill="#fff" stroke="${colour.edgeHex}" stroke-width="2"/>`);
    parts.push(`<rect x="${x}" y="${y}" width="6" height="${CARD_HEIGHT}" rx="3" fill="${colour.edgeHex}"/>`);
    lines.forEach((line, i) => {
      parts.push(`<text x="${x + 16}" y="${y + 24 + i * 18}" font-size="14" font-weight="600" fill="#212529">${escape(line)}</text>`);
    });
    card.aio.forEach((key, i) => parts.push(aioMark(key, x + 16 + i * 24, y + CARD_HEIGHT - 14, language)));
    parts.push('</g>');
  }
  parts.push(legend(language, view.x + 12, view.y + view.height - LEGEND_HEIGHT / 2));
  parts.push('</svg>');
  return parts.join('\n');
}

const LEGEND_HEIGHT = 36;

/** What the AIO marks mean, in a white strip along the bottom of the picture. */
function legend(language: Language, x: number, y: number): string {
  const items: string[] = [];
  let cx = x + 10;
  for (const key of AIO_KEYS) {
    items.push(aioMark(key, cx, y, language));
    const label = AIO_LABELS[language][key];
    items.push(`<text x="${cx + 22}" y="${y + 4.5}" font-size="13" fill="#495057">${escape(label)}</text>`);
    cx += 22 + textWidth(label, 13) * 0.8 + 24;
  }
  return `<g class="legend"><rect x="${x}" y="${y - 13}" width="${cx - x}" height="26" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="#ced4da"/>${items.join('')}</g>`;
}

/**
 * Spread the ends of a card's arrows along its edge, ordered by where the other end is,
 * so arrows fan out instead of meeting in one point.
 */
function ports(theory: Theory, links: Link[]): Map<string, number> {
  const ends = new Map<string, { key: string; otherY: number }[]>();
  const add = (edge: string, key: string, otherY: number) => ends.set(edge, [...(ends.get(edge) ?? []), { key, otherY }]);
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
