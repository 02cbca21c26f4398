import { AIO_KEYS, STAGES, type Language, type Theory } from '../model';
import { AIO_LABELS, AIO_MARKS, STAGE_LABELS } from '../i18n/domain';
import { CARD_HEIGHT, CARD_WIDTH, LANE_TOP, LANE_WIDTH, laneLeft } from '../layout';
import { AIO_SHAPES, STAGE_COLOURS } from './theme';

export interface SvgViewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Break a title into lines of about `max` characters, at most `lines` lines. */
function wrap(text: string, max: number, lines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if ((line + ' ' + word).trim().length > max && line) {
      out.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]!.slice(0, max - 1)}…`;
    return kept;
  }
  return out;
}

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
  const minX = Math.min(0, ...cards.map((c) => c.position.x)) - 20;
  const maxX = Math.max(laneLeft('impact') + LANE_WIDTH, ...cards.map((c) => c.position.x + CARD_WIDTH)) + 20;
  const minY = Math.min(0, ...cards.map((c) => c.position.y)) - 20;
  const view = options.viewport ?? { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" width="${Math.round(view.width)}" height="${Math.round(view.height)}" font-family="DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif">`,
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
  for (const link of Object.values(theory.links)) {
    const from = theory.cards[link.from];
    const to = theory.cards[link.to];
    if (!from || !to) continue;
    const sx = from.position.x + CARD_WIDTH;
    const sy = from.position.y + CARD_HEIGHT / 2;
    const ex = to.position.x;
    const ey = to.position.y + CARD_HEIGHT / 2;
    const bend = Math.max(30, Math.abs(ex - sx) / 2);
    parts.push(
      `<path class="link" d="M${sx},${sy} C${sx + bend},${sy} ${ex - bend},${ey} ${ex},${ey}" fill="none" stroke="#495057" stroke-width="${link.rationale.trim() ? 2 : 1.2}"${link.rationale.trim() ? '' : ' stroke-dasharray="5 4"'} marker-end="url(#arrow)"><title>${escape(link.rationale)}</title></path>`,
    );
  }
  for (const card of cards) {
    const { x, y } = card.position;
    const colour = STAGE_COLOURS[card.stage];
    const lines = wrap(card.title || '…', 26, 3);
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
  parts.push('</svg>');
  return parts.join('\n');
}
