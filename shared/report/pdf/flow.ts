import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './fonts';
import { INK, type Rgb } from '../../theme';
import { LANDSCAPE_PAGE, PORTRAIT } from '../page';

export { LANDSCAPE_PAGE, PORTRAIT };

/** The geometry of the page `doc` is on now. */
export function pageGeometry(doc: jsPDF): typeof PORTRAIT | typeof LANDSCAPE_PAGE {
  return doc.internal.pageSize.getWidth() > doc.internal.pageSize.getHeight() ? LANDSCAPE_PAGE : PORTRAIT;
}

/** A4 text flow in mm: keeps a cursor and breaks pages so nothing runs off the page. */
export class Flow {
  y: number = PORTRAIT.top;

  constructor(private readonly doc: jsPDF) {}

  private get page() {
    return pageGeometry(this.doc);
  }

  get left(): number {
    return this.page.margin;
  }

  /** The height of the text area of the current page. */
  get pageHeight(): number {
    return this.page.bottom - this.page.top;
  }

  get width(): number {
    return this.page.width - 2 * this.page.margin;
  }

  /** A new page in the orientation of the current one. */
  newPage(orientation: 'portrait' | 'landscape' = this.page === PORTRAIT ? 'portrait' : 'landscape'): void {
    this.doc.addPage('a4', orientation);
    this.y = PORTRAIT.top;
  }

  /** Make room for `height` mm; starts a new page if it would not fit. */
  ensure(height: number): void {
    if (this.y + height > this.page.bottom) this.newPage();
  }

  heading(text: string, size = 15, colour: Rgb = INK): void {
    // Keep a heading with at least a few lines of what follows: no orphan headings.
    this.ensure(size * 0.5 + 18);
    this.doc.setFont(FONT_FAMILY, 'bold');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...colour);
    const lines: string[] = this.doc.splitTextToSize(text, this.width);
    const lineH = size * 0.45;
    if (this.y + lines.length * lineH <= this.page.bottom) {
      this.doc.text(lines, this.left, this.y + size * 0.35);
      this.y += lines.length * lineH + 3;
      return;
    }
    // A heading longer than the room left (a title of thousands of characters) breaks
    // between lines onto the next pages instead of running over the footer.
    for (const line of lines) {
      this.ensure(lineH);
      this.doc.text(line, this.left, this.y + size * 0.35);
      this.y += lineH;
    }
    this.y += 3;
  }

  /** A section heading: clear space above it, unless it starts the page. */
  sectionHeading(text: string): void {
    if (this.y > PORTRAIT.top + 1) this.space(7);
    this.heading(text, 16);
  }

  /**
   * Wrapped text from the cursor down, breaking pages between lines. `hang` is drawn in the
   * margin of the first line (a reference number), the text itself keeps to the indent.
   */
  paragraph(text: string, options: { size?: number; bold?: boolean; colour?: Rgb; indent?: number; after?: number; hang?: string } = {}): void {
    const size = options.size ?? 9.5;
    const indent = options.indent ?? 0;
    const lineH = size * 0.42;
    this.doc.setFont(FONT_FAMILY, options.bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...(options.colour ?? INK));
    const lines: string[] = this.doc.splitTextToSize(text, this.width - indent);
    // Short paragraphs stay on one page; long ones may break between any two lines.
    if (lines.length <= 4) this.ensure(lines.length * lineH);
    for (const [i, line] of lines.entries()) {
      this.ensure(lineH);
      if (i === 0 && options.hang) this.doc.text(options.hang, this.left, this.y + lineH * 0.8);
      this.doc.text(line, this.left + indent, this.y + lineH * 0.8);
      this.y += lineH;
    }
    this.y += options.after ?? 2;
  }

  space(mm: number): void {
    this.y += mm;
  }
}
