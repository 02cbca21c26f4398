import { LIMITS, formatSizeAndLimit } from './limits';
import { makeProblem, type FormatProblem } from './problems';

/**
 * From bytes to the text of a theory: one rule for the CLI, the desktop app and the
 * browser, so a file opens in all three or in none.
 *
 * - The size is checked first, from the file's metadata, before anything is read: a 700 MB
 *   file is refused by its size, not read into memory (and then called empty).
 * - A byte order mark says the encoding: UTF-8, UTF-16 LE or UTF-16 BE (Windows Notepad's
 *   "Unicode" is UTF-16 LE with a mark). Without one the file is UTF-8.
 * - Decoding is strict: bytes that are not valid in that encoding mean a binary file, which
 *   is refused rather than opened with U+FFFD where the bytes were.
 * Werkzaam always writes UTF-8 without a mark.
 */
export function tooLargeProblem(size: number): FormatProblem | null {
  return size > LIMITS.fileBytes ? makeProblem('too-large', '', 'tooLarge', formatSizeAndLimit(size, LIMITS.fileBytes)) : null;
}

export type DecodedText = { ok: true; text: string } | { ok: false; problem: FormatProblem };

export function decodeTheoryBytes(bytes: Uint8Array): DecodedText {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // The decoder drops the mark itself (ignoreBOM is false).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: makeProblem('not-text', '', encoding === 'utf-8' ? 'notUtf8' : 'notText') };
  }
}
