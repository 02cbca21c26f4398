import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { ReportFonts } from '../../shared/report/fonts';

let cached: Promise<ReportFonts> | undefined;

/** The report font, bundled with the app (never fetched from the network). */
export function loadFonts(): Promise<ReportFonts> {
  cached ??= Promise.all([regularUrl, boldUrl].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer()))).then(
    ([regular, bold]) => ({ regular: regular!, bold: bold! }),
  );
  return cached;
}
