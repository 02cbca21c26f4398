import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Language, WerkzaamDocument } from '../../shared/model';
import { describeProblemIn } from '../../shared/format/parse';
import { readTheoryFile } from '../node/readTheoryFile';
import { saveFailure } from '../main/files';
import { describeFileProblem } from '../../shared/i18n/files';
import { writeFileAtomic } from '../node/atomicWrite';
import type { CliContext } from './types';

/**
 * Load a theory or report each problem as `<file>: <path>: <message>` and return null.
 * Problems are in English unless the command was given --lang.
 */
export async function loadOrReport(ctx: CliContext, file: string, language: Language = 'en'): Promise<WerkzaamDocument | null> {
  const describeProblem = describeProblemIn(language);
  const result = await readTheoryFile(file);
  if (result.ok) {
    for (const warning of result.warnings) ctx.io.err(`${file}: ${language === 'nl' ? 'let op' : 'warning'}: ${describeProblem(warning)}`);
    return result.document;
  }
  for (const problem of result.problems) ctx.io.err(`${file}: ${describeProblem(problem)}`);
  return null;
}

/**
 * Why `path` cannot be written, or null when it can: checked before anything is written, so
 * a command with several outputs writes all of them or none. `replace` allows replacing an
 * existing file (never a folder).
 */
export function outputProblem(path: string, replace: boolean): string | null {
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) return `the folder ${folder} does not exist`;
  if (!statSync(folder).isDirectory()) return `${folder} is not a folder`;
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) return 'this is a folder, not a file';
    if (!replace) return 'the file already exists (use --force to overwrite it)';
  }
  return null;
}

/** Write output atomically; refuse to replace an existing file unless `replace`. */
export async function writeOutput(ctx: CliContext, path: string, data: string | Uint8Array, replace: boolean): Promise<boolean> {
  const problem = outputProblem(path, replace);
  if (problem) {
    ctx.io.err(`${path}: ${problem}`);
    return false;
  }
  try {
    await writeFileAtomic(path, data);
    return true;
  } catch (error) {
    // The same words as the app: about the output file or its folder, never the temporary file.
    const failure = saveFailure(basename(path), error);
    ctx.io.err(`${path}: could not write: ${describeFileProblem('en', failure.code, failure)}`);
    return false;
  }
}
