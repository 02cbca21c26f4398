import type { Language, Theory, WerkzaamDocument } from '../../shared/model';
import { theoryToSvg, type SvgViewport } from '../../shared/report/svg';
import { fallbacksNeeded } from '../../shared/report/scripts';
import { reportStrings } from '../../shared/i18n/report';
import { translator } from '../../shared/i18n/core';
import { loadFonts } from './fonts';
import type { PdfReply, PdfRequest } from './pdfWorker';

export interface PdfExportOptions {
  language: Language;
  includeChecks: boolean;
  includeNotes?: boolean;
  /** A saved version's id or label: the report lists every change since it. */
  changesSince?: string;
}

/**
 * Build the funder report in a worker, reporting progress; falls back to the main thread.
 * `onNotice` hears, in the report's language, of characters no bundled font could print.
 */
export async function exportPdf(
  doc: WerkzaamDocument,
  options: PdfExportOptions,
  onProgress: (fraction: number, step: string) => void,
  onNotice: (message: string) => void = () => undefined,
): Promise<Uint8Array> {
  const report = await buildPdf(doc, options, onProgress);
  if (report.unprintable.length > 0) onNotice(translator(reportStrings, options.language)('unprintable', { chars: report.unprintable.join(' ') }));
  return report.bytes;
}

async function buildPdf(doc: WerkzaamDocument, options: PdfExportOptions, onProgress: (fraction: number, step: string) => void): Promise<PdfResult> {
  // Only the fonts for the scripts the theory uses.
  const fonts = await loadFonts(fallbacksNeeded(doc.theory));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No module workers here (an old browser, or a page whose scheme may not start one): build in the page.
    return buildHere(doc, fonts, options, onProgress);
  }
  return new Promise<PdfResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.fraction, reply.step);
      else {
        worker.terminate();
        if (reply.type === 'done') resolve({ bytes: reply.bytes, unprintable: reply.unprintable });
        else reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      buildHere(doc, fonts, options, onProgress).then(resolve, reject);
    };
    const request: PdfRequest = { doc, fonts, options };
    worker.postMessage(request);
  });
}

interface PdfResult {
  bytes: Uint8Array;
  unprintable: string[];
}

async function buildHere(doc: WerkzaamDocument, fonts: Awaited<ReturnType<typeof loadFonts>>, options: PdfExportOptions, onProgress: (f: number, s: string) => void) {
  const { buildReportPdf } = await import('../../shared/report/index');
  return buildReportPdf(doc, fonts, { ...options, onProgress });
}

export function exportSvg(theory: Theory, language: Language, viewport?: SvgViewport): string {
  return theoryToSvg(theory, { language, viewport });
}

/** Rasterise the SVG export at `scale` (2 = sharp on a projector or in a slide deck). */
export async function exportPng(theory: Theory, language: Language, viewport?: SvgViewport, scale = 2): Promise<Uint8Array> {
  const svg = exportSvg(theory, language, viewport);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('Could not encode the PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
