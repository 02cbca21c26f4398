/**
 * Text width without a font engine: an estimate used where no font is loaded (the canvas
 * deciding a title's size, the SVG export wrapping titles). Shared by the canvas and the
 * exports, so it lives outside the report.
 */
// Advance widths of DejaVu Sans Bold in em, the widest font the SVG may render with, so a
// wrapped title fits the card in any of the fallback fonts as well.
const LOWER: Record<string, number> = {
  a: 0.68, b: 0.72, c: 0.6, d: 0.72, e: 0.68, f: 0.44, g: 0.72, h: 0.72, i: 0.35, j: 0.35, k: 0.67, l: 0.35, m: 1.05,
  n: 0.72, o: 0.69, p: 0.72, q: 0.72, r: 0.5, s: 0.6, t: 0.48, u: 0.72, v: 0.66, w: 0.93, x: 0.65, y: 0.66, z: 0.59,
};

function charWidth(c: string): number {
  const lower = LOWER[c];
  if (lower !== undefined) return lower;
  if (c === ' ') return 0.35;
  if (/[.,:;'!|()\[\]-]/.test(c)) return 0.45;
  if (/[0-9]/.test(c)) return 0.7;
  if (/[IJ]/.test(c)) return 0.4;
  if (/[MWmw]/.test(c)) return 1.1;
  return 0.8; // capitals, accented and other letters: on the safe side
}

/** Estimated width of `text` in px at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * size;
}

/**
 * Break a title into lines no wider than `width` px at `size` px, at most `max` lines, the
 * last one ellipsised when the title is longer. Words longer than a line are cut.
 */
export function wrapText(text: string, width: number, size: number, max: number): string[] {
  const fits = (line: string) => textWidth(line, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]!}…`;
  while (last.length > 1 && !fits(last)) last = `${last.slice(0, -2)}…`;
  kept[max - 1] = last;
  return kept;
}
