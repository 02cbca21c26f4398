import { changeLine, diffFiles } from '../../../shared/versions/fileDiff';
import { UsageError, type CliCommand } from '../types';
import { languageOption } from '../arguments';
import { loadOrReport } from '../theoryFiles';

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'what changed from one theory file to another, one line per change',
  usage: 'werkzaam diff <old> <new> [--json] [--lang nl|en]',
  options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  async run(ctx) {
    const [oldFile, newFile, extra] = ctx.positionals;
    if (!oldFile || !newFile) throw new UsageError('give two files: <old> <new>');
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    const language = languageOption(ctx);
    const before = await loadOrReport(ctx, oldFile, language);
    const after = await loadOrReport(ctx, newFile, language);
    if (!before || !after) return 1;
    const changes = diffFiles(before, after);
    if (ctx.values.json) ctx.io.out(JSON.stringify(changes, null, 2));
    else for (const change of changes) ctx.io.out(changeLine(change));
    return 0;
  },
};
