import { buildReportPdf, type PdfReport } from '../../../shared/report/index';
import { theoryToSvg } from '../../../shared/report/svg';
import { serializeDocument } from '../../../shared/format/serialize';
import { loadReportFonts } from '../../node/fonts';
import { UsageError, type CliCommand } from '../types';
import { languageOption, requireFile } from '../arguments';
import { loadOrReport, outputProblem, writeOutput } from '../theoryFiles';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { findVersion } from '../../../shared/versions/store';
import { dirname, join, resolve } from 'node:path';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the funder report (PDF, Word), the Excel workbook (XLSX), its CSV files, the diagram (SVG) or the normalised JSON',
  usage:
    'werkzaam export <file> (--pdf <out.pdf> | --docx <out.docx> | --xlsx <out.xlsx> | --csv <folder> | --svg <out.svg> | --json <out.json>)… [--lang nl|en] [--checks] [--notes] [--changes-since <version>] [--separator ,|;]',
  options: {
    pdf: { type: 'string' },
    svg: { type: 'string' },
    json: { type: 'string' },
    docx: { type: 'string' },
    xlsx: { type: 'string' },
    csv: { type: 'string' },
    separator: { type: 'string' },
    lang: { type: 'string' },
    // The open chain checks are working notes: a funder report leaves them out unless asked.
    checks: { type: 'boolean' },
    // Accepted for scripts written when the checks went in by default.
    'no-checks': { type: 'boolean' },
    // The sticky notes (the workshop's parking lot) are not part of the theory: left out unless asked, as in the app.
    notes: { type: 'boolean' },
    // A section "Changes since version …" in the PDF and Word report (a version's label or id).
    'changes-since': { type: 'string' },
    // Accepted for scripts written before exports replaced their outputs by default.
    force: { type: 'boolean' },
  },
  async run(ctx) {
    const file = requireFile(ctx);
    const language = languageOption(ctx);
    const targets = (['pdf', 'docx', 'xlsx', 'csv', 'svg', 'json'] as const).filter((k) => ctx.values[k] !== undefined);
    if (targets.length === 0) {
      throw new UsageError('say what to write: --pdf <out.pdf>, --docx <out.docx>, --xlsx <out.xlsx>, --csv <folder>, --svg <out.svg> or --json <out.json>');
    }
    for (const kind of targets) if (ctx.values[kind] === '') throw new UsageError(`--${kind} needs a ${kind === 'csv' ? 'folder' : 'file'} name`);
    const separator = ctx.values.separator ?? ',';
    if (separator !== ',' && separator !== ';') throw new UsageError('--separator must be , or ;');
    if (ctx.values.separator !== undefined && !targets.includes('csv')) throw new UsageError('--separator goes with --csv');
    const since = ctx.values['changes-since'];
    if (since !== undefined && !targets.includes('pdf') && !targets.includes('docx')) throw new UsageError('--changes-since goes with --pdf or --docx');
    const doc = await loadOrReport(ctx, file, language);
    if (!doc) return 1;
    if (typeof since === 'string' && !findVersion(doc, since)) {
      const saved = doc.versions.map((v) => `"${v.label}"`).join(', ');
      ctx.io.err(`${file}: no version "${since}"; ${saved ? `the file has ${saved}` : 'the file has no versions'}`);
      return 1;
    }
    const changesSince = typeof since === 'string' ? { changesSince: since } : {};
    if (ctx.values.notes && !targets.includes('pdf') && !targets.includes('docx')) throw new UsageError('--notes goes with --pdf or --docx');
    const reportOptions = { language, includeChecks: Boolean(ctx.values.checks) && !ctx.values['no-checks'], includeNotes: Boolean(ctx.values.notes), ...changesSince };
    // An export is made again and again, so it replaces an earlier one; never the theory itself.
    const outputs = targets.map((kind) => ({ kind, out: ctx.values[kind] as string }));
    let refused = false;
    for (const { kind, out } of outputs) {
      const problem =
        resolve(out) === resolve(file) ? 'this is the theory being exported; choose another file name' : kind === 'csv' ? folderProblem(out) : outputProblem(out, true);
      if (problem) {
        ctx.io.err(`${out}: ${problem}`);
        refused = true;
      }
    }
    if (refused) return 1;
    for (const { kind, out } of outputs) {
      if (kind === 'csv') {
        mkdirSync(out, { recursive: true });
        // Loaded when used: every other command starts faster without exceljs and papaparse.
        const { writeCsvFiles } = await import('../../../shared/export/csv');
        for (const csv of writeCsvFiles(doc, { separator, ...(language ? { language } : {}) })) {
          if (!(await writeOutput(ctx, join(out, csv.name), csv.text, true))) return 1;
        }
        continue;
      }
      if (kind === 'docx') {
        const [{ buildDocx }, { nodeRasteriser }] = await Promise.all([import('../../../shared/report/docx/index'), import('../../node/rasterise')]);
        const fonts = loadReportFonts();
        const bytes = await buildDocx(doc, fonts, nodeRasteriser(fonts), reportOptions);
        if (!(await writeOutput(ctx, out, bytes, true))) return 1;
        continue;
      }
      if (kind === 'xlsx') {
        const { writeXlsx } = await import('../../../shared/export/xlsx');
        const { bytes, warnings } = await writeXlsx(doc, language ? { language } : {});
        for (const w of warnings) {
          ctx.io.err(`${out}: ${w.sheet}, row ${w.row}, column "${w.column}": the text (${w.length} characters) is cut at Excel's limit of 32,767 characters`);
        }
        if (!(await writeOutput(ctx, out, bytes, true))) return 1;
        continue;
      }
      const data =
        kind === 'pdf'
          ? pdfBytes(ctx, out, buildReportPdf(doc, loadReportFonts(doc.theory), { ...reportOptions, deflate: deflateSync }))
          : kind === 'svg'
            ? theoryToSvg(doc.theory, { language })
            : serializeDocument(doc);
      // writeOutput is atomic: a failure never leaves a half-written file behind.
      if (!(await writeOutput(ctx, out, data, true))) return 1;
    }
    return 0;
  },
};

/** A CSV export goes into a folder: an existing one, or a new one in a folder that exists. */
function folderProblem(path: string): string | null {
  if (existsSync(path)) return statSync(path).isDirectory() ? null : 'this is a file, not a folder';
  const parent = dirname(resolve(path));
  if (!existsSync(parent)) return `the folder ${parent} does not exist`;
  return null;
}

/** The report's bytes, after telling which characters no bundled font could print. */
function pdfBytes(ctx: { io: { err(line: string): void } }, out: string, report: PdfReport): Uint8Array {
  if (report.unprintable.length > 0) ctx.io.err(`${out}: no bundled font has ${report.unprintable.join(' ')}; the PDF shows \ufffd there`);
  return report.bytes;
}
