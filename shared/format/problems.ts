/** A problem found while reading a file, located by JSON path and, where known, line/column. */
export interface FormatProblem {
  code: string;
  /** JSON path such as `theory.cards[3].stage`; empty for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export class FormatError extends Error {
  constructor(readonly problems: FormatProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'FormatError';
  }
}

/** One line for a person: `theory.cards[3].stage: "outcomes" is not a stage; …` */
export function describeProblem(problem: FormatProblem): string {
  const where = problem.line !== undefined ? ` (line ${problem.line}, column ${problem.column ?? 1})` : '';
  return problem.path ? `${problem.path}: ${problem.message}${where}` : `${problem.message}${where}`;
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
