// Regenerates the sample funder report kept in the repository:
//   npx tsx scripts/sample-report.ts
// With `--review <dir>` it also writes the English, empty, long-text and 500-card variants
// there, for looking at page by page (pdftoppm -png -r 60 <file> <dir>/page).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport, type ReportOptions } from '../shared/report/index';
import { loadDocument } from '../shared/format/parse';
import { emptyDocument, type WerkzaamDocument } from '../shared/model';
import { loadReportFonts } from '../electron/node/fonts';
import { generateTheory } from '../test/bench/generate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fonts = loadReportFonts();
// A fixed date keeps the kept sample stable between regenerations.
const date = new Date('2026-03-01T12:00:00Z');

const seed = loadDocument(readFileSync(join(root, 'test/fixtures/valid/kdg-aio.werkzaam'), 'utf8'));
const sample = join(root, 'test/fixtures/reports/kdg-aio.nl.pdf');
writeFileSync(sample, buildReport(seed, fonts, { language: 'nl', date }));
console.log(`wrote ${sample}`);

const reviewAt = process.argv.indexOf('--review');
if (reviewAt !== -1) {
  const dir = resolve(process.argv[reviewAt + 1] ?? 'review-reports');
  mkdirSync(dir, { recursive: true });
  const variants: [string, WerkzaamDocument, ReportOptions][] = [
    ['kdg-aio.en', seed, { language: 'en' }],
    ['empty', emptyDocument('en'), {}],
    ['long', longTexts(seed), {}],
    ['large-500', generateTheory(500), { includeChecks: false }],
  ];
  for (const [name, doc, options] of variants) {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, buildReport(doc, fonts, { date, ...options }));
    console.log(`wrote ${file}`);
  }
}

/** The seed theory with one very long title and description, to check wrapping and clamping. */
function longTexts(doc: WerkzaamDocument): WerkzaamDocument {
  const copy = structuredClone(doc);
  const first = Object.values(copy.theory.cards)[0];
  if (first) {
    first.title = 'Een heel lange titel die veel te lang is voor één kaart in het diagram en dus netjes moet afbreken '.repeat(3).trim();
    first.description = 'Een lange beschrijving van de kaart met veel woorden. '.repeat(60).trim();
  }
  return copy;
}
