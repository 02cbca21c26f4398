import { readFile } from 'node:fs/promises';
import { NO_DECISIONS, proposeMatches } from '../../../shared/compare/match';
import { bindMatches, parseMatches } from '../../../shared/compare/matchesFile';
import { mergeTheories } from '../../../shared/merge/merge';
import { serializeDocument } from '../../../shared/format/serialize';
import type { CliCommand } from '../types';
import { languageOption, requireOption } from '../arguments';
import { writeOutput } from '../theoryFiles';
import { readInputs, thresholdOption } from '../theoryInputs';

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'merge two or more theories into one generic theory that remembers where each card came from',
  usage: 'werkzaam merge <a> <b> [<c> …] --out <generic.werkzaam> [--matches <file.json>] [--threshold 0.45] [--title <text>] [--force] [--lang nl|en]',
  options: {
    out: { type: 'string', short: 'o' },
    matches: { type: 'string' },
    threshold: { type: 'string' },
    title: { type: 'string' },
    force: { type: 'boolean' },
    lang: { type: 'string' },
  },
  async run(ctx) {
    const out = requireOption(ctx, 'out');
    const threshold = thresholdOption(ctx);
    const language = languageOption(ctx);
    const inputs = await readInputs(ctx, language);
    if (!inputs) return 1;
    let groups;
    if (typeof ctx.values.matches === 'string') {
      // The confirmed matches of the file, and nothing proposed: the user decided.
      const file = ctx.values.matches;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        ctx.io.err(`${file}: could not read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(error)}`);
        return 1;
      }
      const parsed = parseMatches(text, language);
      const bound = parsed.ok ? bindMatches(parsed.file, inputs, language) : parsed;
      if (!bound.ok) {
        for (const p of bound.problems) ctx.io.err(`${file}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
        return 1;
      }
      groups = proposeMatches(inputs, bound.decisions, { threshold: 2 }).groups;
    } else {
      groups = proposeMatches(inputs, NO_DECISIONS, threshold === undefined ? {} : { threshold }).groups;
    }
    const merged = mergeTheories(inputs, groups, {
      now: new Date().toISOString(),
      ...(typeof ctx.values.title === 'string' ? { title: ctx.values.title } : {}),
      ...(language ? { language } : {}),
    });
    if (!(await writeOutput(ctx, out, serializeDocument(merged), Boolean(ctx.values.force)))) return 1;
    const cards = Object.keys(merged.theory.cards).length;
    ctx.io.err(`${out}: ${cards} cards from ${inputs.length} theories (${groups.length} matches)`);
    return 0;
  },
};
