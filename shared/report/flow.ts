import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './fonts';
import { INK, type Rgb } from './theme';

/** Portrait A4 text flow in mm: keeps a cursor and breaks pages so nothing runs off the page. */
export const PORTRAIT = { width: 210, height: 297, margin: 20, top: 24, bottom: 277 } as const;

export class Flow {
  y: number = PORTRAIT.top;

  constructor(private readonly doc: jsPDF) {}

  get width(): number {
    return PORTRAIT.width - 2 * PORTRAIT.margin;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = PORTRAIT.top;
  }

  /** Make room for `height` mm; starts a new page if it would not fit. */
  ensure(height: number): void {
    if (this.y + height > PORTRAIT.bottom) this.newPage();
  }

  heading(text: string, size = 15, colour: Rgb = INK): void {
    // Keep a heading with at least a few lines of what follows: no orphan headings.
    this.ensure(size * 0.5 + 18);
    this.doc.setFont(FONT_FAMILY, 'bold');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...colour);
    const lines: string[] = this.doc.splitTextToSize(text, this.width);
    this.doc.text(lines, PORTRAIT.margin, this.y + size * 0.35);
    this.y += lines.length * size * 0.45 + 3;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; colour?: Rgb; indent?: number; after?: number } = {}): void {
    const size = options.size ?? 9.5;
    const indent = options.indent ?? 0;
    const lineH = size * 0.42;
    this.doc.setFont(FONT_FAMILY, options.bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...(options.colour ?? INK));
    const lines: string[] = this.doc.splitTextToSize(text, this.width - indent);
    for (const line of lines) {
      this.ensure(lineH);
      this.doc.text(line, PORTRAIT.margin + indent, this.y + lineH * 0.8);
      this.y += lineH;
    }
    this.y += options.after ?? 2;
  }

  space(mm: number): void {
    this.y += mm;
  }
}
