import type { Language, WerkzaamDocument } from '../../shared/model';
import type { Rasterise } from '../../shared/report/docx/render';
import { loadFonts } from './fonts';

/**
 * Word and Excel exports in the page. Their libraries (docx, exceljs) load the first time
 * one is made, so the editor starts without them.
 */
export async function exportDocx(doc: WerkzaamDocument, options: { language: Language; includeChecks: boolean; includeNotes?: boolean; changesSince?: string }): Promise<Uint8Array> {
  const [{ buildDocx }, fonts] = await Promise.all([import('../../shared/report/docx/index'), loadFonts()]);
  return buildDocx(doc, fonts, canvasRasteriser(fonts), options);
}

export async function exportXlsx(doc: WerkzaamDocument, language: Language): Promise<Uint8Array> {
  const { writeXlsx } = await import('../../shared/export/xlsx');
  return (await writeXlsx(doc, { language })).bytes;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The diagram's SVG drawn on a canvas. An SVG shown as an image cannot reach the page's
 * fonts, so the report's DejaVu Sans goes in as @font-face: the boxes were laid out in it.
 */
function canvasRasteriser(fonts: { regular: Uint8Array; bold: Uint8Array }): Rasterise {
  const faces = `<style>@font-face{font-family:"DejaVu Sans";src:url(data:font/ttf;base64,${base64(fonts.regular)})}@font-face{font-family:"DejaVu Sans";font-weight:bold;src:url(data:font/ttf;base64,${base64(fonts.bold)})}</style>`;
  return async (svg, widthPx, heightPx) => {
    const withFonts = svg.replace(/^(<svg[^>]*>)/, `$1${faces}`);
    const url = URL.createObjectURL(new Blob([withFonts], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = widthPx;
      canvas.height = heightPx;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser cannot draw images.');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, widthPx, heightPx);
      context.drawImage(image, 0, 0, widthPx, heightPx);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('Could not encode the PNG.');
      return new Uint8Array(await blob.arrayBuffer());
    } finally {
      URL.revokeObjectURL(url);
    }
  };
}
