import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportFonts } from '../../shared/report/pdf/fonts';

/** DejaVu Sans from the dejavu-fonts-ttf package, read in Node for the CLI and the main process. */
export function loadReportFonts(): ReportFonts {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
  return {
    regular: new Uint8Array(readFileSync(`${dir}DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}DejaVuSans-Bold.ttf`)),
  };
}
