import type { FallbackFontBytes, ReportFonts } from '../../shared/report/pdf/fonts';
import type { FallbackId } from '../../shared/report/scripts';

let base: Promise<Pick<ReportFonts, 'regular' | 'bold'>> | undefined;
const fallbacks = new Map<FallbackId, Promise<FallbackFontBytes>>();

const bytes = async (dataUrl: string) => new Uint8Array(await (await fetch(dataUrl)).arrayBuffer());

// One chunk per script: a theory in Dutch never loads the 4 MB of CJK glyphs.
const FALLBACK_DATA: Record<FallbackId, () => Promise<{ regular: string; bold?: string }>> = {
  ethiopic: () => import('./fallbackFonts/ethiopic'),
  devanagari: () => import('./fallbackFonts/devanagari'),
  thai: () => import('./fallbackFonts/thai'),
  cjk: () => import('./fallbackFonts/cjk'),
};

/** The report fonts, bundled with the app (never fetched from the network): DejaVu Sans and the fallbacks `needed` names. */
export async function loadFonts(needed: readonly FallbackId[] = []): Promise<ReportFonts> {
  base ??= import('./fontData').then(async ({ regular, bold }) => ({ regular: await bytes(regular), bold: await bytes(bold) }));
  const extra = needed.map((id) => {
    let loading = fallbacks.get(id);
    if (!loading) {
      loading = FALLBACK_DATA[id]().then(async (data) => ({ id, regular: await bytes(data.regular), ...(data.bold ? { bold: await bytes(data.bold) } : {}) }));
      fallbacks.set(id, loading);
    }
    return loading;
  });
  return { ...(await base), fallbacks: await Promise.all(extra) };
}
