import { STAGES, cardsInOrder, type Card, type StageKey, type Theory } from './model';
import { textWidth } from './textWidth';

/**
 * Presentation mode, the part that is not drawing: the steps (one per stage, Input first)
 * and how large the stage on show can set its titles so that all of them fit the room
 * given to it. Sizes are in CSS pixels.
 */
export const PRESENTATION_STEPS: readonly StageKey[] = STAGES;

/** The cards each step shows: every stage up to and including the step's, in reading order. */
export function presentationStages(theory: Theory, step: number): { stage: StageKey; cards: Card[]; current: boolean }[] {
  const last = Math.max(0, Math.min(PRESENTATION_STEPS.length - 1, step));
  const ordered = cardsInOrder(theory);
  return PRESENTATION_STEPS.slice(0, last + 1).map((stage, i) => ({ stage, cards: ordered.filter((c) => c.stage === stage), current: i === last }));
}

export interface FitOptions {
  /** Largest and smallest title size tried; below `min` only when nothing fits at it. */
  max: number;
  min: number;
  floor: number;
  lineHeight: number;
  /** Padding inside a card (each side) and the gap between cards. */
  padX: number;
  padY: number;
  gap: number;
  maxColumns: number;
}

export const PRESENTATION_FIT: FitOptions = { max: 56, min: 24, floor: 14, lineHeight: 1.2, padX: 14, padY: 8, gap: 10, maxColumns: 3 };

/** A title to fit, and the width of what follows it on its last line (the AIO marks). */
export interface FitItem {
  title: string;
  /** Width in px of the marks set after the title, inline. */
  trailing?: number;
  /** The card's number set before the title, inline, at `NUMBER_SCALE` of the title size. */
  number?: string;
}

/** The number before a title is set this much smaller than the title. */
export const NUMBER_SCALE = 0.6;

export interface StageFit {
  fontSize: number;
  columns: number;
  /** Rows per column: cards fill the first column top to bottom, then the next. */
  rows: number;
  /** Whether the titles fit the box at this size (false only below `floor`: the list scrolls then). */
  fits: boolean;
}

/** Lines a title takes at `size` in `width`, or Infinity when a word is wider than the line. */
function linesAt(title: string, width: number, size: number, trailing = 0, number = ''): number {
  const words = title.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  let lines = 1;
  const space = textWidth(' ', size);
  let line = number ? textWidth(number, size * NUMBER_SCALE) : 0;
  for (const word of words) {
    const w = textWidth(word, size);
    if (w > width) return Infinity;
    if (line === 0) line = w;
    else if (line + space + w <= width) line += space + w;
    else {
      lines++;
      line = w;
    }
  }
  if (trailing > 0 && line + space + trailing > width) lines++;
  return lines;
}

/**
 * The size the stage's titles are set at: the largest (in 2 px steps from `max`) at which
 * every title fits the box in one column without a word broken, since one column lets
 * every arrow come in from the left without crossing a card; only when one column cannot
 * hold them at `min`, two columns, then three; below `min` only when nothing else fits,
 * and then the largest size in any number of columns.
 * The width estimate errs wide, so what fits here fits on screen.
 */
export function fitStage(items: readonly (FitItem | string)[], box: { width: number; height: number }, options: FitOptions = PRESENTATION_FIT): StageFit {
  const list = items.map((item) => (typeof item === 'string' ? { title: item } : item));
  const n = Math.max(1, list.length);
  const tryFit = (fontSize: number, columns: number): boolean => {
    const rows = Math.ceil(n / columns);
    const columnWidth = (box.width - (columns - 1) * options.gap) / columns;
    const inner = columnWidth - 2 * options.padX;
    if (inner <= 0) return false;
    const line = fontSize * options.lineHeight;
    let height = 0;
    for (let r = 0; r < rows; r++) {
      let rowHeight = 0;
      for (let c = 0; c < columns; c++) {
        const item = list[c * rows + r];
        if (item === undefined) continue;
        const lines = linesAt(item.title, inner, fontSize, item.trailing, item.number);
        // 4 px: the card's border.
        rowHeight = Math.max(rowHeight, lines * line + 2 * options.padY + 4);
      }
      height += rowHeight + (r > 0 ? options.gap : 0);
    }
    return height <= box.height;
  };
  const most = Math.min(options.maxColumns, n);
  // At or above `min`: fewest columns first (clean arrows), then the largest size.
  for (let columns = 1; columns <= most; columns++) {
    for (let size = options.max; size >= options.min; size -= 2) {
      if (tryFit(size, columns)) return { fontSize: size, columns, rows: Math.ceil(n / columns), fits: true };
    }
  }
  // Below it the size matters most: the largest size in any number of columns.
  for (let size = options.min - 2; size >= options.floor; size -= 2) {
    for (let columns = 1; columns <= most; columns++) {
      if (tryFit(size, columns)) return { fontSize: size, columns, rows: Math.ceil(n / columns), fits: true };
    }
  }
  return { fontSize: options.floor, columns: most, rows: Math.ceil(n / most), fits: false };
}
