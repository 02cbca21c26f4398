import { buildReport } from '../../../shared/report/index';
import { theoryToSvg } from '../../../shared/report/svg';
import { serializeDocument } from '../../../shared/format/serialize';
import { loadReportFonts } from '../../node/fonts';
import { UsageError, type CliCommand } from '../types';
import { languageOption, loadOrReport, requireFile, writeOutput } from '../shared';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the funder report (PDF), the diagram (SVG) or the normalised JSON',
  usage: 'werkzaam export <file> (--pdf <out.pdf> | --svg <out.svg> | --json <out.json>) [--lang nl|en] [--no-checks] [--force]',
  options: {
    pdf: { type: 'string' },
    svg: { type: 'string' },
    json: { type: 'string' },
    lang: { type: 'string' },
    'no-checks': { type: 'boolean' },
    force: { type: 'boolean' },
  },
  async run(ctx) {
    const file = requireFile(ctx);
    const language = languageOption(ctx);
    const targets = (['pdf', 'svg', 'json'] as const).filter((k) => typeof ctx.values[k] === 'string');
    if (targets.length === 0) throw new UsageError('say what to write: --pdf <out.pdf>, --svg <out.svg> or --json <out.json>');
    const doc = await loadOrReport(ctx, file, language);
    if (!doc) return 1;
    const force = Boolean(ctx.values.force);
    for (const kind of targets) {
      const out = ctx.values[kind] as string;
      const data =
        kind === 'pdf'
          ? buildReport(doc, loadReportFonts(), { language, includeChecks: !ctx.values['no-checks'] })
          : kind === 'svg'
            ? theoryToSvg(doc.theory, { language })
            : serializeDocument(doc);
      // writeOutput is atomic: a failure never leaves a half-written file behind.
      if (!(await writeOutput(ctx, out, data, force))) return 1;
    }
    return 0;
  },
};
