import { LANGUAGES, type Language } from '../../shared/model';
import { UsageError, type CliContext } from './types';

/** The one positional argument a command takes (its input file). */
export function requireFile(ctx: CliContext, what = 'file'): string {
  const file = ctx.positionals[0];
  if (!file) throw new UsageError(`missing <${what}>`);
  if (ctx.positionals.length > 1) throw new UsageError(`unexpected argument "${ctx.positionals[1]}"`);
  return file;
}

export function requireOption(ctx: CliContext, name: string): string {
  const value = ctx.values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`missing --${name} <file>`);
  return value;
}

export function languageOption(ctx: CliContext): Language | undefined {
  const value = ctx.values.lang;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(LANGUAGES as readonly string[]).includes(value)) {
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  }
  return value as Language;
}
