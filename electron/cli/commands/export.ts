import { buildReport } from '../../../shared/report/index';
import { theoryToSvg } from '../../../shared/report/svg';
import { serializeDocument } from '../../../shared/format/serialize';
import { loadReportFonts } from '../../node/fonts';
import { UsageError, type CliCommand } from '../types';
import { languageOption, requireFile } from '../arguments';
import { loadOrReport, outputProblem, writeOutput } from '../theoryFiles';
import { resolve } from 'node:path';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the funder report (PDF), the diagram (SVG) or the normalised JSON',
  usage: 'werkzaam export <file> (--pdf <out.pdf> | --svg <out.svg> | --json <out.json>) [--lang nl|en] [--no-checks]',
  options: {
    pdf: { type: 'string' },
    svg: { type: 'string' },
    json: { type: 'string' },
    lang: { type: 'string' },
    'no-checks': { type: 'boolean' },
    // Accepted for scripts written before exports replaced their outputs by default.
    force: { type: 'boolean' },
  },
  async run(ctx) {
    const file = requireFile(ctx);
    const language = languageOption(ctx);
    const targets = (['pdf', 'svg', 'json'] as const).filter((k) => ctx.values[k] !== undefined);
    if (targets.length === 0) throw new UsageError('say what to write: --pdf <out.pdf>, --svg <out.svg> or --json <out.json>');
    for (const kind of targets) if (ctx.values[kind] === '') throw new UsageError(`--${kind} needs a file name`);
    const doc = await loadOrReport(ctx, file, language);
    if (!doc) return 1;
    // An export is made again and again, so it replaces an earlier one; never the theory itself.
    const outputs = targets.map((kind) => ({ kind, out: ctx.values[kind] as string }));
    let refused = false;
    for (const { out } of outputs) {
      const problem = resolve(out) === resolve(file) ? 'this is the theory being exported; choose another file name' : outputProblem(out, true);
      if (problem) {
        ctx.io.err(`${out}: ${problem}`);
        refused = true;
      }
    }
    if (refused) return 1;
    for (const { kind, out } of outputs) {
      const data =
        kind === 'pdf'
          ? buildReport(doc, loadReportFonts(), { language, includeChecks: !ctx.values['no-checks'] })
          : kind === 'svg'
            ? theoryToSvg(doc.theory, { language })
            : serializeDocument(doc);
      // writeOutput is atomic: a failure never leaves a half-written file behind.
      if (!(await writeOutput(ctx, out, data, true))) return 1;
    }
    return 0;
  },
};
