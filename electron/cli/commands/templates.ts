import { TEMPLATES } from '../../../shared/templates';
import type { CliCommand } from '../types';
import { languageOption } from '../arguments';

export const templatesCommand: CliCommand = {
  name: 'templates',
  summary: 'list the built-in templates',
  usage: 'werkzaam templates [--lang nl|en]',
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const lang = languageOption(ctx) ?? 'en';
    for (const t of TEMPLATES) ctx.io.out(`${t.name}\t${t.label[lang]}: ${t.description[lang]}`);
    return 0;
  },
};
