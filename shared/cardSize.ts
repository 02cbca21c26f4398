import { textWidth, wrapText } from './textWidth';
import type { Card } from './model';
import { CARD_HEIGHT } from './layout';

/** Room for the title inside a card on the canvas, px (card width less padding and borders). */
const TITLE_WIDTH = 211;
export const TITLE_SIZE = 15.5;
const SMALLEST = 11;

/**
 * Dutch compounds ("Samenwerkingsafspraken") can be wider than a card at the normal size,
 * and browsers break them anywhere, without a hyphen. For such a title: the largest size
 * (in half pixels, at least 11 px) at which its longest word fits; null for the rest.
 */
export function titleFontSize(title: string): number | null {
  // Cached by title: a card renders again on selection and drags, its title rarely changes.
  let size = sizes.get(title);
  if (size === undefined) {
    if (sizes.size > 10_000) sizes.clear();
    sizes.set(title, (size = measure(title)));
  }
  return size;
}

const sizes = new Map<string, number | null>();

function measure(title: string): number | null {
  const widest = Math.max(0, ...title.split(/\s+/).map((word) => textWidth(word, TITLE_SIZE)));
  if (widest <= TITLE_WIDTH) return null;
  return Math.max(SMALLEST, Math.floor(((TITLE_SIZE * TITLE_WIDTH) / widest) * 2) / 2);
}

/** Line height of a title (renderer/styles.css .card-title: line-height 1.2). */
const LINE_HEIGHT = 1.2;
/**
 * What a card holds besides its title, px (renderer/styles.css .card-node and .card-footer):
 * borders 2 + 2, padding 7 + 6, the footer with the AIO marks 24 + 2 above it, and 1 to spare.
 */
const CHROME = 2 + 2 + 7 + 6 + 24 + 2 + 1;
/** Heights come in steps of half the snap grid, so cards stay aligned to it. */
const STEP = 8;

/**
 * A card's height on the canvas: the standard 96 px, or taller so its whole title fits above
 * the AIO marks (issue #14: no clipped titles). Lines are counted with the wide estimate of
 * shared/textWidth, so the browser's own wrapping needs as many lines or fewer. Cached by title.
 */
export function cardHeightFor(title: string): number {
  let height = heights.get(title);
  if (height === undefined) {
    if (heights.size > 10_000) heights.clear();
    const size = titleFontSize(title) ?? TITLE_SIZE;
    const lines = Math.max(1, wrapText(title, TITLE_WIDTH, size, Number.MAX_SAFE_INTEGER).length);
    height = Math.max(CARD_HEIGHT, Math.ceil((CHROME + lines * size * LINE_HEIGHT) / STEP) * STEP);
    heights.set(title, height);
  }
  return height;
}

const heights = new Map<string, number>();

/**
 * The height each card has on the canvas, by id, as placement should count it: a new card or a
 * copy must keep clear of a card grown to fit a long title, not of a standard 96 px box.
 */
export function estimatedHeights(cards: Iterable<Pick<Card, 'id' | 'title'>>): Record<string, number> {
  const heights: Record<string, number> = Object.create(null);
  for (const card of cards) heights[card.id] = cardHeightFor(card.title.trim());
  return heights;
}
