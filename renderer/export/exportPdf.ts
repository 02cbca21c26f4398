import type { Language, Theory, WerkzaamDocument } from '../../shared/model';
import { theoryToSvg, type SvgViewport } from '../../shared/report/svg';
import { fallbacksNeeded } from '../../shared/report/scripts';
import { reportStrings } from '../../shared/i18n/report';
import { translator } from '../../shared/i18n/core';
import { loadFonts } from './fonts';
import type { PdfReply, PdfRequest } from './pdfWorker';
import { fittingScale } from './rasterLimits';

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

export interface PngOptions {
  /** 2 = sharp on a projector or in a slide deck. */
  scale?: number;
  /**
   * Told when the diagram is too large for a canvas at `scale` and the PNG was drawn smaller:
   * the scale used and the PNG's size in pixels.
   */
  onReduced?: (scale: number, width: number, height: number) => void;
}

/** Below this many pixels along its longer side a PNG is no use: refuse rather than shrink further. */
const SMALLEST_USEFUL_SIDE = 1024;

/**
 * Rasterise the SVG export at `scale`, or, when the canvas would be larger than the browser
 * draws (CANVAS_MAX_SIDE, CANVAS_MAX_AREA; a tall theory of 3,000 cards is 72,000 px high),
 * at the largest scale that fits, and say so. A browser with smaller limits (it gives no
 * PNG) is tried again at half the scale.
 */
export async function exportPng(theory: Theory, language: Language, viewport?: SvgViewport, options: PngOptions = {}): Promise<Uint8Array> {
  const wanted = options.scale ?? 2;
  const svg = exportSvg(theory, language, viewport);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    let { scale, width, height } = fittingScale(image.naturalWidth, image.naturalHeight, wanted);
    for (;;) {
      const blob = await drawPng(image, width, height);
      if (blob) {
        if (scale < wanted) options.onReduced?.(scale, width, height);
        return new Uint8Array(await blob.arrayBuffer());
      }
      if (Math.max(width, height) / 2 < SMALLEST_USEFUL_SIDE) throw new Error(`Could not encode the PNG (${width} × ${height} px).`);
      ({ scale, width, height } = fittingScale(image.naturalWidth, image.naturalHeight, scale / 2));
    }
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The image on a canvas of width × height, as PNG; null when the browser cannot make a canvas that large. */
async function drawPng(image: HTMLImageElement, width: number, height: number): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Free the pixels now, not when the collector gets to it (hundreds of MB for a large theory).
  canvas.width = 0;
  canvas.height = 0;
  return blob;
}
