import type { jsPDF } from 'jspdf';
import { FALLBACK_FONTS, type FallbackId } from '../scripts';
import { bytesToBinary } from './binary';

/** TTF bytes of the report fonts; the caller loads them (fs in Node, a bundled chunk in the renderer). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Fonts for scripts DejaVu Sans lacks, only those the theory needs (see scripts.ts). */
  fallbacks?: FallbackFontBytes[];
}

export interface FallbackFontBytes {
  id: FallbackId;
  regular: Uint8Array;
  bold?: Uint8Array;
}

export const FONT_FAMILY = 'DejaVuSans';

/**
 * Embed DejaVu Sans so names in any script print as themselves: the built-in Helvetica
 * silently garbles everything outside WinAnsi (ł, ş, Arabic, CJK). Returns the families of
 * the fallback fonts registered, in the order text falls back to them.
 */
export function registerFonts(doc: jsPDF, fonts: ReportFonts): string[] {
  doc.addFileToVFS('DejaVuSans.ttf', bytesToBinary(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bytesToBinary(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
  const families: string[] = [];
  for (const spec of FALLBACK_FONTS) {
    const bytes = fonts.fallbacks?.find((f) => f.id === spec.id);
    if (!bytes) continue;
    doc.addFileToVFS(spec.regular, bytesToBinary(bytes.regular));
    doc.addFont(spec.regular, spec.family, 'normal');
    if (spec.bold && bytes.bold) {
      doc.addFileToVFS(spec.bold, bytesToBinary(bytes.bold));
      doc.addFont(spec.bold, spec.family, 'bold');
    }
    families.push(spec.family);
  }
  doc.setFont(FONT_FAMILY, 'normal');
  return families;
}
