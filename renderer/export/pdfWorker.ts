/// <reference lib="webworker" />
import { buildReportPdf, type ReportOptions } from '../../shared/report/index';
import type { ReportFonts } from '../../shared/report/pdf/fonts';
import type { WerkzaamDocument } from '../../shared/model';

/** Builds the PDF off the main thread so the editor stays responsive for large theories. */
export interface PdfRequest {
  doc: WerkzaamDocument;
  fonts: ReportFonts;
  options: Omit<ReportOptions, 'onProgress' | 'date'> & { date?: string };
}
export type PdfReply = { type: 'progress'; fraction: number; step: string } | { type: 'done'; bytes: Uint8Array; unprintable: string[] } | { type: 'error'; message: string };

self.onmessage = (event: MessageEvent<PdfRequest>) => {
  const { doc, fonts, options } = event.data;
  try {
    const { bytes, unprintable } = buildReportPdf(doc, fonts, {
      ...options,
      date: options.date ? new Date(options.date) : undefined,
      onProgress: (fraction, step) => self.postMessage({ type: 'progress', fraction, step } satisfies PdfReply),
    });
    self.postMessage({ type: 'done', bytes, unprintable } satisfies PdfReply, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies PdfReply);
  }
};
