import type { WerkzaamDocument } from '../../model';
import { buildReportModel, type ReportModelOptions } from '../build';
import { createPdfTarget } from '../pdf/render';
import type { ReportFonts } from '../pdf/fonts';
import { renderDocx, type Rasterise } from './render';

export type { Rasterise } from './render';

/**
 * The funder report as a Word document: the same report model as the PDF (measured with
 * the same fonts, so the diagram's boxes break their titles the same way), drawn by the
 * docx renderer.
 */
export async function buildDocx(
  source: WerkzaamDocument,
  fonts: ReportFonts,
  rasterise: Rasterise,
  options: Omit<ReportModelOptions, 'measure'> = {},
): Promise<Uint8Array> {
  const model = buildReportModel(source, { ...options, measure: createPdfTarget(fonts).measure });
  return renderDocx(model, { rasterise });
}
