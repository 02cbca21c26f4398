import type { Language } from '../../shared/model';
import type { TheoryInput } from '../../shared/compare/match';
import { theoryInputs } from '../../shared/compare/inputs';
import { loadOrReport } from './theoryFiles';
import { UsageError, type CliContext } from './types';

/** The theory files `compare` and `merge` take (two or more), each problem reported; null when one could not be read. */
export async function readInputs(ctx: CliContext, language?: Language): Promise<TheoryInput[] | null> {
  if (ctx.positionals.length < 2) throw new UsageError('give two theory files or more');
  const files = [];
  let failed = false;
  for (const file of ctx.positionals) {
    const document = await loadOrReport(ctx, file, language);
    if (document) files.push({ file, document });
    else failed = true;
  }
  return failed ? null : theoryInputs(files);
}

/** --threshold: a score from 0 to 1 from which matches are proposed. */
export function thresholdOption(ctx: CliContext): number | undefined {
  const value = ctx.values.threshold;
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!(n >= 0 && n <= 1)) throw new UsageError('--threshold must be a number from 0 to 1');
  return n;
}
