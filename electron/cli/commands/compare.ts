import { proposeMatches } from '../../../shared/compare/match';
import { compareTheories } from '../../../shared/compare/model';
import { matchesFileOf, serializeMatches } from '../../../shared/compare/matchesFile';
import type { CliCommand } from '../types';
import { languageOption } from '../arguments';
import { readInputs, thresholdOption } from '../theoryInputs';

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'propose which cards of two or more theories are the same card, with a score',
  usage: 'werkzaam compare <a> <b> [<c> …] [--threshold 0.45] [--json] [--lang nl|en]',
  options: { json: { type: 'boolean' }, lang: { type: 'string' }, threshold: { type: 'string' } },
  async run(ctx) {
    const threshold = thresholdOption(ctx);
    const inputs = await readInputs(ctx, languageOption(ctx));
    if (!inputs) return 1;
    const decisions = { confirmed: [], rejected: [] };
    const { groups } = proposeMatches(inputs, decisions, threshold === undefined ? {} : { threshold });
    // --json is a matches file: edit a status to "confirmed" and give it to `werkzaam merge --matches`.
    if (ctx.values.json) {
      ctx.io.out(serializeMatches(matchesFileOf(inputs, groups, decisions)).trimEnd());
      return 0;
    }
    const comparison = compareTheories(inputs, groups);
    const nameOf = new Map(inputs.map((i) => [i.key, i.name]));
    const titleOf = (theory: string, card: string) => inputs.find((i) => i.key === theory)!.document.theory.cards[card]!.title;
    const order = new Map(inputs.map((i, n) => [i.key, n]));
    const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
    for (const item of comparison.items.filter((i) => i.kind !== 'unique')) {
      const inOrder = [...item.cards].sort((a, b) => order.get(a.theory)! - order.get(b.theory)!);
      const cards = inOrder.map((c) => `${nameOf.get(c.theory)} ${c.card} "${oneLine(titleOf(c.theory, c.card))}"`).join(' = ');
      ctx.io.out(`match ${item.score.toFixed(2)} ${item.stage}: ${cards}`);
    }
    for (const item of comparison.items.filter((i) => i.kind === 'unique')) {
      const c = item.cards[0]!;
      ctx.io.out(`only ${nameOf.get(c.theory)} ${item.stage}: ${c.card} "${oneLine(titleOf(c.theory, c.card))}"`);
    }
    return 0;
  },
};
