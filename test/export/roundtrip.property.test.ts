import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentArb } from '../support/arbitraries';
import { writeXlsx } from '../../shared/export/xlsx';
import { writeCsvFiles } from '../../shared/export/csv';
import { essentials, reimport } from './roundtrip';

const encode = (text: string) => new TextEncoder().encode(text);

describe('round trip through Werkzaam\'s workbook', () => {
  it('random theory → XLSX → import gives the same cards, stages, titles, links, indicators and assumptions', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, fc.constantFrom('nl', 'en' as const), async (doc, language) => {
        const { bytes, warnings } = await writeXlsx(doc, { language, date: new Date(0) });
        expect(warnings).toEqual([]);
        const back = await reimport([{ name: 'theorie.xlsx', bytes }]);
        expect(essentials(back)).toEqual(essentials(doc));
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('random theory → CSV files (either separator) → import gives the same', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, fc.constantFrom(',', ';' as const), fc.constantFrom('nl', 'en' as const), async (doc, separator, language) => {
        const files = writeCsvFiles(doc, { separator, language }).map((f) => ({ name: f.name, bytes: encode(f.text) }));
        const back = await reimport(files);
        expect(essentials(back)).toEqual(essentials(doc));
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
