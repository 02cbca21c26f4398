import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { ReportFonts } from '../../shared/report/pdf/fonts';
import type { Rasterise } from '../../shared/report/docx/render';

let ready: Promise<void> | undefined;

/**
 * SVG → PNG in Node (CLI, tests) with resvg's WebAssembly build, set in the report's own
 * DejaVu fonts (no system fonts: the same pixels on every machine). The browser uses its canvas.
 */
export function nodeRasteriser(fonts: ReportFonts): Rasterise {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return async (svg, widthPx) => {
    await ready;
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: widthPx },
      background: '#ffffff',
      font: { fontBuffers: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    });
    const png = resvg.render().asPng();
    resvg.free();
    return png;
  };
}
