/**
 * The fallback fonts the report can embed for scripts DejaVu Sans lacks (files in fonts/,
 * see fonts/README.md), and which of them a theory needs, so a report loads and embeds
 * only those. Coverage at drawing time is read from each font's own character map; the
 * ranges here only decide what to load.
 */
export interface FallbackFontSpec {
  id: 'ethiopic' | 'cjk' | 'devanagari' | 'thai';
  /** The family name the PDF uses. */
  family: string;
  regular: string;
  /** No bold cut: bold text is set in the regular. */
  bold: string | null;
  ranges: RegExp;
}

export const FALLBACK_FONTS: readonly FallbackFontSpec[] = [
  { id: 'ethiopic', family: 'NotoSansEthiopic', regular: 'NotoSansEthiopic-Regular.ttf', bold: 'NotoSansEthiopic-Bold.ttf', ranges: /[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]/ },
  { id: 'devanagari', family: 'NotoSansDevanagari', regular: 'NotoSansDevanagari-Regular.ttf', bold: 'NotoSansDevanagari-Bold.ttf', ranges: /[\u0900-\u097f\ua8e0-\ua8ff]/ },
  { id: 'thai', family: 'NotoSansThai', regular: 'NotoSansThai-Regular.ttf', bold: 'NotoSansThai-Bold.ttf', ranges: /[\u0e00-\u0e7f]/ },
  // Han, kana, Hangul, CJK punctuation and full-width forms.
  { id: 'cjk', family: 'DroidSansFallback', regular: 'DroidSansFallbackFull.ttf', bold: null, ranges: /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/ },
];

export type FallbackId = FallbackFontSpec['id'];

/** The fallback fonts the texts of `value` (any JSON-like value, e.g. a theory) need, in FALLBACK_FONTS order. */
export function fallbacksNeeded(value: unknown): FallbackId[] {
  const found = new Set<FallbackId>();
  const visit = (v: unknown): void => {
    if (found.size === FALLBACK_FONTS.length) return;
    if (typeof v === 'string') {
      // Most texts are Latin: one test rules them out.
      if (!/[^\u0000-\u08ff]/.test(v)) return;
      for (const spec of FALLBACK_FONTS) if (!found.has(spec.id) && spec.ranges.test(v)) found.add(spec.id);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(visit);
  };
  visit(value);
  return FALLBACK_FONTS.filter((s) => found.has(s.id)).map((s) => s.id);
}
