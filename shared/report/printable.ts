import type { Theory } from '../model';

/**
 * Text as a page can show it. Fonts have no glyph for control characters, so jsPDF drops
 * a tab and everything after it on the line, and XML does not allow most of them at all:
 * a tab becomes a space, a vertical tab or form feed (Word puts these in pasted text) a line
 * break, and the other control characters go. Line breaks are kept.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\v\f\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A copy of the theory with every text made printable (ids, numbers and keys unchanged). */
export function printableTheory(theory: Theory): Theory {
  return clean(theory) as Theory;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return printable(value);
  if (Array.isArray(value)) return value.map(clean);
  // fromEntries defines own properties, so even a key named __proto__ stays a plain key.
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner)]));
  return value;
}
