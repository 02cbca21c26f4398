import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { LIMITS } from '../../../shared/format/limits';
import { serializeDocument } from '../../../shared/format/serialize';
import { describeMeasurementProblem, fileReadable, measurementImport, parseMeasurementsCsv } from '../../../shared/import/measurements';
import { runCommand } from '../../../shared/commands';
import { describeFsError } from '../../node/readTheoryFile';
import { UsageError, type CliCommand } from '../types';
import { languageOption, requireFile, requireOption } from '../arguments';
import { loadOrReport, writeOutput } from '../theoryFiles';

/**
 * `werkzaam measure`: add the measurements of a CSV file to a theory's indicators (issue #11).
 * Every bad row is named as `file:row:column: where: why`; with any bad row nothing is
 * written (exit 1) unless --skip-bad, which adds the good rows and still names the bad ones.
 */
export const measureCommand: CliCommand = {
  name: 'measure',
  summary: 'add measured values from a CSV file (indicator, date, value, n, note, kind) to a theory',
  usage: 'werkzaam measure <theory.werkzaam> --csv <measurements.csv> --out <theory.werkzaam> [--skip-bad] [--lang nl|en] [--force]',
  options: {
    csv: { type: 'string' },
    out: { type: 'string' },
    'skip-bad': { type: 'boolean' },
    lang: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(ctx) {
    const file = requireFile(ctx, 'theory');
    const csvFile = requireOption(ctx, 'csv');
    const out = requireOption(ctx, 'out');
    const language = languageOption(ctx) ?? 'en';
    const skipBad = Boolean(ctx.values['skip-bad']);
    const doc = await loadOrReport(ctx, file, language);
    if (!doc) return 1;
    let text: string;
    try {
      const stat = await fs.stat(csvFile);
      if (stat.isDirectory()) throw new UsageError(`--csv ${csvFile} is a folder, not a file`);
      if (stat.size > LIMITS.fileBytes) {
        ctx.io.err(`${csvFile}: the file is too large (the limit is ${LIMITS.fileBytes} bytes)`);
        return 1;
      }
      // The same reading as `werkzaam import` and the app: UTF-8, else Windows-1252 (older Dutch Excel).
      const { decodeText } = await import('../../../shared/import/decodeText');
      text = decodeText(new Uint8Array(await fs.readFile(csvFile)));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      ctx.io.err(`${csvFile}: ${describeFsError(error)}`);
      return 1;
    }
    const parsed = parseMeasurementsCsv(text, doc.theory);
    for (const problem of parsed.problems) ctx.io.err(describeMeasurementProblem(problem, language, csvFile));
    const args = measurementImport(parsed, { skipBad });
    if (!args) {
      if (fileReadable(parsed) && parsed.problems.length > 0 && !skipBad) {
        const bad = new Set(parsed.problems.map((p) => p.row)).size;
        ctx.io.err(
          language === 'nl'
            ? `${csvFile}: ${bad} ${bad === 1 ? 'rij is' : 'rijen zijn'} niet goed; niets geschreven (--skip-bad voegt de ${parsed.rows.length} goede rijen toe)`
            : `${csvFile}: ${bad} bad ${bad === 1 ? 'row' : 'rows'}; nothing written (--skip-bad adds the ${parsed.rows.length} good rows)`,
        );
      } else if (fileReadable(parsed) && parsed.rows.length === 0 && parsed.problems.length > 0) {
        ctx.io.err(language === 'nl' ? `${csvFile}: geen enkele rij is goed; niets geschreven` : `${csvFile}: no row is good; nothing written`);
      }
      return 1;
    }
    const { document } = runCommand(doc, 'addMeasurements', args, 'import');
    // Writing back over the theory that was read is what the command is for; any other existing file needs --force.
    const inPlace = resolve(out) === resolve(file);
    if (!(await writeOutput(ctx, out, serializeDocument(document), inPlace || Boolean(ctx.values.force)))) return 1;
    const indicators = new Set(args.items.map((i) => i.indicatorId)).size;
    const skipped = new Set(parsed.problems.map((p) => p.row)).size;
    ctx.io.out(
      language === 'nl'
        ? `${out}: ${args.items.length} ${args.items.length === 1 ? 'meting' : 'metingen'} bij ${indicators} ${indicators === 1 ? 'indicator' : 'indicatoren'}${skipped ? `; ${skipped} ${skipped === 1 ? 'rij' : 'rijen'} overgeslagen` : ''}`
        : `${out}: ${args.items.length} ${args.items.length === 1 ? 'measurement' : 'measurements'} for ${indicators} ${indicators === 1 ? 'indicator' : 'indicators'}${skipped ? `; ${skipped} ${skipped === 1 ? 'row' : 'rows'} skipped` : ''}`,
    );
    return 0;
  },
};
