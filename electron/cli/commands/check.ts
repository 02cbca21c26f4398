import { runChecks } from '../../../shared/checks';
import type { CliCommand } from '../types';
import { languageOption, requireFile } from '../arguments';
import { loadOrReport } from '../theoryFiles';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'run the chain checks (unlinked cards, cycles, missing indicators, …)',
  usage: 'werkzaam check <file> [--json] [--lang nl|en]',
  options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  async run(ctx) {
    const file = requireFile(ctx);
    const language = languageOption(ctx);
    const doc = await loadOrReport(ctx, file, language);
    if (!doc) return 1;
    const results = runChecks(doc.theory);
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(results, null, 2));
      return 0;
    }
    const lang = language ?? doc.theory.language;
    // One line per finding, also when a card title holds a line break.
    for (const r of results) ctx.io.out(`${r.severity} ${r.code} [${r.ids.join(', ')}]: ${r.message[lang].replace(/\s*[\r\n]+\s*/g, ' ')}`);
    ctx.io.out(lang === 'nl' ? `${results.length} bevinding(en)` : `${results.length} finding(s)`);
    return 0;
  },
};
