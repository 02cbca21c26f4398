import type { jsPDF } from 'jspdf';

/** TTF bytes of the report font; the caller loads them (fs in Node, fetch in the renderer). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT_FAMILY = 'DejaVuSans';

function toBinaryString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

/**
 * Embed DejaVu Sans so names in any script print as themselves: the built-in Helvetica
 * silently garbles everything outside WinAnsi (ł, ş, Arabic, CJK).
 */
export function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', toBinaryString(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBinaryString(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
  doc.setFont(FONT_FAMILY, 'normal');
}
