import type { CliCommand } from '../types';
import { languageOption, requireFile } from '../arguments';
import { loadOrReport } from '../theoryFiles';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check that a file is a valid Werkzaam theory',
  usage: 'werkzaam validate <file> [--lang nl|en]',
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const file = requireFile(ctx);
    const doc = await loadOrReport(ctx, file, languageOption(ctx));
    if (!doc) return 1;
    ctx.io.out('ok');
    return 0;
  },
};
