import type { jsPDF } from 'jspdf';
import bidiFactory from 'bidi-js';
import { FONT_FAMILY } from './fonts';

/**
 * Text in any script, for a jsPDF document: jsPDF sets a text in one font and in the order
 * given, so Hebrew came out reversed and scripts DejaVu Sans lacks (Ethiopic, CJK) came out
 * empty. This wraps the document's own text, width and line-breaking calls (which Flow,
 * jspdf-autotable and the diagram all use) so that a text
 * - is broken into lines in logical order, also between CJK characters, which have no spaces;
 * - is put in visual order line by line (Unicode bidi algorithm, bidi-js), after jsPDF's
 *   Arabic shaping, so right-to-left text reads in order and mirrored brackets face the right way;
 * - is set run by run in the first font that has each character: DejaVu Sans, then the
 *   fallback fonts registered for the scripts the theory uses;
 * - prints U+FFFD for a character no font has, and that character is listed by `unprintable()`.
 * Text that DejaVu Sans covers and that holds no right-to-left character takes jsPDF's own
 * path unchanged, so Latin reports are the same bytes as before.
 */
export interface TextEngine {
  /** Characters that no embedded font could draw, in the order first met. */
  unprintable(): string[];
}

interface FontLike {
  metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } };
}

type TextOptions = Record<string, unknown> & { align?: string; lineHeightFactor?: number };

const bidi = bidiFactory();

/** Characters certainly in DejaVu Sans and never right-to-left: Latin, Greek, Cyrillic, Armenian, punctuation, arrows, symbols. */
const SIMPLE = /^[\u0000-\u058f\u2000-\u22ff\u25a0-\u25ff]*$/;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
/** Format characters (bidi controls, joiners, variation selectors): they steer the layout and are not drawn. */
const FORMAT = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff]|\udb40[\udd00-\uddef]/g;
/** Where a line may break without a space: before and after CJK characters. */
const CJK = '\\u1100-\\u11ff\\u2e80-\\u2fdf\\u3000-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const PIECES = new RegExp(` +|[${CJK}]|[^ ${CJK}]+`, 'g');
const REPLACEMENT = '\ufffd';

export function installTextEngine(doc: jsPDF, fallbackFamilies: readonly string[]): TextEngine {
  const original = {
    text: doc.text.bind(doc) as (text: string | string[], x: number, y: number, options?: TextOptions, transform?: unknown) => jsPDF,
    unitWidth: doc.getStringUnitWidth.bind(doc) as (text: string, options?: unknown) => number,
    split: doc.splitTextToSize.bind(doc) as (text: string | string[], maxlen: number, options?: { fontSize?: number }) => string[],
  };
  const internal = (doc as unknown as { internal: { getFont(name?: string, style?: string): FontLike; scaleFactor: number } }).internal;
  const codeMaps = new Map<string, Record<number, number> | undefined>();
  const codeMap = (family: string, style: string) => {
    const key = `${family}|${style}`;
    if (!codeMaps.has(key)) codeMaps.set(key, internal.getFont(family, style).metadata?.cmap?.unicode?.codeMap);
    return codeMaps.get(key);
  };
  const hasStyle = new Map<string, boolean>();
  /** The style a family is set in: its bold when it has one, else its regular. */
  const styleOf = (family: string, style: string) => {
    if (style !== 'bold') return 'normal';
    const key = family;
    if (!hasStyle.has(key)) hasStyle.set(key, Boolean(doc.getFontList()[family]?.includes('bold')));
    return hasStyle.get(key) ? 'bold' : 'normal';
  };
  const covers = (family: string, style: string, cp: number) => Boolean(codeMap(family, styleOf(family, style))?.[cp]);
  const families = [FONT_FAMILY, ...fallbackFamilies];
  const missing = new Set<string>();

  const current = () => doc.getFont() as { fontName: string; fontStyle: string };

  /** Whether a text needs more than jsPDF's own handling in the current font. */
  const needs = (text: string) => {
    if (SIMPLE.test(text)) return false;
    if (RTL.test(text)) return true;
    const { fontName, fontStyle } = current();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20) continue;
      if (!covers(fontName, fontStyle, cp)) return true;
    }
    return false;
  };

  /** The text split into runs, each in the first family that has all its characters. */
  const runs = (text: string, style: string): { family: string; text: string }[] => {
    const out: { family: string; text: string }[] = [];
    for (const ch of text.replace(FORMAT, '')) {
      const cp = ch.codePointAt(0)!;
      let family = families.find((f) => covers(f, style, cp));
      let drawn = ch;
      // A space, a digit or a mark the previous run's font has stays in that run.
      const last = out[out.length - 1];
      if (last && family && family !== last.family && covers(last.family, style, cp) && !/\p{L}/u.test(ch)) family = last.family;
      if (!family) {
        missing.add(ch);
        family = FONT_FAMILY;
        drawn = REPLACEMENT;
      }
      if (last && last.family === family) last.text += drawn;
      else out.push({ family, text: drawn });
    }
    return out;
  };

  const withFont = <T>(family: string, style: string, run: () => T): T => {
    const before = current();
    doc.setFont(family, styleOf(family, style));
    try {
      return run();
    } finally {
      doc.setFont(before.fontName, before.fontStyle);
    }
  };

  const unitWidth = (text: string): number => {
    const { fontStyle } = current();
    return runs(text, fontStyle).reduce((sum, run) => sum + withFont(run.family, fontStyle, () => original.unitWidth(run.text)), 0);
  };

  /** Visual order of one line: shaped (jsPDF's Arabic forms), then reordered by the bidi algorithm. */
  const visual = (line: string): string => {
    if (!RTL.test(line)) return line;
    const shaped = (doc as unknown as { processArabic(text: string): string }).processArabic(line);
    const levels = bidi.getEmbeddingLevels(shaped);
    const chars = shaped.split('');
    for (const [index, mirror] of bidi.getMirroredCharactersMap(shaped, levels.levels)) chars[index] = mirror;
    for (const [start = 0, end = 0] of bidi.getReorderSegments(shaped, levels)) chars.splice(start, end - start + 1, ...chars.slice(start, end + 1).reverse());
    // Reversing a run also reverses the two halves of a character outside the BMP: put them back.
    for (let i = 0; i + 1 < chars.length; i++) {
      if (/[\udc00-\udfff]/.test(chars[i]!) && /[\ud800-\udbff]/.test(chars[i + 1]!)) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
    }
    return chars.join('');
  };

  const drawLine = (line: string, x: number, y: number, options: TextOptions | undefined, transform: unknown) => {
    if (!needs(line)) {
      original.text(line, x, y, options, transform);
      return;
    }
    const { fontStyle } = current();
    const size = doc.getFontSize() / internal.scaleFactor;
    const parts = runs(visual(line), fontStyle).map((run) => ({ ...run, width: withFont(run.family, fontStyle, () => original.unitWidth(run.text)) * size }));
    const total = parts.reduce((sum, p) => sum + p.width, 0);
    const { align, maxWidth: _maxWidth, ...rest } = options ?? {};
    let cx = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
    // Already in visual order: jsPDF's own bidi pass must leave it as it is.
    const plain = { ...rest, isInputVisual: true, isOutputVisual: true };
    for (const part of parts) {
      withFont(part.family, fontStyle, () => original.text(part.text, cx, y, plain, transform));
      cx += part.width;
    }
  };

  /** Greedy line breaking at spaces and around CJK characters, measured with the fallback fonts. */
  const split = (text: string, maxlen: number, fontSize: number): string[] => {
    const width = (s: string) => (unitWidth(s) * fontSize) / internal.scaleFactor;
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      const pieces = paragraph.match(PIECES) ?? [''];
      let line = '';
      let space = '';
      for (const piece of pieces) {
        if (piece.startsWith(' ')) {
          space = piece;
          continue;
        }
        const joined = line ? `${line}${space}${piece}` : piece;
        space = '';
        if (width(joined) <= maxlen) {
          line = joined;
          continue;
        }
        if (line) lines.push(line);
        line = '';
        // A word wider than a line is cut between characters.
        for (const ch of piece) {
          if (line && width(line + ch) > maxlen) {
            lines.push(line);
            line = '';
          }
          line += ch;
        }
      }
      lines.push(line);
    }
    return lines;
  };

  const engine = doc as unknown as {
    text: (...args: unknown[]) => jsPDF;
    getStringUnitWidth: (text: string, options?: unknown) => number;
    splitTextToSize: (text: string | string[], maxlen: number, options?: { fontSize?: number }) => string[];
  };
  engine.text = (text: unknown, x: unknown, y: unknown, options?: unknown, transform?: unknown) => {
    const lines = Array.isArray(text) ? (text as unknown[]) : [text];
    if (!lines.some((l) => typeof l === 'string' && needs(l))) return original.text(text as string, x as number, y as number, options as TextOptions, transform);
    const all = lines.flatMap((l) => String(l).split(/\r\n|\r|\n/));
    const opts = options as TextOptions | undefined;
    const step = (doc.getFontSize() * (opts?.lineHeightFactor ?? doc.getLineHeightFactor())) / internal.scaleFactor;
    all.forEach((line, i) => drawLine(line, x as number, (y as number) + i * step, opts, transform));
    return doc;
  };
  engine.getStringUnitWidth = (text, options) => (typeof text === 'string' && needs(text) ? unitWidth(text) : original.unitWidth(text, options));
  engine.splitTextToSize = (text, maxlen, options) => {
    if (Array.isArray(text)) return text.some((t) => needs(String(t))) ? text.flatMap((t) => engine.splitTextToSize(t, maxlen, options)) : original.split(text, maxlen, options);
    if (!needs(String(text))) return original.split(text, maxlen, options);
    return split(String(text), maxlen, options?.fontSize ?? doc.getFontSize());
  };
  return { unprintable: () => [...missing] };
}
