import type { WerkzaamDocument } from '../model';
import { buildReportModel, type ReportModelOptions } from './build';
import { createPdfTarget, renderPdf } from './pdf/render';
import type { ReportFonts } from './pdf/fonts';

export type { ReportFonts } from './pdf/fonts';
export type * from './model';
export { buildReportModel, type ReportModelOptions } from './build';
export { createPdfTarget, renderPdf } from './pdf/render';
export { theoryToSvg } from './svg';

export interface ReportOptions extends Omit<ReportModelOptions, 'measure'> {
  onProgress?: (fraction: number, step: string) => void;
}

/**
 * The funder report as PDF bytes: the report model (what it says) drawn by the jsPDF
 * renderer. Pure: the caller supplies the font bytes and writes the returned bytes.
 */
export function buildReport(source: WerkzaamDocument, fonts: ReportFonts, options: ReportOptions = {}): Uint8Array {
  const { onProgress, ...modelOptions } = options;
  const target = createPdfTarget(fonts);
  const model = buildReportModel(source, { ...modelOptions, measure: target.measure });
  return renderPdf(model, target, onProgress);
}
