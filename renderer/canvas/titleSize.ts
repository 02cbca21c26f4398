import { textWidth } from '../../shared/textWidth';

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
