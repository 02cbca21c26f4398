import { AIO_KEYS, STAGES, type Card, type Id, type Language, type Link, type StageKey, type Theory } from '../model';
import { AIO_LABELS, AIO_MARKS, STAGE_LABELS } from '../i18n/domain';
import { reportStrings } from '../i18n/report';
import { translator } from '../i18n/core';
import { linksByCard, type CardRefs } from './refs';
import { LANDSCAPE_PAGE } from './page';
import { Tracks, routeAcross } from './route';
import { fitWithEllipsis } from './clip';
import type { DiagramArrow, DiagramBox, DiagramModel, TextMeasure } from './model';

/** The geometry of the report's diagram, in mm on a landscape A4 page; renderers draw inside these boxes. */
export const DIAGRAM = {
  width: LANDSCAPE_PAGE.width,
  height: LANDSCAPE_PAGE.height,
  margin: LANDSCAPE_PAGE.margin,
  /** Below the page header, the diagram heading and the column headings. */
  top: 32,
  /** Above the continuation note and the footer. */
  bottom: LANDSCAPE_PAGE.height - 18,
  /** Between columns: room for arrows. */
  gap: 9,
  cardGap: 4,
  titlePt: 8,
  lineH: 3.5,
  maxTitleLines: 4,
  pointerPt: 6,
  /** One footer row in a box: AIO marks, or pointers to other pages. */
  rowH: 4.2,
} as const;

export const COLUMN_WIDTH = (DIAGRAM.width - 2 * DIAGRAM.margin - DIAGRAM.gap * (STAGES.length - 1)) / STAGES.length;
const COL_W = COLUMN_WIDTH;
const TOP = DIAGRAM.top;
const BOTTOM = DIAGRAM.bottom;
const GAP = DIAGRAM.gap;

interface Placed {
  card: Card;
  page: number; // 0-based diagram page
  x: number;
  y: number;
  h: number;
  lines: string[];
}

function columnX(stage: StageKey): number {
  return DIAGRAM.margin + STAGES.indexOf(stage) * (COL_W + GAP);
}

/** `text` cut to `width` with a trailing ellipsis. */
export function ellipsis(measure: TextMeasure, text: string, width: number, size: number, bold: boolean): string {
  return fitWithEllipsis((s) => measure.width(s, size, bold), text, width);
}

/** Wrap a title to the card width, at most maxTitleLines lines, the last one ellipsised. */
function titleLines(measure: TextMeasure, title: string): string[] {
  const max = DIAGRAM.maxTitleLines;
  const lines = measure.wrap(title.trim() || '…', COL_W - 5, DIAGRAM.titlePt, true);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsis(measure, `${kept[max - 1]!}…`, COL_W - 5, DIAGRAM.titlePt, true);
  return kept;
}

function place(measure: TextMeasure, refs: CardRefs, pointerRow: boolean): { placed: Map<Id, Placed>; pages: number } {
  const placed = new Map<Id, Placed>();
  let pages = 1;
  for (const stage of STAGES) {
    let page = 0;
    let y = TOP;
    for (const card of refs.byStage[stage]) {
      const lines = titleLines(measure, card.title);
      const h = 6 + lines.length * DIAGRAM.lineH + DIAGRAM.rowH + (pointerRow ? DIAGRAM.rowH - 0.6 : 0.8);
      if (y + h > BOTTOM && y > TOP) {
        page++;
        y = TOP;
      }
      placed.set(card.id, { card, page, x: columnX(stage), y, h, lines });
      y += h + DIAGRAM.cardGap;
    }
    pages = Math.max(pages, page + 1);
  }
  return { placed, pages };
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

/** The arrows between cards on one diagram page, routed; `columns` are that page's cards per stage. */
function arrowsOnPage(here: Link[], placed: Map<Id, Placed>, columns: Placed[][]): DiagramArrow[] {
  const port = ports(here, placed);
  const tracks = new Tracks();
  const arrows: DiagramArrow[] = [];
  for (const link of here) {
    const from = placed.get(link.from)!;
    const to = placed.get(link.to)!;
    const s = sides(from, to);
    const sx = s.out === 'right' ? from.x + COL_W : from.x;
    const ex = s.in === 'right' ? to.x + COL_W : to.x;
    const sy = port.get(`${link.id}|out`)!;
    const ey = port.get(`${link.id}|in`)!;
    const base = { id: link.id, from: link.from, to: link.to, hasRationale: link.rationale.trim() !== '', rationale: link.rationale, start: [sx, sy] as [number, number] };
    // Across a column (a skipped stage, or backwards past one): go round its cards, not behind them.
    const [a, b] = [STAGES.indexOf(from.card.stage), STAGES.indexOf(to.card.stage)].sort((m, n) => m - n) as [number, number];
    if (b - a >= 2) {
      const between = columns.slice(a + 1, b).flat();
      const forward = to.x > from.x;
      const gutters: [number, number] = forward ? [from.x + COL_W + GAP / 2, to.x - GAP / 2] : [from.x - GAP / 2, to.x + COL_W + GAP / 2];
      const points = routeAcross([sx, sy], [ex, ey], gutters, between.map((o) => ({ x: o.x, y: o.y, w: COL_W, h: o.h })), { top: TOP - 0.5, bottom: BOTTOM + 1.8 }, tracks);
      arrows.push({ ...base, segments: points.slice(1).map((to) => ({ type: 'line', to })), head: { at: [ex, ey], direction: [ex - gutters[1], 0] } });
      continue;
    }
    const bend = s.out === s.in ? 6 : Math.max(4, Math.abs(ex - sx) / 3);
    const c1x = s.out === 'right' ? sx + bend : sx - bend;
    const c2x = s.in === 'left' ? ex - bend : ex + bend;
    arrows.push({ ...base, segments: [{ type: 'curve', c1: [c1x, sy], c2: [c2x, ey], to: [ex, ey] }], head: { at: [ex, ey], direction: [ex - c2x, 0] } });
  }
  return arrows;
}

/**
 * The report's diagram: each card gets a page and a slot, filling each stage column top to
 * bottom in reading order (canvas positions are not trusted: they overlap and sprawl), and
 * each link between cards on one page an arrow. When the diagram needs several pages,
 * every card gets a row of pointers to its linked cards on other pages.
 */
export function layoutDiagram(theory: Theory, refs: CardRefs, measure: TextMeasure, language: Language): DiagramModel {
  const t = translator(reportStrings, language);
  const single = place(measure, refs, false);
  const pointerRow = single.pages > 1;
  const { placed, pages } = pointerRow ? place(measure, refs, true) : single;
  const links = Object.values(theory.links).filter((l) => placed.has(l.from) && placed.has(l.to));
  const byCard = linksByCard(links);
  // Cards and same-page links grouped by page once: each page then costs what is on it.
  const onPage = Array.from({ length: pages }, () => ({ cards: [] as Placed[], columns: STAGES.map(() => [] as Placed[]), links: [] as Link[] }));
  for (const item of placed.values()) {
    onPage[item.page]!.cards.push(item);
    onPage[item.page]!.columns[STAGES.indexOf(item.card.stage)]!.push(item);
  }
  for (const l of links) {
    const page = placed.get(l.from)!.page;
    if (placed.get(l.to)!.page === page) onPage[page]!.links.push(l);
  }
  const modelPages = Array.from({ length: pages }, (_, p) => {
    const boxes: DiagramBox[] = [];
    for (const item of onPage[p]!.cards) {
      const { card } = item;
      const away = (id: Id) => placed.get(id)!.page !== p;
      const pointers = pointerRow
        ? [
            ...byCard.outOf(card.id).filter((l) => away(l.to)).map((l) => ({ direction: 'out' as const, ref: refs.ref(l.to), page: placed.get(l.to)!.page })),
            ...byCard.into(card.id).filter((l) => away(l.from)).map((l) => ({ direction: 'in' as const, ref: refs.ref(l.from), page: placed.get(l.from)!.page })),
          ]
        : [];
      boxes.push({ id: card.id, stage: card.stage, ref: refs.ref(card.id), title: card.title, lines: item.lines, aio: card.aio, x: item.x, y: item.y, w: COL_W, h: item.h, pointers });
    }
    const heading = pages === 1 ? t('diagram') : p === 0 ? t('diagramPart', { part: 1, parts: pages }) : t('diagramContinued', { part: p + 1, parts: pages });
    return { heading, arrows: arrowsOnPage(onPage[p]!.links, placed, onPage[p]!.columns), boxes };
  });
  return {
    width: DIAGRAM.width,
    height: DIAGRAM.height,
    lanes: STAGES.map((stage) => ({ stage, label: `${STAGES.indexOf(stage) + 1}. ${STAGE_LABELS[language][stage]}`, x: columnX(stage), y: TOP - 7, w: COL_W, h: BOTTOM - TOP + 9 })),
    legend: { heading: t('legend'), items: AIO_KEYS.map((key) => ({ key, mark: AIO_MARKS[key], label: AIO_LABELS[language][key] })) },
    pages: modelPages,
    emptyMessage: placed.size === 0 ? t('emptyTheory') : null,
    otherPage: t('otherPage'),
    continues: t('continuesNext'),
    pointerRow,
  };
}
