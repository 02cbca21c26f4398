import { textWidth } from '../../shared/report/svg';

/** Room for the title inside a card on the canvas, px (card width less padding and borders). */
const TITLE_WIDTH = 213;

/**
 * Dutch compounds ("Samenwerkingsafspraken") are wider than a card at the normal size, and
 * browsers break them anywhere without a hyphen. A title with such a word is set smaller.
 * The estimate uses the widest font the app may render with, so it errs on the small side.
 */
export function hasLongWord(title: string, fontSize = 15.5): boolean {
  return title.split(/\s+/).some((word) => textWidth(word, fontSize) > TITLE_WIDTH);
}
