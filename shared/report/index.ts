import type { WerkzaamDocument } from '../model';
import { buildReportModel, type ReportModelOptions } from './build';
import { createPdfTarget, renderPdf } from './pdf/render';
import type { ReportFonts } from './pdf/fonts';
import type { Deflate } from './pdf/deflate';

export type { ReportFonts } from './pdf/fonts';
export type { Deflate } from './pdf/deflate';
export type * from './model';
export { buildReportModel, type ReportModelOptions } from './build';
export { createPdfTarget, renderPdf } from './pdf/render';
export { theoryToSvg, canvasDiagram, diagramToSvg, type SvgViewport } from './svg';
export { fallbacksNeeded, FALLBACK_FONTS, type FallbackId } from './scripts';

export interface ReportOptions extends Omit<ReportModelOptions, 'measure'> {
  onProgress?: (fraction: number, step: string) => void;
  /** A native zlib compressor for the PDF's streams (Node's in the CLI); jsPDF's own otherwise. */
  deflate?: Deflate;
}

export interface PdfReport {
  bytes: Uint8Array;
  /** Characters no embedded font has (emoji, rare scripts): printed as U+FFFD, to be told to the user. */
  unprintable: string[];
}

/**
 * The funder report as PDF: the report model (what it says) drawn by the jsPDF renderer.
 * Pure: the caller supplies the font bytes (with the fallbacks `fallbacksNeeded` names)
 * and writes the returned bytes.
 */
export function buildReportPdf(source: WerkzaamDocument, fonts: ReportFonts, options: ReportOptions = {}): PdfReport {
  const { onProgress, deflate, ...modelOptions } = options;
  const target = createPdfTarget(fonts, deflate);
  const model = buildReportModel(source, { ...modelOptions, measure: target.measure });
  const bytes = renderPdf(model, target, onProgress);
  return { bytes, unprintable: target.text.unprintable() };
}

/** The report's bytes alone (see buildReportPdf). */
export function buildReport(source: WerkzaamDocument, fonts: ReportFonts, options: ReportOptions = {}): Uint8Array {
  return buildReportPdf(source, fonts, options).bytes;
}
