import { serializeDocument } from '../../../shared/format/serialize';
import { TEMPLATES, templateByName } from '../../../shared/templates';
import { UsageError, type CliCommand } from '../types';
import { languageOption, requireOption } from '../arguments';
import { writeOutput } from '../theoryFiles';

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'create a new theory from a template',
  usage: 'werkzaam new [--template <name>] [--lang nl|en] [--title <text>] --out <file> [--force]',
  options: {
    template: { type: 'string' },
    lang: { type: 'string' },
    title: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument "${ctx.positionals[0]}"`);
    const out = requireOption(ctx, 'out');
    const name = typeof ctx.values.template === 'string' ? ctx.values.template : 'empty';
    const template = templateByName(name);
    if (!template) {
      throw new UsageError(`unknown template "${name}"; available: ${TEMPLATES.map((t) => t.name).join(', ')}`);
    }
    const now = new Date().toISOString();
    const doc = template.create(languageOption(ctx) ?? 'nl', now);
    if (typeof ctx.values.title === 'string') doc.theory.title = ctx.values.title;
    return (await writeOutput(ctx, out, serializeDocument(doc), Boolean(ctx.values.force))) ? 0 : 1;
  },
};
