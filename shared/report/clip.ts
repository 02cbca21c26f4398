/**
 * `text` cut to `width` with a trailing ellipsis, for a measure of the current font. The cut
 * is found by bisection over the prefix length, so a title of 100,000 characters costs about
 * 17 measurements, not one per character (widths grow with the prefix).
 */
export function fitWithEllipsis(width: (text: string) => number, text: string, max: number): string {
  if (width(text) <= max) return text;
  const cut = text.replace(/…$/, '');
  // The longest prefix (at least one character) that fits with the ellipsis.
  let lo = 1;
  let hi = cut.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(`${cut.slice(0, mid)}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${cut.slice(0, lo).trimEnd()}…`;
}
