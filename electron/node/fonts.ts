import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FallbackFontBytes, ReportFonts } from '../../shared/report/pdf/fonts';
import { FALLBACK_FONTS, fallbacksNeeded } from '../../shared/report/scripts';

/** The project's fonts/ folder, found upward from this module (the sources or a bundle of them). */
function fontsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'fonts');
    if (existsSync(join(candidate, FALLBACK_FONTS[0]!.regular))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The report fonts (fonts/) are missing from this installation.');
    dir = parent;
  }
}

/**
 * DejaVu Sans from the dejavu-fonts-ttf package, and the fallback fonts that the texts in
 * `content` (a document or theory) need, read in Node for the CLI.
 */
export function loadReportFonts(content?: unknown): ReportFonts {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
  const needed = content === undefined ? [] : fallbacksNeeded(content);
  const fallbacks: FallbackFontBytes[] = [];
  if (needed.length > 0) {
    const folder = fontsFolder();
    for (const spec of FALLBACK_FONTS.filter((s) => needed.includes(s.id))) {
      fallbacks.push({
        id: spec.id,
        regular: new Uint8Array(readFileSync(join(folder, spec.regular))),
        ...(spec.bold ? { bold: new Uint8Array(readFileSync(join(folder, spec.bold))) } : {}),
      });
    }
  }
  return {
    regular: new Uint8Array(readFileSync(`${dir}DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}DejaVuSans-Bold.ttf`)),
    fallbacks,
  };
}
