import type { Language } from '../model';
import { formatMessage, type FormatMessageKey, type MessageParams } from '../i18n/errors';

/** A problem found while reading a file, located by JSON path and, where known, line/column. */
export interface FormatProblem {
  code: string;
  /** JSON path such as `theory.cards[3].stage`; empty for the whole file. */
  path: string;
  /** In English (what the CLI prints); `describeProblemIn(language)` gives other languages. */
  message: string;
  line?: number;
  column?: number;
  /** Message key in shared/i18n/errors.ts and its parameters (plain data, safe over IPC). */
  key?: FormatMessageKey;
  params?: MessageParams;
}

/** A problem whose message comes from the error bundle, so it can be shown in any language. */
export function makeProblem(
  code: string,
  path: string,
  key: FormatMessageKey,
  params: MessageParams = {},
  at?: { line: number; column: number },
): FormatProblem {
  const p: FormatProblem = { code, path, message: formatMessage(key, params, 'en'), key, params };
  if (at) {
    p.line = at.line;
    p.column = at.column;
  }
  return p;
}

export class FormatError extends Error {
  constructor(
    readonly problems: FormatProblem[],
    readonly source?: string,
  ) {
    super(problems.map((p) => (source ? `${source}: ${describeProblem(p)}` : describeProblem(p))).join('\n'));
    this.name = 'FormatError';
  }
}

/** One line for a person: `theory.cards[3].stage: "outcomes" is not a stage; …` */
export function describeProblem(problem: FormatProblem): string {
  return describeIn(problem, 'en');
}

/** `problems.map(describeProblemIn('nl'))`: the same line in the user's language. */
export function describeProblemIn(language: Language): (problem: FormatProblem) => string {
  return (problem) => describeIn(problem, language);
}

function describeIn(problem: FormatProblem, language: Language): string {
  const message = problem.key && language !== 'en' ? formatMessage(problem.key, problem.params ?? {}, language) : problem.message;
  const column = problem.column ?? 1;
  const where =
    problem.line === undefined ? '' : language === 'nl' ? ` (regel ${problem.line}, kolom ${column})` : ` (line ${problem.line}, column ${column})`;
  return problem.path ? `${problem.path}: ${message}${where}` : `${message}${where}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
