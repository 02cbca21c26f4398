import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './fonts';
import type { TextMeasure } from '../model';

/**
 * Text measured with jsPDF's own metrics of the embedded fonts, so the layout's line breaks
 * are the ones the PDF draws. Measuring changes only the document's current font and size,
 * never its content; a renderer sets both before it draws.
 */
export function jsPdfMeasure(doc: jsPDF): TextMeasure {
  const use = (size: number, bold: boolean) => {
    doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
    doc.setFontSize(size);
  };
  return {
    width(text, size, bold) {
      use(size, bold);
      return doc.getTextWidth(text);
    },
    wrap(text, width, size, bold) {
      use(size, bold);
      return doc.splitTextToSize(text, width) as string[];
    },
  };
}
