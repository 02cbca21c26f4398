import type { ReportFonts } from '../../shared/report/pdf/fonts';

let cached: Promise<ReportFonts> | undefined;

/** The report font, bundled with the app (never fetched from the network). */
export function loadFonts(): Promise<ReportFonts> {
  cached ??= import('./fontData').then(async ({ regular, bold }) => {
    const bytes = async (dataUrl: string) => new Uint8Array(await (await fetch(dataUrl)).arrayBuffer());
    return { regular: await bytes(regular), bold: await bytes(bold) };
  });
  return cached;
}
